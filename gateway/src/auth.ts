import { type Identity, TokenVerifier } from '@lianban/kit';
import { GraphQLError } from 'graphql';
import type { IncomingHttpHeaders } from 'node:http';

/** What the gateway passes to subgraph calls. */
export interface GatewayContext {
  identity: Identity | null;
  authorization?: string;
}

const REVOCATION_CACHE_MS = 10_000;

/**
 * Verifies the caller's token at the edge (signature, expiry) and asks the departments subgraph whether
 * it was signed out, remembering the answer for ten seconds (a logout through this gateway takes effect
 * at once; through another gateway instance, within those ten seconds). Subgraphs verify the token again.
 */
export class GatewayAuth {
  private readonly verifier: TokenVerifier;
  private readonly revoked = new Map<string, { revoked: boolean; until: number }>();

  constructor(
    publicKeyPem: string,
    private readonly departmentsUrl: string,
  ) {
    this.verifier = new TokenVerifier(publicKeyPem);
  }

  async context(headers: IncomingHttpHeaders): Promise<GatewayContext> {
    const identity = await this.verifier.fromHeaders(headers);
    if (identity && (await this.isRevoked(identity.tokenId))) {
      throw new GraphQLError('You signed out with this token: sign in again', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    }
    return { identity, authorization: headers.authorization };
  }

  /** Forgets what it knew of a token (after its holder signed out through this gateway). */
  forget(tokenId: string) {
    this.revoked.delete(tokenId);
  }

  private async isRevoked(tokenId: string): Promise<boolean> {
    const cached = this.revoked.get(tokenId);
    if (cached && cached.until > Date.now()) return cached.revoked;
    const response = await fetch(this.departmentsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      signal: AbortSignal.timeout(3000),
      body: JSON.stringify({ query: 'query ($id: ID!) { tokenRevoked(tokenId: $id) }', variables: { id: tokenId } }),
    });
    const body = (await response.json()) as { data?: { tokenRevoked: boolean } };
    if (typeof body.data?.tokenRevoked !== 'boolean') throw new Error('the departments subgraph could not say whether a token is signed out');
    if (this.revoked.size > 10_000) this.revoked.clear();
    this.revoked.set(tokenId, { revoked: body.data.tokenRevoked, until: Date.now() + REVOCATION_CACHE_MS });
    return body.data.tokenRevoked;
  }
}

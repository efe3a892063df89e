import { type Identity, RevocationCheck, type RevocationOptions, TokenVerifier, remoteTokenStatus } from '@lianban/kit';
import type { IncomingHttpHeaders } from 'node:http';

/** What the gateway passes to subgraph calls. */
export interface GatewayContext {
  identity: Identity | null;
  authorization?: string;
}

/**
 * Verifies the caller's token at the edge (signature, expiry) and asks the departments subgraph whether
 * it still works (the kit's RevocationCheck: the same check, cache and fail-safe every subgraph applies;
 * a logout through this gateway takes effect at once). Subgraphs verify the token again.
 */
export class GatewayAuth {
  private readonly verifier: TokenVerifier;
  private readonly revocation: RevocationCheck;

  constructor(publicKeyPem: string, departmentsUrl: string, revocation?: RevocationOptions) {
    this.verifier = new TokenVerifier(publicKeyPem);
    this.revocation = new RevocationCheck(remoteTokenStatus(departmentsUrl), revocation);
  }

  async context(headers: IncomingHttpHeaders): Promise<GatewayContext> {
    const identity = await this.verifier.fromHeaders(headers);
    if (identity) await this.revocation.check(identity);
    return { identity, authorization: headers.authorization };
  }

  /** Forgets what it knew of a token (after its holder signed out through this gateway). */
  forget(tokenId: string) {
    this.revocation.forget(tokenId);
  }
}

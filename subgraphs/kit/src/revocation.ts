import type { Identity } from './auth';
import { ServiceUnavailableError } from './errors';
import { GraphQLError } from 'graphql';

/**
 * Where a token stands (asked of the departments subgraph, which records sign-ins):
 * ACTIVE, or why it no longer works.
 */
export type TokenStatus = 'ACTIVE' | 'SIGNED_OUT' | 'ENDED_BY_ADMIN' | 'ACCOUNT_DEACTIVATED' | 'UNKNOWN';
export const TOKEN_STATUSES: TokenStatus[] = ['ACTIVE', 'SIGNED_OUT', 'ENDED_BY_ADMIN', 'ACCOUNT_DEACTIVATED', 'UNKNOWN'];

/** Answers where a token stands; throws when it cannot tell (the departments subgraph is down). */
export type TokenStatusLookup = (tokenId: string) => Promise<TokenStatus>;

/** What a refused token's holder is told. */
const REFUSALS: Record<Exclude<TokenStatus, 'ACTIVE'>, string> = {
  SIGNED_OUT: 'You signed out with this token: sign in again',
  ENDED_BY_ADMIN: 'An administrator ended this sign-in: sign in again',
  ACCOUNT_DEACTIVATED: 'This account has been deactivated: ask an administrator',
  UNKNOWN: 'This sign-in is not on record: sign in again',
};

export interface RevocationOptions {
  /** How long an answer is remembered before asking again (ms). */
  cacheMs: number;
  /**
   * How long past `cacheMs` a remembered "still signed in" is honoured while the departments subgraph
   * does not answer (ms); after that the request is refused with SERVICE_UNAVAILABLE.
   */
  graceMs: number;
  /** How many tokens are remembered (oldest forgotten first). */
  remembered?: number;
  clock?: () => number;
}

/** The default answer lifetime and grace period (LIANBAN_REVOCATION_CACHE_MS, LIANBAN_REVOCATION_GRACE_MS). */
export const DEFAULT_REVOCATION: RevocationOptions = { cacheMs: 10_000, graceMs: 120_000 };

/**
 * Refuses tokens that were signed out, ended by an administrator or belong to a deactivated account.
 * The gateway and every subgraph use it, so a subgraph called directly refuses the same tokens. Answers
 * are remembered for `cacheMs` (a sign-out elsewhere takes effect within that time); a refusal is
 * remembered for good, since a token never comes back. Concurrent requests with the same token share
 * one lookup. When the lookup fails, a remembered "still signed in" is honoured for `graceMs` more, and
 * then the request is refused with SERVICE_UNAVAILABLE: never answered with a bare 500, never let
 * through unchecked for longer than that.
 */
export class RevocationCheck {
  private readonly known = new Map<string, { status: TokenStatus; checkedAt: number }>();
  private readonly pending = new Map<string, Promise<TokenStatus>>();
  private readonly clock: () => number;
  /** How many times `forget` was called: an answer looked up across a forget is used once, not remembered. */
  private forgets = 0;
  /** How many lookups were made (the rest were answered from memory). */
  lookups = 0;

  constructor(
    private readonly lookup: TokenStatusLookup,
    private readonly options: RevocationOptions = DEFAULT_REVOCATION,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  /** Throws UNAUTHENTICATED (saying why) for a token that no longer works, SERVICE_UNAVAILABLE when that cannot be told. */
  async check(identity: Identity): Promise<void> {
    const status = await this.status(identity.tokenId);
    if (status !== 'ACTIVE') throw refused(status);
  }

  /**
   * Forgets what it knew of these tokens (after they were ended through this service: a sign-out, an
   * account deactivated, sign-ins ended by an admin), so the next request with one asks again. A lookup
   * already under way when this is called may have read the old answer: it is not remembered.
   */
  forget(...tokenIds: string[]) {
    this.forgets += 1;
    for (const tokenId of tokenIds) {
      this.known.delete(tokenId);
      this.pending.delete(tokenId);
    }
  }

  private async status(tokenId: string): Promise<TokenStatus> {
    const now = this.clock();
    const known = this.known.get(tokenId);
    if (known && (known.status !== 'ACTIVE' || now - known.checkedAt < this.options.cacheMs)) return known.status;
    const forgets = this.forgets;
    try {
      const status = await this.ask(tokenId);
      if (forgets === this.forgets) this.remember(tokenId, status);
      return status;
    } catch (error) {
      const latest = this.known.get(tokenId);
      if (latest && latest.status === 'ACTIVE' && this.clock() - latest.checkedAt < this.options.cacheMs + this.options.graceMs) return 'ACTIVE';
      if (latest && latest.status !== 'ACTIVE') return latest.status;
      throw new ServiceUnavailableError('Your sign-in cannot be checked right now (the departments service does not answer): try again shortly', {
        httpStatus: 503,
        cause: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private ask(tokenId: string): Promise<TokenStatus> {
    let pending = this.pending.get(tokenId);
    if (!pending) {
      this.lookups += 1;
      const asked: Promise<TokenStatus> = this.lookup(tokenId).finally(() => {
        if (this.pending.get(tokenId) === asked) this.pending.delete(tokenId);
      });
      pending = asked;
      this.pending.set(tokenId, pending);
    }
    return pending;
  }

  private remember(tokenId: string, status: TokenStatus) {
    const limit = this.options.remembered ?? 10_000;
    this.known.delete(tokenId);
    if (this.known.size >= limit) this.known.delete(this.known.keys().next().value as string);
    this.known.set(tokenId, { status, checkedAt: this.clock() });
  }
}

function refused(status: Exclude<TokenStatus, 'ACTIVE'>): GraphQLError {
  return new GraphQLError(REFUSALS[status], { extensions: { code: 'UNAUTHENTICATED', reason: status, http: { status: 401 } } });
}

/**
 * The documented service call every service but the departments subgraph makes:
 * `query { tokenStatus(tokenId) }` at the departments subgraph's GraphQL URL (public, like `login`).
 */
export function remoteTokenStatus(departmentsUrl: string, timeoutMs = 3000): TokenStatusLookup {
  return async (tokenId) => {
    const response = await fetch(departmentsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
      body: JSON.stringify({ query: 'query ($id: ID!) { tokenStatus(tokenId: $id) }', variables: { id: tokenId } }),
    });
    if (!response.ok) throw new Error(`the departments subgraph answered HTTP ${response.status} to a token status check`);
    const body = (await response.json()) as { data?: { tokenStatus?: string } | null };
    const status = body.data?.tokenStatus as TokenStatus | undefined;
    if (!status || !TOKEN_STATUSES.includes(status)) throw new Error('the departments subgraph could not say whether a token still works');
    return status;
  };
}

import { type Identity, type TokenIssuer, TooManyAttemptsError, UnauthenticatedError, ValidationError } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, Session } from '../entities/account.entity';
import { DUMMY_HASH, verifyPassword } from './password';

/** After this many failures in a row, sign-in waits THROTTLE_MINUTES from the last one. */
export const MAX_FAILURES = 5;
export const THROTTLE_MINUTES = 15;

export interface LoginResult {
  token: string;
  expiresAt: Date;
  account: Account;
}

/** Sign-in and sign-out. */
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly issuer: TokenIssuer | undefined,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async login(username: string, password: string): Promise<LoginResult> {
    if (!username.trim() || !password) throw new ValidationError('username and password are both needed', username.trim() ? 'password' : 'username');
    if (!this.issuer) throw new Error('this departments subgraph has no LIANBAN_AUTH_PRIVATE_KEY to sign tokens with');
    const account = await this.em.findOne(Account, { username: username.trim() }, { populate: ['person'] });
    if (account && account.failedLogins >= MAX_FAILURES && account.lastFailedAt) {
      const retryAt = new Date(account.lastFailedAt.getTime() + THROTTLE_MINUTES * 60_000);
      if (retryAt > this.now()) {
        throw new TooManyAttemptsError(`Too many failed sign-ins for ${account.username}: try again after ${retryAt.toISOString()}`, retryAt);
      }
    }
    const valid = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !valid || !account.active) {
      if (account && !valid) {
        account.failedLogins += 1;
        account.lastFailedAt = this.now();
        await this.em.flush();
      }
      // the reason is told only to someone who knows the password
      throw new UnauthenticatedError(account && valid ? 'This account has been deactivated: ask an administrator' : 'Wrong username or password');
    }
    account.failedLogins = 0;
    account.lastFailedAt = undefined;
    const signed = await this.issuer.sign({
      accountId: account.id,
      personId: account.person.id,
      username: account.username,
      role: account.role,
      unitId: account.person.unit.id,
    }, this.now());
    this.em.create(Session, { id: signed.tokenId, account, issuedAt: this.now(), expiresAt: signed.expiresAt });
    await this.em.flush();
    return { token: signed.token, expiresAt: signed.expiresAt, account };
  }

  /** Revokes the caller's token. */
  async logout(identity: Identity): Promise<boolean> {
    const session = await this.em.findOne(Session, { id: identity.tokenId });
    if (!session || session.revokedAt) return false;
    session.revokedAt = this.now();
    await this.em.flush();
    return true;
  }
}


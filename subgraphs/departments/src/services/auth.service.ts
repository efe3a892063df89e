import { type Identity, type TokenIssuer, TooManyAttemptsError, UnauthenticatedError, ValidationError } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountAction } from '../entities/account-event.entity';
import { Account, Session, SessionEnd } from '../entities/account.entity';
import { DUMMY_HASH, checkNewPassword, hashPassword, verifyPassword } from './password';
import { SessionService } from './session.service';

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

  /**
   * Signs in. Each attempt on a known account is first counted as a failure in one atomic statement, and
   * only then is the password compared: concurrent attempts cannot all read "fewer than five failures",
   * so after five failures in a row no password is compared until THROTTLE_MINUTES have passed.
   */
  async login(username: string, password: string): Promise<LoginResult> {
    if (!username.trim() || !password) throw new ValidationError('username and password are both needed', username.trim() ? 'password' : 'username');
    if (!this.issuer) throw new Error('this departments subgraph has no LIANBAN_AUTH_PRIVATE_KEY to sign tokens with');
    const account = await this.em.findOne(Account, { username: username.trim() }, { populate: ['person'] });
    if (!account) {
      // the same work as for a known account, so timing does not tell which usernames exist
      await verifyPassword(password, DUMMY_HASH);
      throw new UnauthenticatedError('Wrong username or password');
    }
    const attempt = await this.reserveAttempt(account);
    if (!(await verifyPassword(password, account.passwordHash))) {
      // the attempt stays counted as a failure
      throw new UnauthenticatedError('Wrong username or password');
    }
    await this.releaseAttempts(account, attempt);
    // the reason is told only to someone who knows the password
    if (!account.active) throw new UnauthenticatedError('This account has been deactivated: ask an administrator');
    const signed = await this.issuer.sign({
      accountId: account.id,
      personId: account.person.id,
      username: account.username,
      role: account.role,
      unitId: account.person.unit.id,
      mustChangePassword: account.mustChangePassword,
    }, this.now());
    this.em.create(Session, { id: signed.tokenId, account, issuedAt: this.now(), expiresAt: signed.expiresAt });
    await this.em.flush();
    return { token: signed.token, expiresAt: signed.expiresAt, account };
  }

  /**
   * Counts this attempt as a failure before its password is compared, unless the account is blocked
   * (MAX_FAILURES in a row, the last less than THROTTLE_MINUTES ago): then TOO_MANY_ATTEMPTS. Returns the
   * attempt's place in the run of failures. A block that has run out starts a new run.
   */
  private async reserveAttempt(account: Account): Promise<number> {
    const now = this.now();
    const blockedSince = new Date(now.getTime() - THROTTLE_MINUTES * 60_000);
    const [reserved] = await this.em.execute<{ failed_logins: number }[]>(
      `update "departments"."account"
          set failed_logins = case when failed_logins >= ? then 1 else failed_logins + 1 end, last_failed_at = ?
        where id = ? and (failed_logins < ? or last_failed_at is null or last_failed_at <= ?)
        returning failed_logins`,
      [MAX_FAILURES, now, account.id, MAX_FAILURES, blockedSince],
    );
    if (reserved) return reserved.failed_logins;
    const [blocked] = await this.em.execute<{ last_failed_at: Date | string | null }[]>(
      `select last_failed_at from "departments"."account" where id = ?`,
      [account.id],
    );
    const retryAt = new Date(new Date(blocked?.last_failed_at ?? now).getTime() + THROTTLE_MINUTES * 60_000);
    throw new TooManyAttemptsError(`Too many failed sign-ins for ${account.username}: try again after ${retryAt.toISOString()}`, retryAt);
  }

  /**
   * The right password ends the run of failures: this attempt and those counted before it no longer
   * count; attempts counted after it (still being compared) keep their place.
   */
  private async releaseAttempts(account: Account, attempt: number) {
    await this.em.execute(
      `update "departments"."account"
          set failed_logins = greatest(failed_logins - ?, 0),
              last_failed_at = case when failed_logins - ? <= 0 then null else last_failed_at end
        where id = ?`,
      [attempt, attempt, account.id],
    );
  }

  /**
   * 修改密码: the holder proves the current password and chooses a new one. Every sign-in of the account
   * ends (on other devices too: whoever knew the old password is out), and a fresh token is answered, so the
   * holder goes on working; a token that had to change its password is a full one again.
   */
  async changeMyPassword(identity: Identity, currentPassword: string, newPassword: string): Promise<{ result: LoginResult; endedTokenIds: string[] }> {
    if (!this.issuer) throw new Error('this departments subgraph has no LIANBAN_AUTH_PRIVATE_KEY to sign tokens with');
    if (!currentPassword) throw new ValidationError('input.currentPassword is needed', 'input.currentPassword');
    const account = await this.em.findOne(Account, { id: identity.accountId }, { populate: ['person'] });
    if (!account || !account.active) throw new UnauthenticatedError('This account has been deactivated: ask an administrator');
    checkNewPassword(newPassword, 'input.newPassword', account.username);
    if (newPassword === currentPassword) throw new ValidationError('input.newPassword is the current password: choose a new one', 'input.newPassword');
    // the same throttle as sign-in: a stolen token cannot try passwords without limit
    const attempt = await this.reserveAttempt(account);
    if (!(await verifyPassword(currentPassword, account.passwordHash))) {
      throw new ValidationError('input.currentPassword is not the current password', 'input.currentPassword');
    }
    await this.releaseAttempts(account, attempt);
    const passwordHash = await hashPassword(newPassword);
    const sessions = new SessionService(this.em, this.now);
    return this.em.transactional(async (em) => {
      const locked = await sessions.lockedAccount(em, account.id);
      // an administrator's reset (or another change) that got in since the password was checked wins: its
      // sign-ins, this one among them, have ended
      const session = await em.findOne(Session, { id: identity.tokenId });
      if (locked.passwordHash !== account.passwordHash || !session || session.revokedAt) {
        throw new UnauthenticatedError('The password was changed or reset meanwhile and this sign-in ended: sign in again');
      }
      locked.passwordHash = passwordHash;
      locked.mustChangePassword = false;
      const endedTokenIds = await sessions.endOpenSessions(em, account.id, SessionEnd.SIGNED_OUT);
      sessions.record(em, identity, locked, AccountAction.PASSWORD_CHANGED, '本人修改密码', endedTokenIds.length);
      const signed = await this.issuer!.sign({
        accountId: account.id,
        personId: account.person.id,
        username: account.username,
        role: account.role,
        unitId: account.person.unit.id,
      }, this.now());
      em.create(Session, { id: signed.tokenId, account: locked, issuedAt: this.now(), expiresAt: signed.expiresAt });
      await em.flush();
      return { result: { token: signed.token, expiresAt: signed.expiresAt, account: locked }, endedTokenIds };
    });
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


import { type Identity, NotFoundError, type TokenStatus, ValidationError, checkId, checkPage, isId, checkText, marks } from '@lianban/kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountEvent, AccountAction } from '../entities/account-event.entity';
import { Account, type AccountRole, SessionEnd } from '../entities/account.entity';
import { hashPassword, temporaryPassword } from './password';

/** Sign-in figures of one account, for the admins' list. */
export interface SessionFigures {
  lastSignInAt: Date | null;
  openSessions: number;
}

/** Where sign-ins stand, and what admins do to accounts (deactivate, end sign-ins), each audited. */
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
    /** Told the tokens a deactivation or ended sign-ins ended, once they are saved. */
    private readonly ended: (tokenIds: string[]) => void = () => undefined,
  ) {}

  /**
   * Where a token stands: the gateway and every other subgraph ask this (`tokenStatus`), the departments
   * subgraph reads it for the tokens it serves (remembered like theirs). One statement.
   */
  async tokenStatus(tokenId: string): Promise<TokenStatus> {
    return (await this.tokenStatuses([tokenId])).get(tokenId) ?? 'UNKNOWN';
  }

  /** Where each of these tokens stands, in one statement (aliases in one request cost no more). */
  async tokenStatuses(tokenIds: readonly string[]): Promise<Map<string, TokenStatus>> {
    const ids = [...new Set(tokenIds.filter(isId))];
    const statuses = new Map<string, TokenStatus>(tokenIds.map((id) => [id, 'UNKNOWN']));
    if (!ids.length) return statuses;
    const rows = await this.em.getConnection().execute<{ id: string; revoked_at: Date | null; revoked_reason: SessionEnd | null; active: boolean }[]>(
      `select s.id, s.revoked_at, s.revoked_reason, a.active from "departments"."session" s join "departments"."account" a on a.id = s.account_id where s.id in (${marks(ids)})`,
      ids,
    );
    for (const row of rows) {
      statuses.set(row.id, !row.active ? 'ACCOUNT_DEACTIVATED' : row.revoked_at ? (row.revoked_reason ?? 'SIGNED_OUT') : 'ACTIVE');
    }
    return statuses;
  }

  /** Accounts, by username; optionally only active or inactive ones, or of one unit. */
  async accounts(filter: { active?: boolean; unitId?: string; search?: string; role?: AccountRole; first: number; offset: number }): Promise<Account[]> {
    const page = checkPage(filter.first, filter.offset);
    const search = filter.search?.trim() ? checkText(filter.search, 'search', 50).replace(/[\\%_]/g, (c) => `\\${c}`) : undefined;
    return this.em.find(
      Account,
      {
        ...(filter.active === undefined || filter.active === null ? {} : { active: filter.active }),
        ...(filter.role ? { role: filter.role } : {}),
        ...(search ? { $or: [{ username: { $ilike: `%${search}%` } }, { person: { name: { $ilike: `%${search}%` } } }] } : {}),
        ...(filter.unitId ? { person: { unit: checkId(filter.unitId, 'unitId') } } : {}),
      },
      { orderBy: { username: 'asc' }, limit: page.first, offset: page.offset },
    );
  }

  /** Last sign-in and open sign-ins of each account, in one statement. */
  async figures(accountIds: readonly string[]): Promise<Map<string, SessionFigures>> {
    const rows = await this.em.getConnection().execute<{ account_id: string; last_sign_in_at: Date | null; open_sessions: string }[]>(
      `select account_id, max(issued_at) as last_sign_in_at,
              count(*) filter (where revoked_at is null and expires_at > ?) as open_sessions
         from departments.session where account_id in (${marks(accountIds)}) group by account_id`,
      [this.now(), ...accountIds],
    );
    return new Map(rows.map((r) => [r.account_id, { lastSignInAt: r.last_sign_in_at ? new Date(r.last_sign_in_at) : null, openSessions: Number(r.open_sessions) }]));
  }

  /** Deactivates an account: it can no longer sign in, and every open sign-in of it ends now. */
  async deactivate(admin: Identity, accountId: string, reason: string): Promise<Account> {
    const id = checkId(accountId, 'input.accountId');
    const why = checkText(reason, 'input.reason', 500);
    if (id === admin.accountId) throw new ValidationError('input.accountId: you cannot deactivate the account you are signed in with', 'input.accountId');
    const { account, tokenIds } = await this.em.transactional(async (em) => {
      const account = await this.lockedAccount(em, id);
      if (!account.active) throw new ValidationError(`input.accountId: ${account.username} is already deactivated`, 'input.accountId');
      account.active = false;
      const tokenIds = await this.endOpenSessions(em, id, SessionEnd.ACCOUNT_DEACTIVATED);
      this.record(em, admin, account, AccountAction.DEACTIVATED, why, tokenIds.length);
      await em.flush();
      return { account, tokenIds };
    });
    this.ended(tokenIds);
    return account;
  }

  /** Ends every open sign-in of an account; returns how many. */
  async endSessions(admin: Identity, accountId: string, reason: string): Promise<number> {
    const id = checkId(accountId, 'input.accountId');
    const why = checkText(reason, 'input.reason', 500);
    const tokenIds = await this.em.transactional(async (em) => {
      const account = await this.lockedAccount(em, id);
      const tokenIds = await this.endOpenSessions(em, id, SessionEnd.ENDED_BY_ADMIN);
      this.record(em, admin, account, AccountAction.SESSIONS_ENDED, why, tokenIds.length);
      await em.flush();
      return tokenIds;
    });
    this.ended(tokenIds);
    return tokenIds.length;
  }

  /**
   * 重置密码: gives an account a temporary password (answered once, to be handed over in person), ends its
   * open sign-ins, lifts a sign-in throttle, and makes the holder choose a password of their own at the next
   * sign-in. An administrator changes their own password with `changeMyPassword` instead.
   */
  async resetPassword(admin: Identity, accountId: string, reason: string): Promise<{ account: Account; temporaryPassword: string }> {
    const id = checkId(accountId, 'input.accountId');
    const why = checkText(reason, 'input.reason', 500);
    if (id === admin.accountId) throw new ValidationError('input.accountId: change your own password with 修改密码 (changeMyPassword), not a reset', 'input.accountId');
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    const { account, tokenIds } = await this.em.transactional(async (em) => {
      const account = await this.lockedAccount(em, id);
      if (!account.active) throw new ValidationError(`input.accountId: ${account.username} is deactivated: a deactivated account cannot sign in, so it gets no password`, 'input.accountId');
      account.passwordHash = passwordHash;
      account.mustChangePassword = true;
      account.failedLogins = 0;
      account.lastFailedAt = undefined;
      const tokenIds = await this.endOpenSessions(em, id, SessionEnd.ENDED_BY_ADMIN);
      this.record(em, admin, account, AccountAction.PASSWORD_RESET, why, tokenIds.length);
      await em.flush();
      return { account, tokenIds };
    });
    this.ended(tokenIds);
    return { account, temporaryPassword: password };
  }

  /** The audit trail of an account's administration, newest first. */
  events(accountId: string): Promise<AccountEvent[]> {
    return this.em.find(AccountEvent, { account: checkId(accountId, 'accountId') }, { orderBy: { at: 'desc', id: 'desc' } });
  }

  async lockedAccount(em: EntityManager, id: string): Promise<Account> {
    // the row lock orders a deactivation against concurrent sign-ins and other admins
    const account = await em.findOne(Account, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!account) throw new NotFoundError('Account', id);
    return account;
  }

  /** Ends the open sign-ins of an account; returns their token ids. */
  async endOpenSessions(em: EntityManager, accountId: string, reason: SessionEnd): Promise<string[]> {
    const rows = await em.execute<{ id: string }[]>(
      `update "departments"."session" set revoked_at = ?, revoked_reason = ?
        where account_id = ? and revoked_at is null and expires_at > ? returning id`,
      [this.now(), reason, accountId, this.now()],
    );
    return rows.map((row) => row.id);
  }

  record(em: EntityManager, admin: Identity, account: Account, action: AccountAction, reason: string, sessionsEnded: number) {
    em.create(AccountEvent, { account, action, at: this.now(), by: admin.username, byAccountId: admin.accountId, reason, sessionsEnded });
  }
}

import { type Identity, NotFoundError, ValidationError, checkFirst, checkId, decodeCursor, keysetPage, plainRow } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Notice } from '../entities/notice.entity';

/** A notice as one person sees it: with when they read it. */
export type InboxNotice = Notice & { readAt?: Date | null };

/** The addressees whose notices a person reads: their unit's and their own. */
export function addresseesOf(caller: Identity): [string, string] {
  return [`unit:${caller.unitId}`, `person:${caller.personId}`];
}

/** 我的通知: one person's inbox, newest first; read state is the person's own. */
export class InboxService {
  constructor(
    private readonly em: EntityManager,
    private readonly caller: Identity,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get addressees() {
    return addresseesOf(this.caller);
  }

  /** A page of the inbox after the cursor `after`: one read of at most `first + 1` rows of the inbox index. */
  async page(first: number, after: string | null | undefined, unreadOnly: boolean) {
    checkFirst(first, 200);
    const cursor = after ? decodeCursor(after, ['date', 'id']) : null;
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select n.*, r.read_at from "notices"."notice" n
       left join "notices"."notice_read" r on r.notice_id = n.id and r.person_id = ?
       where n.addressee in (?, ?) ${unreadOnly ? 'and r.notice_id is null' : ''}
         ${cursor ? 'and (n.created_at, n.id) < (?, ?)' : ''}
       order by n.created_at desc, n.id desc limit ?`,
      [this.caller.personId, ...this.addressees, ...(cursor ? [new Date(cursor[0]), cursor[1]] : []), first + 1],
    );
    const items = rows.map((row) => Object.assign(plainRow(this.em, Notice, row), { readAt: row.read_at ? new Date(row.read_at as string | Date) : null }) as InboxNotice);
    return keysetPage(items, first, (n) => [n.createdAt.toISOString(), n.id]);
  }

  /** 未读: how many of the inbox's notices the person has not read. */
  async unreadCount(): Promise<number> {
    const [row] = await this.em.getConnection().execute<{ n: string }[]>(
      `select count(*) as n from "notices"."notice" n
       where n.addressee in (?, ?)
         and not exists (select 1 from "notices"."notice_read" r where r.notice_id = n.id and r.person_id = ?)`,
      [...this.addressees, this.caller.personId],
    );
    return Number(row.n);
  }

  /**
   * Marks notices of the inbox read for this person (once; reading again keeps the first time). A notice
   * of someone else's inbox is NOT_FOUND, as one that does not exist, and then nothing is marked.
   */
  async markRead(ids: string[]): Promise<InboxNotice[]> {
    if (ids.length === 0) throw new ValidationError('ids must name at least one notice', 'ids');
    if (ids.length > 500) throw new ValidationError('ids may name at most 500 notices', 'ids');
    const wanted = [...new Set(ids.map((id, i) => checkId(id, `ids[${i}]`)))];
    return this.em.transactional(async (em) => {
      const mine = await em.getConnection().execute<{ id: string }[]>(
        `select id from "notices"."notice" where id in (${wanted.map(() => '?').join(', ')}) and addressee in (?, ?)`,
        [...wanted, ...this.addressees],
      );
      const found = new Set(mine.map((m) => m.id));
      const missing = wanted.find((id) => !found.has(id));
      if (missing) throw new NotFoundError('Notice', missing);
      await em.execute(
        `insert into "notices"."notice_read" (notice_id, person_id, read_at)
         select id, ?, ? from "notices"."notice" where id in (${wanted.map(() => '?').join(', ')}) on conflict do nothing`,
        [this.caller.personId, this.now(), ...wanted],
      );
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(
        `select n.*, r.read_at from "notices"."notice" n join "notices"."notice_read" r on r.notice_id = n.id and r.person_id = ?
         where n.id in (${wanted.map(() => '?').join(', ')}) order by n.created_at desc, n.id desc`,
        [this.caller.personId, ...wanted],
        'all',
        em.getTransactionContext(),
      );
      return rows.map((row) => Object.assign(plainRow(em, Notice, row), { readAt: new Date(row.read_at as string | Date) }) as InboxNotice);
    });
  }
}

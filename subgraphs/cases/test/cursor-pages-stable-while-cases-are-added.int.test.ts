/**
 * Keyset (cursor) pages: a page boundary stays where it was while cases are added, pages cost the same
 * statements however deep the reader goes, and `total` is counted only when asked.
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Case, CaseForm, CaseStatus, CaseTask, Channel, TaskRole, TaskStatus, VisitLevel, casesSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const lead = randomUUID();
const town = randomUUID();
const cooperating = randomUUID();
const elsewhere = randomUUID();
let serial = 0;

/** Adds a case registered at `at` (minutes after 2026-01-01) and, for `coop`, a cooperating task of `cooperating`. */
async function addCase(at: number, where: { lead?: string; town?: string; coop?: boolean; dueAt?: Date; status?: TaskStatus } = {}) {
  const em = subgraph.orm.em.fork();
  serial += 1;
  const matter = em.create(Case, {
    id: randomUUID(),
    number: `XF2026-${String(serial).padStart(6, '0')}`,
    channel: Channel.LETTER,
    form: CaseForm.INDIVIDUAL,
    headCount: 1,
    levelVisited: VisitLevel.DISTRICT,
    categoryMain: '城乡建设',
    categorySub: '拆迁安置',
    summary: '反映拆迁安置房逾期未交付',
    townshipId: where.town ?? elsewhere,
    leadDepartmentId: where.lead ?? elsewhere,
    status: CaseStatus.IN_PROGRESS,
    registeredAt: new Date(Date.UTC(2026, 0, 1) + at * 60_000),
  });
  if (where.coop) {
    em.create(CaseTask, {
      id: randomUUID(),
      case: matter,
      unitId: cooperating,
      role: TaskRole.COOPERATING,
      status: where.status ?? TaskStatus.ASSIGNED,
      assignedAt: matter.registeredAt,
      dueAt: where.dueAt ?? new Date(matter.registeredAt.getTime() + 15 * 86_400_000),
    });
  }
  await em.flush();
  return matter;
}

interface Page {
  items: { number: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const pageQuery = `query ($after: String) { cases(first: 4, after: $after) { items { number } pageInfo { endCursor hasNextPage } } }`;

async function walk(identity = testIdentity('REGISTRAR'), between?: (page: number) => Promise<void>) {
  const numbers: string[] = [];
  const statements: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    subgraph.counter.reset();
    const result: { data?: { cases: Page } | null; errors?: readonly unknown[] } = await subgraph.execute<{ cases: Page }>(pageQuery, { after }, identity);
    statements.push(subgraph.counter.count);
    expect(result.errors).toBeUndefined();
    const { items, pageInfo } = result.data!.cases;
    numbers.push(...items.map((i) => i.number));
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
    await between?.(page);
  }
  return { numbers, statements };
}

async function newestFirst(where: string, params: unknown[] = []) {
  const rows = await subgraph.orm.em
    .fork()
    .getConnection()
    .execute<{ number: string }[]>(`select number from "cases"."case" c ${where} order by registered_at desc, id desc`, params);
  return rows.map((r) => r.number);
}

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'cursor_pages');
  subgraph = await startTestSubgraph(casesSubgraph, db.url);
  // 21 cases, some registered at the same minute (ties are broken by id), of three kinds of holding
  for (let i = 0; i < 21; i += 1) {
    const minute = 100 + Math.floor(i / 3) * 10;
    await addCase(minute, i % 3 === 0 ? { lead } : i % 3 === 1 ? { town } : { coop: true });
  }
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('cursor pages of cases', () => {
  it('keep their boundaries while newer and older cases are added between pages, with one statement a page', async () => {
    const before = await newestFirst('');
    const newerAdded: string[] = [];
    const olderAdded: string[] = [];
    const { numbers, statements } = await walk(testIdentity('REGISTRAR'), async (page) => {
      // a newer case goes above the pages already read; an older one (older than all so far) lands in a page still to come
      newerAdded.push((await addCase(10_000 + page)).number);
      olderAdded.push((await addCase(90 - page)).number);
    });
    // every case that was there is read once, in order; no newer case shifts or repeats what follows
    expect(numbers.filter((n) => before.includes(n))).toEqual(before);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.filter((n) => newerAdded.includes(n))).toEqual([]);
    // the older ones, added before the reader got there, are read in their place
    expect(numbers).toEqual((await newestFirst('')).filter((n) => !newerAdded.includes(n)));
    // the tenth page costs what the first does
    expect(statements.length).toBeGreaterThan(5);
    expect(new Set(statements)).toEqual(new Set([1]));
  });

  it("give a liaison exactly its unit's cases (lead, township, tasks), page after page", async () => {
    for (const [unit, where] of [
      [lead, 'where lead_department_id = ?'],
      [town, 'where township_id = ?'],
      [cooperating, `where exists (select 1 from "cases"."case_task" t where t.case_id = c.id and t.unit_id = ?)`],
    ] as const) {
      const { numbers, statements } = await walk(testIdentity('LIAISON', unit));
      expect(numbers).toEqual(await newestFirst(where, [unit]));
      expect(numbers.length).toBeGreaterThan(4);
      expect(new Set(statements)).toEqual(new Set([1]));
    }
  });

  it('counts the total only when asked, within the caller\'s scope', async () => {
    subgraph.counter.reset();
    const plain = await subgraph.execute(`{ cases(first: 1) { items { number } } }`);
    const withoutTotal = subgraph.counter.count;
    subgraph.counter.reset();
    const counted = await subgraph.execute<{ cases: { total: number } }>(`{ cases(first: 1) { total items { number } } }`);
    expect(plain.errors).toBeUndefined();
    expect(withoutTotal).toBe(1);
    expect(subgraph.counter.count).toBe(2);
    expect(counted.data?.cases.total).toBe((await newestFirst('')).length);
    const liaison = await subgraph.execute<{ cases: { total: number } }>(`{ cases(first: 1) { total } }`, {}, testIdentity('LIAISON', town));
    expect(liaison.data?.cases.total).toBe((await newestFirst('where township_id = ?', [town])).length);
  });

  it('refuse a cursor they did not give out, naming `after`', async () => {
    for (const after of ['not-a-cursor', Buffer.from('["2026-01-01T00:00:00.000Z","x"]').toString('base64url'), Buffer.from('{}').toString('base64url')]) {
      const result = await subgraph.execute(pageQuery, { after });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

describe('cursor pages of holdings', () => {
  it('list open tasks soonest due first, skip finished ones, and count total and overdue only when asked', async () => {
    const due = (day: number) => new Date(Date.UTC(2026, 1, day, 9));
    await addCase(50_000, { coop: true, dueAt: due(3) });
    await addCase(50_001, { coop: true, dueAt: due(3) });
    await addCase(50_002, { coop: true, dueAt: due(1), status: TaskStatus.DONE });
    const query = `query ($unit: ID!, $after: String) { holdings(unitId: $unit, first: 3, after: $after) {
      items { id dueAt status } pageInfo { endCursor hasNextPage } } }`;
    const seen: { id: string; dueAt: string; status: string }[] = [];
    let after: string | null = null;
    for (;;) {
      subgraph.counter.reset();
      const result: { data?: { holdings: { items: typeof seen; pageInfo: Page['pageInfo'] } } | null } = await subgraph.execute(query, { unit: cooperating, after });
      expect(subgraph.counter.count).toBe(1);
      seen.push(...result.data!.holdings.items);
      if (!result.data!.holdings.pageInfo.hasNextPage) break;
      after = result.data!.holdings.pageInfo.endCursor;
    }
    const [{ n: open }] = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from "cases"."case_task" where unit_id = ? and status in ('ASSIGNED', 'SIGNED_FOR')`, [cooperating]);
    expect(seen).toHaveLength(Number(open));
    expect(seen.every((t) => t.status === 'ASSIGNED')).toBe(true);
    const keys = seen.map((t) => `${t.dueAt}|${t.id}`);
    expect(keys).toEqual([...keys].sort());
    const counts = await subgraph.execute<{ holdings: { total: number; overdue: number } }>(
      `query ($unit: ID!) { holdings(unitId: $unit, first: 1) { total overdue } }`,
      { unit: cooperating },
    );
    expect(counts.data?.holdings.total).toBe(Number(open));
    expect(counts.data?.holdings.overdue).toBe(seen.filter((t) => new Date(t.dueAt) < new Date()).length);
  });
});

describe('columns of a page', () => {
  it('reads only the columns the asked fields need, through fragments, and whole rows for fields computed from many', async () => {
    const all = await subgraph.execute<{ cases: { items: Record<string, unknown>[] } }>(
      `{ cases(first: 5) { items { id number headCount isSkipLevel leadDepartment { id } township { id } clocks { clock } } } }`,
    );
    subgraph.counter.reset(true);
    const few = await subgraph.execute<{ cases: { items: Record<string, unknown>[] } }>(
      `{ cases(first: 5) { items { ...F leadDepartment { id } } } } fragment F on Case { id number headCount isSkipLevel township { id } }`,
    );
    const [statement] = subgraph.counter.statements;
    expect(statement).toMatch(/select c\."id", c\."registered_at", c\."number", c\."head_count", c\."level_visited", c\."township_id", c\."lead_department_id" from/);
    expect(few.data!.cases.items).toEqual(all.data!.cases.items.map(({ clocks: _clocks, ...rest }) => rest));
    subgraph.counter.reset(true);
    await subgraph.execute(`{ cases(first: 5) { items { number clocks { clock } } } }`);
    expect(subgraph.counter.statements[0]).toMatch(/select c\.\* from/);
  });
});

import { AssessmentRun, AssessmentScheme, RankingEntry } from '@lianban/assessment';
import {
  Case,
  CaseEvent,
  CaseTask,
  ClockKind,
  Extension,
  Petitioner,
  RULE_SETS,
  computeDeadline,
  officialCalendar,
} from '@lianban/cases';
import { Account, Category, DEMO_PASSWORD, Department, Person, WorkingGroup, hashPassword } from '@lianban/departments';
import { AgendaItem, AgendaItemCase, BusyTime, Decision, JointMeeting, Meeting, Room } from '@lianban/meetings';
import { Notice } from '@lianban/notices';
import { DailyReport, ScreeningReport, SensitivePeriod, SensitivePeriodUnit, Warning } from '@lianban/screening';
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { stableId } from './random';
import { type District, type SeedCase } from './district';

/** The clock still running for a seeded case, as the lifecycle would have left it. */
function runningClock(c: SeedCase): { clock: ClockKind; start: Date } | undefined {
  switch (c.status) {
    case 'REGISTERED':
      return { clock: ClockKind.ACCEPT, start: c.registeredAt };
    case 'ACCEPTED':
    case 'ASSIGNED':
    case 'SIGNED_FOR':
    case 'IN_PROGRESS':
      return { clock: ClockKind.HANDLE, start: c.acceptedAt as Date };
    case 'REPLIED':
    case 'CLOSED':
      if (c.reviewDecidedAt) return { clock: ClockKind.RE_REVIEW_REQUEST, start: c.reviewDecidedAt };
      return c.repliedAt ? { clock: ClockKind.REVIEW_REQUEST, start: c.repliedAt } : undefined;
    case 'UNDER_REVIEW':
      return c.reviewRequestedAt ? { clock: ClockKind.REVIEW_DECISION, start: c.reviewRequestedAt } : undefined;
    case 'UNDER_RE_REVIEW':
      return c.reReviewRequestedAt ? { clock: ClockKind.RE_REVIEW_DECISION, start: c.reReviewRequestedAt } : undefined;
    default:
      return undefined;
  }
}

/** Rows of the cases schema for the seeded cases: the cases with their clocks, petitioners, tasks, timeline. */
export function caseRows(district: District) {
  const calendar = officialCalendar();
  const cases: Record<string, unknown>[] = [];
  const petitioners: Record<string, unknown>[] = [];
  const tasks: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const extensions: Record<string, unknown>[] = [];
  const registrar = district.people.find((p) => p.position === '信访联络员' && district.departments.find((d) => d.id === p.unitId)?.code === 'D-XFJ');
  for (const c of district.cases) {
    const { petitioners: people, cooperatingUnitIds, extendedAt, ...matter } = c;
    const running = runningClock(c);
    const rules = RULE_SETS[c.ruleSet];
    const handleDue = c.acceptedAt && computeDeadline(ClockKind.HANDLE, rules.clocks.HANDLE, c.acceptedAt, calendar, c.extensionDays).dueAt;
    const due = running && computeDeadline(running.clock, rules.clocks[running.clock], running.start, calendar, running.clock === ClockKind.HANDLE ? c.extensionDays : 0);
    cases.push({ ...matter, runningClock: running?.clock ?? null, dueAt: due?.dueAt ?? null, extensionDays: c.extensionDays });
    people.forEach((p, i) => petitioners.push({ id: stableId('petitioner', c.id, i), case: c.id, position: i + 1, ...p }));
    if (c.assignedAt && c.leadDepartmentId) {
      const done = c.repliedAt !== undefined;
      tasks.push({
        id: stableId('task', c.id, 'lead'), case: c.id, unitId: c.leadDepartmentId, role: 'LEAD',
        status: done ? 'DONE' : c.signedForAt ? 'SIGNED_FOR' : 'ASSIGNED',
        assignedAt: c.assignedAt, dueAt: handleDue, signedForAt: c.signedForAt ?? null, completedAt: c.repliedAt ?? null,
        result: done ? '已答复信访人' : null,
      });
      for (const unitId of cooperatingUnitIds) {
        tasks.push({
          id: stableId('task', c.id, unitId), case: c.id, unitId, role: 'COOPERATING',
          status: done ? 'DONE' : c.signedForAt ? 'SIGNED_FOR' : 'ASSIGNED',
          assignedAt: c.assignedAt, dueAt: handleDue, signedForAt: c.signedForAt ?? null, completedAt: c.repliedAt ?? null,
          result: done ? '已配合核实情况并反馈牵头单位' : null,
        });
      }
    }
    if (c.extensionDays > 0 && extendedAt) {
      extensions.push({ id: stableId('extension', c.id), case: c.id, at: extendedAt, days: c.extensionDays, approverId: c.leaderId ?? registrar?.id ?? c.id, reason: '案情复杂，需多部门联合调查' });
    }
    const steps: [Date | undefined, string, string | null, string][] = [
      [c.registeredAt, 'REGISTERED', null, 'REGISTERED'],
      [c.status === 'NOT_ACCEPTED' ? c.closedAt : undefined, 'NOT_ACCEPTED', 'REGISTERED', 'NOT_ACCEPTED'],
      [c.acceptedAt, 'ACCEPTED', 'REGISTERED', 'ACCEPTED'],
      [c.assignedAt, 'ASSIGNED', 'ACCEPTED', 'ASSIGNED'],
      [c.signedForAt, 'SIGNED_FOR', 'ASSIGNED', 'SIGNED_FOR'],
      [extendedAt, 'EXTENDED', 'IN_PROGRESS', 'IN_PROGRESS'],
      [c.repliedAt, 'REPLIED', 'IN_PROGRESS', 'REPLIED'],
      [c.status !== 'REPLIED' && c.repliedAt ? c.closedAt : undefined, 'CLOSED', 'REPLIED', 'CLOSED'],
      [c.reviewRequestedAt, 'REVIEW_REQUESTED', 'CLOSED', 'UNDER_REVIEW'],
      [c.reviewDecidedAt, 'REVIEW_DECIDED', 'UNDER_REVIEW', 'CLOSED'],
      [c.reReviewRequestedAt, 'RE_REVIEW_REQUESTED', 'CLOSED', 'UNDER_RE_REVIEW'],
      [c.reReviewDecidedAt, 'TERMINATED', 'UNDER_RE_REVIEW', 'TERMINATED'],
    ];
    for (const [at, action, fromStatus, toStatus] of steps) {
      if (at) events.push({ case: c.id, at, action, fromStatus, toStatus, actorId: action === 'REGISTERED' ? registrar?.id ?? null : null });
    }
  }
  return { cases, petitioners, tasks, events, extensions };
}

export interface SeedResult {
  subgraph: string;
  inserted: number;
  skipped: boolean;
}

/** PostgreSQL takes at most 65,535 parameters a statement. */
async function insertInChunks<T extends object>(em: EntityManager, entity: EntityName<T>, rows: object[], size = 1000) {
  for (let i = 0; i < rows.length; i += size) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await em.insertMany(entity, rows.slice(i, i + size) as any);
  }
  return rows.length;
}

/**
 * Loads one subgraph's share of the district, in one transaction, unless that subgraph already holds
 * data: ids are stable, so a re-run never duplicates anything.
 */
async function seedOne(
  orm: MikroORM,
  subgraph: string,
  probe: EntityName<object>,
  load: (em: EntityManager) => Promise<number>,
): Promise<SeedResult> {
  const em = orm.em.fork();
  if ((await em.count(probe, {})) > 0) return { subgraph, inserted: 0, skipped: true };
  const inserted = await em.transactional((tx) => load(tx));
  return { subgraph, inserted, skipped: false };
}

/**
 * Loads the demo district into the subgraphs' schemas, each through its own ORM. Each table is
 * filled only when empty (ids are stable), so a re-run duplicates nothing and a database seeded by an
 * older version gains the tables added since.
 */
export async function loadDistrict(orms: Record<string, MikroORM>, district: District): Promise<SeedResult[]> {
  const results: SeedResult[] = [];
  const step = async (subgraph: string, probe: EntityName<object>, load: (em: EntityManager) => Promise<number>) => {
    const result = await seedOne(orms[subgraph], subgraph, probe, load);
    results.push({ ...result, subgraph: `${subgraph}.${(probe as { name: string }).name}` });
  };
  // the directory is small: rows missing by id are added, so an older demo database gains new units,
  // people, categories and accounts; existing rows are left as they are
  const addMissing = async <T extends object>(entity: EntityName<T>, rows: object[]) => {
    const em = orms.departments.em.fork();
    const before = await em.count(entity, {});
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await em.upsertMany(entity, rows as any, { onConflictFields: ['id'] as any, onConflictAction: 'ignore', batchSize: 500 });
    const added = (await orms.departments.em.fork().count(entity, {})) - before;
    results.push({ subgraph: `departments.${(entity as { name: string }).name}`, inserted: added, skipped: added === 0 });
  };
  await addMissing(Department, district.departments.map(({ parentId, ...unit }) => ({ ...unit, parent: parentId ?? null })));
  await addMissing(Person, district.people.map(({ unitId, ...person }) => ({ ...person, unit: unitId })));
  await addMissing(Category, district.categories.map(({ leadDepartmentId, ...category }) => ({ ...category, leadDepartment: leadDepartmentId })));
  const existing = new Set((await orms.departments.em.fork().find(Account, {}, { fields: ['username'] })).map((a) => a.username));
  // one hash for every demo account: they share the published password, and seeding stays fast
  const missing = district.accounts.filter((a) => !existing.has(a.username));
  const passwordHash = missing.length ? await hashPassword(DEMO_PASSWORD) : '';
  const accounts = missing.map(({ personId, ...account }) => ({ ...account, person: personId, passwordHash }));
  await addMissing(Account, accounts);
  await addMissing(WorkingGroup, district.workingGroups.map(({ memberIds: _members, leadDepartmentId, ...group }) => ({ ...group, leadDepartment: leadDepartmentId })));
  const members = district.workingGroups.flatMap((g) => g.memberIds.map((id) => [g.id, id]));
  await orms.departments.em.getConnection().execute(
    `insert into "departments"."working_group_member" (working_group_id, department_id) values ${members.map(() => '(?, ?)').join(', ')} on conflict do nothing`,
    members.flat(),
  );
  await step('cases', Case, async (em) => {
    const rows = caseRows(district);
    return (
      (await insertInChunks(em, Case, rows.cases)) +
      (await insertInChunks(em, Petitioner, rows.petitioners)) +
      (await insertInChunks(em, CaseTask, rows.tasks)) +
      (await insertInChunks(em, CaseEvent, rows.events)) +
      (await insertInChunks(em, Extension, rows.extensions))
    );
  });
  await step('meetings', Meeting, async (em) => {
    const items = district.agendaItems.map(({ meetingId, caseIds: _caseIds, ...item }) => ({ ...item, meeting: meetingId }));
    const links = district.agendaItems.flatMap((item) =>
      item.caseIds.map((caseId) => ({ id: stableId('agenda-link', item.id, caseId), agendaItem: item.id, caseId })),
    );
    return (
      (await insertInChunks(em, Meeting, district.meetings)) +
      (await insertInChunks(em, AgendaItem, items)) +
      (await insertInChunks(em, AgendaItemCase, links)) +
      (await insertInChunks(em, JointMeeting, [district.jointMeeting])) +
      (await insertInChunks(em, Decision, district.decisions.map(({ agendaItemId, ...decision }) => ({ ...decision, agendaItem: agendaItemId }))))
    );
  });
  await step('meetings', Room, async (em) => (await insertInChunks(em, Room, district.rooms)) + (await insertInChunks(em, BusyTime, district.busyTimes)));
  await step('assessment', AssessmentScheme, async (em) => {
    // published runs the engine computed (scripts/seed/district.ts), with their rankings
    const entries = district.rankings.map(({ schemeId, ...entry }) => ({ ...entry, scheme: schemeId }));
    const runs = district.runs.map(({ schemeId, units, ...run }) => ({
      ...run, scheme: schemeId, units, status: 'PUBLISHED', computedAt: run.publishedAt, seed: 20240301, monteCarloRuns: 200, reportingFactsAvailable: true,
    }));
    return (
      (await insertInChunks(em, AssessmentScheme, district.schemes)) +
      (await insertInChunks(em, AssessmentRun, runs)) +
      (await insertInChunks(em, RankingEntry, entries))
    );
  });
  // the demo inboxes: each unit's assignments of its newest open cases, as the notices subgraph would have written them
  await step('notices', Notice, async (em) => {
    const open = district.cases
      .filter((c) => c.assignedAt && c.leadDepartmentId && ['ASSIGNED', 'SIGNED_FOR', 'IN_PROGRESS'].includes(c.status))
      .sort((a, b) => (b.assignedAt as Date).getTime() - (a.assignedAt as Date).getTime())
      .slice(0, 300);
    return insertInChunks(em, Notice, open.map((c) => ({
      id: stableId('notice', c.id), key: `assigned:demo:${c.id}`, addressee: `unit:${c.leadDepartmentId}`, kind: 'CASE_ASSIGNED' as const,
      title: `${c.number} 已交办贵单位牵头办理`, body: c.summary.slice(0, 100), subjectType: 'Case', subjectId: c.id, subjectLabel: c.number,
      occurredAt: c.assignedAt as Date, createdAt: c.assignedAt as Date,
    })));
  });
  await step('screening', SensitivePeriod, async (em) => {
    const { periods, periodUnits, dailyReports, screeningReports, warnings } = district.screening;
    return (
      (await insertInChunks(em, SensitivePeriod, periods)) +
      (await insertInChunks(em, SensitivePeriodUnit, periodUnits)) +
      (await insertInChunks(em, DailyReport, dailyReports)) +
      (await insertInChunks(em, ScreeningReport, screeningReports)) +
      (await insertInChunks(em, Warning, warnings))
    );
  });
  // the planner's statistics of the freshly loaded tables, now rather than whenever autovacuum gets to
  // them: without them the first minutes of a demo plan lists on guesses (a case list read by sorting the
  // whole table instead of walking its index)
  if (results.some((r) => !r.skipped)) await orms.cases.em.getConnection().execute('analyze');
  return results;
}

import { type NoticeJob, type NoticePublisher, type WorkCalendar, dayOf } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClockKind, type Deadline, RULE_SETS, type Warning, clockState, computeDeadline } from '../clocks/rules';
import { UNIT_CLOCKS } from './clock-view';

/**
 * The notices the cases subgraph produces (see the kit's `NoticeJob`): each is published in the
 * transaction of the write that causes it, and keyed so that it is produced once per fact.
 */
export const caseNotices = {
  /** 交办: the lead unit's liaisons learn that they lead a case. */
  assigned(matter: { id: string; number: string; summary: string }, taskId: string, unitId: string, dueAt: Date, at: Date): NoticeJob {
    return {
      key: `assigned:${taskId}`, kind: 'CASE_ASSIGNED', unitIds: [unitId], title: `${matter.number} 已交办贵单位牵头办理`,
      body: `${matter.summary.slice(0, 100)} · 办结时限 ${dayOf(dueAt)}`, subject: { type: 'Case', id: matter.id, label: matter.number }, occurredAt: at.toISOString(),
    };
  },
  /** 协办任务: a cooperating unit's liaisons learn of their part. */
  task(matter: { id: string; number: string; summary: string }, taskId: string, unitId: string, dueAt: Date, at: Date): NoticeJob {
    return {
      key: `task:${taskId}`, kind: 'TASK_ASSIGNED', unitIds: [unitId], title: `${matter.number} 请贵单位协办`,
      body: `${matter.summary.slice(0, 100)} · 协办时限 ${dayOf(dueAt)}`, subject: { type: 'Case', id: matter.id, label: matter.number }, occurredAt: at.toISOString(),
    };
  },
  /** 督办: the unit leading (else the township of) a supervised case. */
  supervised(matter: { id: string; number: string }, supervisionId: string, unitId: string, placard: boolean, request: string, at: Date): NoticeJob {
    return {
      key: `supervision:${supervisionId}`, kind: 'CASE_SUPERVISED', unitIds: [unitId], title: `${matter.number} ${placard ? '挂牌督办' : '督办'}`,
      body: request.slice(0, 200), subject: { type: 'Case', id: matter.id, label: matter.number }, occurredAt: at.toISOString(),
    };
  },
};

const CLOCK_NAMES: Record<string, string> = {
  ROUTE: '转送交办', ACCEPT: '受理告知', HANDLE: '办理', REVIEW_DECISION: '复查', RE_REVIEW_DECISION: '复核',
};
const LEVEL: Record<Warning, number> = { NONE: 0, HALF_USED: 50, THREE_QUARTERS_USED: 75, OVERDUE: 100 };
const THRESHOLDS = [50, 75, 100];
const KIND = { 50: 'CLOCK_HALF_USED', 75: 'CLOCK_THREE_QUARTERS_USED', 100: 'CLOCK_OVERDUE' } as const;
const WORDS = { 50: '时限已过半', 75: '时限已用75%', 100: '已超期' } as const;

/** When each unit clock started, as SQL on the alias `c`. */
const STARTED_AT = `case c.running_clock when 'ACCEPT' then c.registered_at when 'HANDLE' then c.accepted_at
  when 'REVIEW_DECISION' then c.review_requested_at when 'RE_REVIEW_DECISION' then c.re_review_requested_at end`;

/**
 * 预警: finds the running unit clocks of open cases that crossed 50% or 75% of their time, or their
 * deadline, since the last scan, and sends each threshold's notice once to the unit holding the case: the
 * lead unit, or before the case is assigned (the acceptance clock, and the handling clock between
 * acceptance and 交办) the petition bureau's unit that registered it (the unit of its REGISTERED event);
 * then the bureau's register-and-route clock of accepted cases not yet assigned (`scanRouteClocks`).
 * A threshold is told once per clock, to whoever held the case when it was crossed. Set-based:
 * one statement reads every candidate (clocks at least 40% through in calendar time, not yet notified
 * of their breach); the share used is then worked out by the clocks' own rules (working or calendar
 * days, extensions, rest days); the thresholds crossed are recorded in `clock_notice` with one insert
 * whose rows decide, in the same transaction, which notices are sent. A clock found past several
 * thresholds at once (a case brought in from the old system long overdue) gets one notice, for the
 * highest. Returns the number of notices sent.
 */
export async function scanClockThresholds(em: EntityManager, calendar: WorkCalendar, now: Date, publisher: NoticePublisher, batch = 5000): Promise<number> {
  let sent = 0;
  // a batch at a time, in the order of (due_at, id): a candidate that crossed nothing yet is not read again
  let after: [Date, string] | undefined;
  for (;;) {
    const done = await em.transactional(async (tx) => {
      const rows = await tx.execute<{
        id: string; number: string; running_clock: ClockKind; rule_set: string; extension_days: number; unit_id: string; started_at: Date; due_at: Date; notified: number;
      }[]>(
        `select c.id, c.due_at, c.number, c.running_clock, c.rule_set, c.extension_days, coalesce(c.lead_department_id, registrar.unit_id) as unit_id,
           ${STARTED_AT} as started_at,
           coalesce((select max(n.threshold) from "cases"."clock_notice" n where n.case_id = c.id and n.clock = c.running_clock::text), 0) as notified
         from "cases"."case" c
         -- not yet assigned: the case is with the petition bureau, the unit that registered it is told
         left join lateral (
           select e.unit_id from "cases"."case_event" e where e.case_id = c.id and e.action = 'REGISTERED' order by e.id limit 1
         ) registrar on c.lead_department_id is null
         where c.running_clock in (${UNIT_CLOCKS.map(() => '?').join(', ')}) and c.due_at is not null and c.merged_into_id is null
           and coalesce(c.lead_department_id, registrar.unit_id) is not null
           and ${STARTED_AT} + (c.due_at - ${STARTED_AT}) * 0.4 <= ?
           and not exists (select 1 from "cases"."clock_notice" n where n.case_id = c.id and n.clock = c.running_clock::text and n.threshold = 100)
           ${after ? 'and (c.due_at, c.id) > (?, ?)' : ''}
         order by c.due_at, c.id
         limit ?`,
        [...UNIT_CLOCKS, now, ...(after ?? []), batch],
      );
      const last = rows.at(-1);
      if (last) after = [new Date(last.due_at), last.id];
      sent += await recordAndPublish(tx, rows.map((row) => {
        const rules = RULE_SETS[row.rule_set] ?? RULE_SETS.NATIONAL;
        const deadline = computeDeadline(row.running_clock, rules.clocks[row.running_clock], new Date(row.started_at), calendar, row.running_clock === ClockKind.HANDLE ? row.extension_days : 0);
        return { id: row.id, number: row.number, clock: row.running_clock, unitId: row.unit_id, notified: Number(row.notified), deadline };
      }), calendar, now, publisher);
      return rows.length < batch;
    });
    if (done) return sent + (await scanRouteClocks(em, calendar, now, publisher, batch));
  }
}

/**
 * 转送交办: the bureau's register-and-route clock of accepted cases not yet assigned, told to the unit that
 * registered the case. Before acceptance the acceptance clock (the same days from the same start in every
 * rule set) speaks for it, so a threshold already told of that clock is not told again of this one.
 */
async function scanRouteClocks(em: EntityManager, calendar: WorkCalendar, now: Date, publisher: NoticePublisher, batch: number): Promise<number> {
  let sent = 0;
  let after: string | undefined;
  for (;;) {
    const done = await em.transactional(async (tx) => {
      const rows = await tx.execute<{ id: string; number: string; rule_set: string; registered_at: Date; unit_id: string; notified: number }[]>(
        `select c.id, c.number, c.rule_set, c.registered_at, registrar.unit_id,
           coalesce((select max(n.threshold) from "cases"."clock_notice" n where n.case_id = c.id and n.clock in ('ROUTE', 'ACCEPT')), 0) as notified
         from "cases"."case" c
         join lateral (
           select e.unit_id from "cases"."case_event" e where e.case_id = c.id and e.action = 'REGISTERED' and e.unit_id is not null order by e.id limit 1
         ) registrar on true
         where c.status = 'ACCEPTED' and c.assigned_at is null and c.merged_into_id is null
           and not exists (select 1 from "cases"."clock_notice" n where n.case_id = c.id and n.clock in ('ROUTE', 'ACCEPT') and n.threshold = 100)
           ${after ? 'and c.id > ?' : ''}
         order by c.id
         limit ?`,
        [...(after ? [after] : []), batch],
      );
      after = rows.at(-1)?.id;
      sent += await recordAndPublish(tx, rows.map((row) => {
        const rules = RULE_SETS[row.rule_set] ?? RULE_SETS.NATIONAL;
        const deadline = computeDeadline(ClockKind.ROUTE, rules.clocks.ROUTE, new Date(row.registered_at), calendar);
        return { id: row.id, number: row.number, clock: ClockKind.ROUTE, unitId: row.unit_id, notified: Number(row.notified), deadline };
      }), calendar, now, publisher);
      return rows.length < batch;
    });
    if (done) return sent;
  }
}

interface ClockCandidate {
  id: string;
  number: string;
  clock: ClockKind;
  unitId: string;
  /** The highest threshold already told of this clock (0: none). */
  notified: number;
  deadline: Deadline;
}

/**
 * Works out which thresholds each clock crossed since it was last told, records them in `clock_notice`
 * with one insert and, in the same transaction, publishes a notice for each clock whose highest
 * threshold this insert recorded (a scan running at the same moment elsewhere that records it first
 * sends it instead). Returns the number of notices sent.
 */
async function recordAndPublish(tx: EntityManager, candidates: ClockCandidate[], calendar: WorkCalendar, now: Date, publisher: NoticePublisher): Promise<number> {
  const crossed: { case_id: string; clock: string; threshold: number; notified_at: string }[] = [];
  const facts = new Map<string, { candidate: ClockCandidate; level: number }>();
  for (const candidate of candidates) {
    const level = LEVEL[clockState(candidate.deadline, calendar, now).warning];
    if (level <= candidate.notified) continue;
    for (const threshold of THRESHOLDS.filter((t) => t > candidate.notified && t <= level)) {
      crossed.push({ case_id: candidate.id, clock: candidate.clock, threshold, notified_at: now.toISOString() });
    }
    facts.set(`${candidate.id}:${candidate.clock}`, { candidate, level });
  }
  if (crossed.length === 0) return 0;
  const recorded = await tx.execute<{ case_id: string; clock: string; threshold: number }[]>(
    `insert into "cases"."clock_notice" (case_id, clock, threshold, notified_at)
     select case_id, clock, threshold, notified_at from jsonb_to_recordset(?::jsonb) as r(case_id uuid, clock varchar(30), threshold smallint, notified_at timestamptz)
     on conflict do nothing returning case_id, clock, threshold`,
    [JSON.stringify(crossed)],
  );
  const highest = new Map<string, number>();
  for (const r of recorded) highest.set(`${r.case_id}:${r.clock}`, Math.max(highest.get(`${r.case_id}:${r.clock}`) ?? 0, Number(r.threshold)));
  const notices: NoticeJob[] = [];
  for (const [key, threshold] of highest) {
    const fact = facts.get(key);
    if (!fact || threshold !== fact.level) continue;
    const t = threshold as 50 | 75 | 100;
    const { candidate } = fact;
    notices.push({
      key: `clock:${candidate.id}:${candidate.clock}:${t}`,
      kind: KIND[t],
      unitIds: [candidate.unitId],
      title: `${candidate.number} ${CLOCK_NAMES[candidate.clock] ?? ''}${WORDS[t]}`,
      body: `${CLOCK_NAMES[candidate.clock] ?? candidate.clock}时限 ${candidate.deadline.dueDay} 到期`,
      subject: { type: 'Case', id: candidate.id, label: candidate.number },
      occurredAt: now.toISOString(),
    });
  }
  await publisher.publish(tx, notices);
  return notices.length;
}

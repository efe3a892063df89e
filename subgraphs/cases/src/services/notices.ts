import { type NoticeJob, type NoticePublisher, type WorkCalendar, dayOf } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClockKind, RULE_SETS, type Warning, clockState, computeDeadline } from '../clocks/rules';
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
  ACCEPT: '受理告知', HANDLE: '办理', REVIEW_DECISION: '复查', RE_REVIEW_DECISION: '复核',
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
 * acceptance and 交办) the petition bureau's unit that registered it (the unit of its REGISTERED event).
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
      const crossed: { case_id: string; clock: string; threshold: number; notified_at: string }[] = [];
      const facts = new Map<string, { row: (typeof rows)[number]; level: number; dueDay: string }>();
      for (const row of rows) {
        const rules = RULE_SETS[row.rule_set] ?? RULE_SETS.NATIONAL;
        const started = new Date(row.started_at);
        const deadline = computeDeadline(row.running_clock, rules.clocks[row.running_clock], started, calendar, row.running_clock === ClockKind.HANDLE ? row.extension_days : 0);
        const level = LEVEL[clockState(deadline, calendar, now).warning];
        if (level <= Number(row.notified)) continue;
        for (const threshold of THRESHOLDS.filter((t) => t > Number(row.notified) && t <= level)) {
          crossed.push({ case_id: row.id, clock: row.running_clock, threshold, notified_at: now.toISOString() });
        }
        facts.set(`${row.id}:${row.running_clock}`, { row, level, dueDay: deadline.dueDay });
      }
      if (crossed.length > 0) {
        // a scan running at the same moment elsewhere records a threshold first: then only it sends the notice
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
          notices.push({
            key: `clock:${fact.row.id}:${fact.row.running_clock}:${t}`,
            kind: KIND[t],
            unitIds: [fact.row.unit_id],
            title: `${fact.row.number} ${CLOCK_NAMES[fact.row.running_clock] ?? ''}${WORDS[t]}`,
            body: `${CLOCK_NAMES[fact.row.running_clock] ?? fact.row.running_clock}时限 ${fact.dueDay} 到期`,
            subject: { type: 'Case', id: fact.row.id, label: fact.row.number },
            occurredAt: now.toISOString(),
          });
        }
        await publisher.publish(tx, notices);
        sent += notices.length;
      }
      return rows.length < batch;
    });
    if (done) return sent;
  }
}

import { type Identity, type Plain, ValidationError, checkFirst, checkId, dayOf, decodeCursor, keysetPage, marks, selectPlain } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClockKind } from '../clocks/rules';
import { Case } from '../entities/case.entity';
import { CaseForm, FINISHED_STATUSES, VisitLevel } from '../types/case.enums';
import { HardCaseReason } from '../types/joint-meeting.type';
import { caseScopeSql } from './access';
import { UNIT_CLOCKS } from './clock-view';

const DAY = 86_400_000;

const CLOCK_NAMES: Partial<Record<ClockKind, string>> = {
  [ClockKind.ACCEPT]: '受理期限',
  [ClockKind.HANDLE]: '办理期限',
  [ClockKind.REVIEW_DECISION]: '复查期限',
  [ClockKind.RE_REVIEW_DECISION]: '复核期限',
};

const LEVEL_NAMES: Record<VisitLevel, string> = { DISTRICT: '到区', CITY: '到市', PROVINCE: '赴省', BEIJING: '进京' };

type CandidateRow = Plain<Case> & { reassigned: number };

/** The most cases one `caseParticipants` or `caseOutcomes` call may ask about. */
export const MAX_PARTICIPANT_IDS = 500;

/** Whole days from `from` to `to` in China time (calendar days, the way users count them). */
function daysBetween(from: Date, to: Date): number {
  return Math.round((Date.parse(`${dayOf(to)}T00:00:00Z`) - Date.parse(`${dayOf(from)}T00:00:00Z`)) / DAY);
}

/**
 * 疑难案件候选: open cases the joint meeting should look at, with why. A case is proposed when it is a
 * long-standing 积案 (registered more than `olderThanDays` ago and still open), a repeat (重复访) or
 * skip-level (越级访) petition, a collective visit (集体访), overdue on a unit's clock (红牌), placarded
 * (挂牌督办), when its lead unit disputes that it is competent (管辖异议, open until decided), or when its
 * lead was handed from one unit to another (the units disputed who is competent). Cases merged into another are left out (the
 * other carries the matter). Oldest first, a keyset page at a time; the caller's case scope applies.
 */
export async function hardCaseCandidates(em: EntityManager, identity: Identity | null, now: Date, olderThanDays: number, first: number, after?: string) {
  if (!Number.isInteger(olderThanDays) || olderThanDays < 1 || olderThanDays > 3650) {
    throw new ValidationError(`olderThanDays must be a whole number from 1 to 3650, got ${olderThanDays}`, 'olderThanDays');
  }
  const size = checkFirst(first, 200);
  const scope = caseScopeSql(identity, 'c');
  const longBefore = new Date(now.getTime() - olderThanDays * DAY);
  let afterKey: unknown[] = [];
  if (after) {
    const [at, id] = decodeCursor(after, ['date', 'id']);
    afterKey = [new Date(at as string), id];
  }
  const found = await candidateRows(em, scope, longBefore, now, afterKey, size + 1);
  const page = keysetPage(found, size, (row) => [row.registeredAt.toISOString(), row.id]);
  return {
    items: page.items.map((row) => explain(row, now, olderThanDays)),
    pageInfo: page.pageInfo,
  };
}

async function candidateRows(em: EntityManager, scope: { sql: string; params: string[] }, longBefore: Date, now: Date, after: unknown[], limit: number): Promise<CandidateRow[]> {
  const sql = `c where c.status not in (${marks(FINISHED_STATUSES)}) and c.merged_into_id is null
      and (c.registered_at < ? or c.is_repeat or c.form = ? or c.level_visited <> ? or c.placarded
           or (c.running_clock in (${marks(UNIT_CLOCKS)}) and c.due_at < ?)
           or c.competence_disputed_at is not null
           or exists (select 1 from "cases"."case_event" e where e.case_id = c.id and e.action = 'LEAD_REASSIGNED'))
      ${scope.sql} ${after.length ? 'and (c.registered_at, c.id) > (?, ?)' : ''}
      order by c.registered_at, c.id limit ${limit}`;
  const rows = await selectPlain(em, Case, sql, [
    ...FINISHED_STATUSES, longBefore, CaseForm.COLLECTIVE, VisitLevel.DISTRICT, ...UNIT_CLOCKS, now, ...scope.params, ...after,
  ]);
  if (!rows.length) return [];
  const counts = await em.getConnection().execute<{ case_id: string; n: number }[]>(
    `select case_id, count(*)::int as n from "cases"."case_event" where action = 'LEAD_REASSIGNED' and case_id in (${marks(rows)}) group by case_id`,
    rows.map((r) => r.id),
  );
  const byCase = new Map(counts.map((c) => [c.case_id, Number(c.n)]));
  return rows.map((row) => Object.assign(row, { reassigned: byCase.get(row.id) ?? 0 }));
}

function explain(row: CandidateRow, now: Date, olderThanDays: number) {
  const reasons: HardCaseReason[] = [];
  const explanations: string[] = [];
  const openDays = daysBetween(row.registeredAt, now);
  if (row.registeredAt.getTime() < now.getTime() - olderThanDays * DAY) {
    reasons.push(HardCaseReason.LONG_STANDING);
    explanations.push(`登记已${openDays}天仍未办结（积案，超过${olderThanDays}天）`);
  }
  if (row.runningClock && UNIT_CLOCKS.includes(row.runningClock) && row.dueAt && row.dueAt < now) {
    reasons.push(HardCaseReason.OVERDUE);
    explanations.push(`${CLOCK_NAMES[row.runningClock] ?? '期限'}已超期${Math.max(1, daysBetween(row.dueAt, now))}天（红牌）`);
  }
  if (row.isRepeat) {
    reasons.push(HardCaseReason.REPEAT);
    explanations.push('重复访: 同一信访人就同一事项再次信访');
  }
  if (row.levelVisited !== VisitLevel.DISTRICT) {
    reasons.push(HardCaseReason.SKIP_LEVEL);
    explanations.push(`越级访: ${LEVEL_NAMES[row.levelVisited]}`);
  }
  if (row.form === CaseForm.COLLECTIVE) {
    reasons.push(HardCaseReason.COLLECTIVE);
    explanations.push(`集体访: ${row.headCount}人`);
  }
  if (row.placarded) {
    reasons.push(HardCaseReason.PLACARDED);
    explanations.push('已挂牌督办');
  }
  if (row.competenceDisputedAt || row.reassigned > 0) reasons.push(HardCaseReason.DISPUTED_COMPETENCE);
  if (row.competenceDisputedAt) {
    const [, month, day] = dayOf(row.competenceDisputedAt).split('-').map(Number);
    explanations.push(`牵头单位${month}月${day}日提出管辖异议：${row.competenceDisputeReason ?? ''}`);
  }
  if (row.reassigned > 0) explanations.push(`牵头单位已更换${row.reassigned}次（管辖存在争议）`);
  return { case: row as Case, reasons, explanations, openDays };
}

/** Checks the ids of a participants or outcomes call: at most 500, each a UUID; duplicates asked once. */
export function checkCaseIds(ids: string[]): string[] {
  if (ids.length > MAX_PARTICIPANT_IDS) throw new ValidationError(`ids: at most ${MAX_PARTICIPANT_IDS} cases at a time, got ${ids.length}`, 'ids');
  return [...new Set(ids.map((id, i) => checkId(id, `ids[${i}]`)))];
}

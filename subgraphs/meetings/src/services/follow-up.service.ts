import { ValidationError, checkFirst, decodeCursor, keysetPage } from '@lianban/kit';
import type { AgendaItem } from '../entities/agenda-item.entity';
import { Decision } from '../entities/decision.entity';
import { Meeting } from '../entities/meeting.entity';
import type { MeetingsContext } from '../loaders';
import { DecisionStatus, MeetingStatus } from '../types/meeting.enums';
import { visibleAgenda, visibleCasesOf } from './agenda-visibility';
import { statusesOf } from './decision.service';
import { checkDay } from './meeting.service';

export interface FollowUpFigures {
  meetingsHeld: number;
  casesStudied: number;
  decisionsRecorded: number;
  decisionsCarriedOut: number;
  decisionsPending: number;
  decisionsOverdue: number;
  casesCarriedOut: number;
  /** casesCarriedOut / casesStudied in percent, one decimal; null when no case was studied */
  rate: number | null;
  summary: string;
}

/** 落实率 as users print it: 90%, 87.5%. */
function percent(part: number, whole: number): number | null {
  return whole ? Math.round((part / whole) * 1000) / 10 : null;
}

/** Whether the caller may see a decision: about a case it may see, or on an item it sees. */
async function visibleDecision(ctx: MeetingsContext, decision: Decision): Promise<boolean> {
  if (decision.caseId) return ctx.loaders.caseVisible.load(decision.caseId);
  const item = await ctx.loaders.agendaItem.load(decision.agendaItem.id);
  if (!item) return false;
  const links = await ctx.loaders.linksByItem.load(item.id);
  return !links.length || (await visibleCasesOf(ctx, item as AgendaItem)).length > 0;
}

/**
 * 研究案件N件, 已落实M件, 落实率X%: of the sessions given (held, or with minutes published), the cases
 * their agendas studied, the decisions recorded and where each stands. A studied case counts as carried out
 * when it has decisions and every one of them is carried out. The caller's case visibility applies.
 */
export async function followUpFigures(ctx: MeetingsContext, meetings: Pick<Meeting, 'id' | 'status'>[]): Promise<FollowUpFigures> {
  const held = meetings.filter((m) => m.status === MeetingStatus.HELD || m.status === MeetingStatus.MINUTES_PUBLISHED);
  const items = (await Promise.all(held.map((m) => visibleAgenda(ctx, m.id)))).flat();
  const studied = new Set((await Promise.all(items.map((item) => visibleCasesOf(ctx, item)))).flat());
  const decisions = (await Promise.all(items.map((item) => ctx.loaders.decisionsByItem.load(item.id)))).flat()
    .filter((d) => !d.caseId || studied.has(d.caseId));
  const statuses = await statusesOf(ctx, decisions);
  const byCase = new Map<string, DecisionStatus[]>();
  decisions.forEach((d, i) => {
    if (d.caseId) byCase.set(d.caseId, [...(byCase.get(d.caseId) ?? []), statuses[i]]);
  });
  const casesCarriedOut = [...studied].filter((id) => (byCase.get(id) ?? []).length && byCase.get(id)!.every((s) => s === DecisionStatus.CARRIED_OUT)).length;
  const rate = percent(casesCarriedOut, studied.size);
  return {
    meetingsHeld: held.length,
    casesStudied: studied.size,
    decisionsRecorded: decisions.length,
    decisionsCarriedOut: statuses.filter((s) => s === DecisionStatus.CARRIED_OUT).length,
    decisionsPending: statuses.filter((s) => s === DecisionStatus.PENDING).length,
    decisionsOverdue: statuses.filter((s) => s === DecisionStatus.OVERDUE).length,
    casesCarriedOut,
    rate,
    summary: `研究案件${studied.size}件, 已落实${casesCarriedOut}件, 落实率${rate ?? 0}%`,
  };
}

/** The figures of the sessions held in [from, to) (days, China time). */
export async function periodFigures(ctx: MeetingsContext, from: string, to: string): Promise<FollowUpFigures & { from: string; to: string }> {
  checkDay(from, 'from');
  checkDay(to, 'to');
  if (to <= from) throw new ValidationError(`to (${to}) must come after from (${from})`, 'to');
  const meetings = await ctx.em.find(
    Meeting,
    { heldOn: { $gte: from, $lt: to }, status: { $in: [MeetingStatus.HELD, MeetingStatus.MINUTES_PUBLISHED] } },
    { orderBy: { heldOn: 'asc', id: 'asc' } },
  );
  return { from, to, ...(await followUpFigures(ctx, meetings)) };
}

/**
 * 督查台账: decisions by deadline (soonest first), each with its status, a keyset page at a time; only the
 * decisions the caller may see, optionally only those in a status or with a deadline in [from, to).
 */
export async function decisionBoard(ctx: MeetingsContext, options: { statuses?: DecisionStatus[]; from?: string; to?: string; first: number; after?: string }) {
  const first = checkFirst(options.first, 200);
  if (options.from) checkDay(options.from, 'from');
  if (options.to) checkDay(options.to, 'to');
  let cursor = options.after ? (decodeCursor(options.after, ['date', 'id']) as [string, string]) : undefined;
  const found: { decision: Decision; status: DecisionStatus }[] = [];
  const chunk = Math.max(first + 1, 100);
  for (;;) {
    const where: Record<string, unknown> = {};
    const deadline: Record<string, string> = {};
    if (options.from) deadline.$gte = options.from;
    if (options.to) deadline.$lt = options.to;
    if (Object.keys(deadline).length) where.deadline = deadline;
    const afterCursor = cursor
      ? { $or: [{ deadline: { $gt: cursor[0].slice(0, 10) } }, { deadline: cursor[0].slice(0, 10), id: { $gt: cursor[1] } }] }
      : {};
    const rows = await ctx.em.find(Decision, { ...where, ...afterCursor }, { orderBy: { deadline: 'asc', id: 'asc' }, limit: chunk });
    const visible = await Promise.all(rows.map((d) => visibleDecision(ctx, d)));
    const shown = rows.filter((_d, i) => visible[i]);
    const statuses = await statusesOf(ctx, shown);
    shown.forEach((decision, i) => {
      if (!options.statuses?.length || options.statuses.includes(statuses[i])) found.push({ decision, status: statuses[i] });
    });
    if (found.length > first || rows.length < chunk) break;
    const last = rows[rows.length - 1];
    cursor = [`${last.deadline}T00:00:00Z`, last.id];
  }
  const page = keysetPage(found, first, (row) => [`${row.decision.deadline}T00:00:00.000Z`, row.decision.id]);
  return { items: page.items.map((row) => Object.assign(row.decision, { status: row.status })), pageInfo: page.pageInfo };
}

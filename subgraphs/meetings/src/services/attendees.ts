import type { MeetingsContext } from '../loaders';
import type { CaseParticipants } from './case-records';

export interface Attendees {
  /** 参会单位: each case's lead and cooperating units. */
  unitIds: string[];
  /** 参会领导: each case's 包案 leader and the body's convenor. */
  leaderIds: string[];
  /** The cases behind them, as the cases subgraph answered. */
  cases: CaseParticipants[];
}

/**
 * Who must attend for these cases: never copied into this subgraph's tables, always asked of the cases
 * subgraph (`caseParticipants`, one call per batch, with the caller's token: a case the caller may not
 * see adds nobody), plus the convenor of the joint meeting.
 */
export async function attendeesOf(ctx: MeetingsContext, caseIds: string[]): Promise<Attendees> {
  const found = (await Promise.all(caseIds.map((id) => ctx.loaders.participants.load(id)))).filter((p): p is CaseParticipants => p !== null);
  const body = await ctx.loaders.body();
  const units = new Set<string>();
  const leaders = new Set<string>();
  for (const p of found) {
    if (p.leadUnitId) units.add(p.leadUnitId);
    for (const unit of p.cooperatingUnitIds) units.add(unit);
    if (p.ownerLeaderId) leaders.add(p.ownerLeaderId);
  }
  if (body) leaders.add(body.convenorId);
  return { unitIds: [...units], leaderIds: [...leaders], cases: found };
}

/** Who must attend a whole session: everyone its agenda's cases need, and the convenor. */
export async function requiredAttendees(ctx: MeetingsContext, meetingId: string): Promise<Attendees> {
  const items = await ctx.loaders.itemsByMeeting.load(meetingId);
  const links = await Promise.all(items.map((item) => ctx.loaders.linksByItem.load(item.id)));
  return attendeesOf(ctx, [...new Set(links.flat().map((link) => link.caseId))]);
}

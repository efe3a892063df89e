import type { AgendaItem } from '../entities/agenda-item.entity';
import type { MeetingsContext } from '../loaders';

/**
 * What a caller sees of the joint meeting (the rules are the cases subgraph's; see CaseVisibility):
 * - a meeting itself (title, kind, date, status) is the joint meeting's published schedule: every signed-in
 *   caller sees it;
 * - an agenda item about cases is shown when the caller may see at least one of them, with the title and
 *   decision (the caller's unit takes part in it), and `cases` lists only those the caller may see; an item
 *   about no case (e.g. a report on last session's decisions) is shown to everyone who sees the meeting;
 * - items keep their `position` on the agenda, so a partly visible agenda has gaps: it tells that other
 *   items exist, never what they are about;
 * - `Case.agendaItems` of a case the caller may not see is empty, as if the case did not exist.
 * Each step asks the cases subgraph once for every case its batch names (a request-scoped DataLoader).
 */
async function visibleAmong(ctx: MeetingsContext, caseIds: string[]): Promise<string[]> {
  // Promise.all, not loadMany: when the cases subgraph cannot answer, the field fails instead of hiding
  const flags = await Promise.all(caseIds.map((id) => ctx.loaders.caseVisible.load(id)));
  return caseIds.filter((_id, i) => flags[i]);
}

/** The cases an item is about, as far as the caller may see them. */
export async function visibleCasesOf(ctx: MeetingsContext, item: AgendaItem): Promise<string[]> {
  return visibleAmong(ctx, (await ctx.loaders.linksByItem.load(item.id)).map((link) => link.caseId));
}

/** The items of a meeting's agenda the caller may see, in order. */
export async function visibleAgenda(ctx: MeetingsContext, meetingId: string): Promise<AgendaItem[]> {
  const items = await ctx.loaders.itemsByMeeting.load(meetingId);
  const links = await Promise.all(items.map((item) => ctx.loaders.linksByItem.load(item.id)));
  const visible = new Set(await visibleAmong(ctx, [...new Set(links.flat().map((link) => link.caseId))]));
  return items.filter((_item, i) => !links[i].length || links[i].some((link) => visible.has(link.caseId)));
}

/** The agenda items that took a case up; none when the caller may not see the case. */
export async function agendaItemsOfCase(ctx: MeetingsContext, caseId: string): Promise<AgendaItem[]> {
  const items = (await ctx.loaders.linksByCase.load(caseId)).map((link) => link.agendaItem);
  // nothing to say, so nothing to ask (and every case that has items asks in the same batch)
  if (!items.length) return [];
  // the other cases of those items are asked about in the same call, for AgendaItem.cases
  const others = await Promise.all(items.map((item) => ctx.loaders.linksByItem.load(item.id)));
  const visible = new Set(await visibleAmong(ctx, [...new Set([caseId, ...others.flat().map((link) => link.caseId)])]));
  return visible.has(caseId) ? items : [];
}

/**
 * Whether the caller sees a session at all: everyone but a liaison does; a liaison sees a session whose
 * agenda has an item it may see (about one of its cases, or about no case) or that has no agenda yet,
 * and nothing of a session that is only about other units' cases.
 */
export async function meetingVisible(ctx: MeetingsContext, meetingId: string): Promise<boolean> {
  if (ctx.identity?.role !== 'LIAISON') return Boolean(ctx.identity);
  const items = await ctx.loaders.itemsByMeeting.load(meetingId);
  if (!items.length) return true;
  return (await visibleAgenda(ctx, meetingId)).length > 0;
}

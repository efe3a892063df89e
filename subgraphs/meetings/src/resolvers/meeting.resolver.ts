import { checkFirst, checkId, decodeCursor, keysetPage, NotFoundError, requireIdentity } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgendaItem } from '../entities/agenda-item.entity';
import { Meeting } from '../entities/meeting.entity';
import type { MeetingsContext } from '../loaders';
import { meetingVisible, visibleAgenda } from '../services/agenda-visibility';
import { requiredAttendees } from '../services/attendees';
import { followUpFigures } from '../services/follow-up.service';
import { checkDay, MeetingService } from '../services/meeting.service';
import { noticeDocx, sessionIcs } from '../services/notice.service';
import { CreateMeetingInput, MeetingFilter } from '../types/meeting.inputs';
import { DownloadFile, FollowUpFigures, MeetingPage, RequiredAttendees } from '../types/meeting.outputs';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingPage, {
    description: 'Sessions of the joint meeting, newest first (by day, then id), a keyset page at a time. A liaison gets only sessions with an agenda item it may see, or with no agenda yet',
  })
  async meetings(
    @Ctx() ctx: MeetingsContext,
    @Arg('filter', () => MeetingFilter, { nullable: true }) filter: MeetingFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<MeetingPage> {
    requireIdentity(ctx.identity);
    const size = checkFirst(first, 200);
    const where: Record<string, unknown> = {};
    if (filter?.statuses?.length) where.status = { $in: filter.statuses };
    if (filter?.kind) where.kind = filter.kind;
    const held: Record<string, string> = {};
    if (filter?.from) held.$gte = checkDay(filter.from, 'filter.from');
    if (filter?.to) held.$lt = checkDay(filter.to, 'filter.to');
    let cursor = after ? decodeCursor(after, ['date', 'id']).map(String) : undefined;
    const found: Meeting[] = [];
    const chunk = size + 1;
    for (;;) {
      const conditions: object[] = [where];
      if (Object.keys(held).length) conditions.push({ heldOn: held });
      if (cursor) conditions.push({ $or: [{ heldOn: { $lt: cursor[0].slice(0, 10) } }, { heldOn: cursor[0].slice(0, 10), id: { $lt: cursor[1] } }] });
      const rows = await ctx.em.find(Meeting, { $and: conditions } as never, { orderBy: { heldOn: 'desc', id: 'desc' }, limit: chunk });
      const shown = await Promise.all(rows.map((m) => meetingVisible(ctx, m.id)));
      found.push(...rows.filter((_m, i) => shown[i]));
      if (found.length > size || rows.length < chunk) break;
      const last = rows[rows.length - 1];
      cursor = [`${last.heldOn}T00:00:00.000Z`, last.id];
    }
    return keysetPage(found, size, (m) => [`${m.heldOn}T00:00:00.000Z`, m.id]);
  }

  @Query(() => Meeting)
  async meeting(@Ctx() ctx: MeetingsContext, @Arg('id', () => ID) id: string): Promise<Meeting> {
    const found = await ctx.loaders.meeting.load(checkId(id, 'id'));
    if (!found || !(await meetingVisible(ctx, found.id))) throw new NotFoundError('Meeting', id);
    return found;
  }

  @FieldResolver(() => Int, { description: 'Optimistic lock: send it back with a change of status' })
  version(@Root() meeting: Meeting): number {
    return meeting.version;
  }

  @FieldResolver(() => [AgendaItem], {
    nullable: true,
    description: '议程: the items the caller may see (about a case the caller may see, or about no case); null with SERVICE_UNAVAILABLE when the cases subgraph cannot say which',
  })
  agenda(@Root() meeting: Meeting, @Ctx() ctx: MeetingsContext): Promise<AgendaItem[]> {
    return visibleAgenda(ctx, meeting.id);
  }

  @FieldResolver(() => RequiredAttendees, { nullable: true, description: '应参会单位和领导 of the whole agenda (from the cases subgraph) and the convenor' })
  async requiredAttendees(@Root() meeting: Meeting, @Ctx() ctx: MeetingsContext): Promise<RequiredAttendees> {
    const found = await requiredAttendees(ctx, meeting.id);
    return { ...found, units: found.unitIds.map((id) => ({ id })), leaders: found.leaderIds.map((id) => ({ id })) };
  }

  @FieldResolver(() => FollowUpFigures, { nullable: true, description: 'This session\'s 研究案件N件, 已落实M件, 落实率X% (zero until it is held)' })
  followUp(@Root() meeting: Meeting, @Ctx() ctx: MeetingsContext): Promise<FollowUpFigures> {
    return followUpFigures(ctx, [meeting]);
  }

  @FieldResolver(() => DownloadFile, { nullable: true, description: 'The session as an RFC 5545 calendar file (times in Asia/Shanghai, the room as location, the units that must attend)' })
  async calendarFile(@Root() meeting: Meeting, @Ctx() ctx: MeetingsContext): Promise<DownloadFile> {
    const ics = await sessionIcs(ctx, meeting);
    return { fileName: `${meeting.title}.ics`, mimeType: 'text/calendar; charset=utf-8', base64: Buffer.from(ics, 'utf8').toString('base64') };
  }

  @FieldResolver(() => DownloadFile, { nullable: true, description: '会议通知 as a Word document (.docx): 关于召开…的通知 with time, place, attendees and agenda' })
  async noticeDocument(@Root() meeting: Meeting, @Ctx() ctx: MeetingsContext): Promise<DownloadFile> {
    const file = await noticeDocx(ctx, meeting);
    return { fileName: `关于召开${meeting.title}的通知.docx`, mimeType: DOCX, base64: file.toString('base64') };
  }

  @Mutation(() => Meeting, { description: '新建会议 (联席办): a regular session gets the next number; a special one (专题) its subject' })
  createMeeting(@Ctx() ctx: MeetingsContext, @Arg('input', () => CreateMeetingInput) input: CreateMeetingInput): Promise<Meeting> {
    return new MeetingService(ctx).create(input);
  }

  @Mutation(() => Meeting, { description: '发布排期: PLANNED -> SCHEDULED; needs its time and a room with enough seats' })
  publishMeetingSchedule(@Ctx() ctx: MeetingsContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<Meeting> {
    return new MeetingService(ctx).publishSchedule(id, version);
  }

  @Mutation(() => Meeting, { description: '已召开: SCHEDULED -> HELD' })
  recordMeetingHeld(@Ctx() ctx: MeetingsContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<Meeting> {
    return new MeetingService(ctx).recordHeld(id, version);
  }

  @Mutation(() => Meeting, { description: '印发纪要: HELD -> MINUTES_PUBLISHED' })
  publishMinutes(
    @Ctx() ctx: MeetingsContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('minutes', () => String) minutes: string,
  ): Promise<Meeting> {
    return new MeetingService(ctx).publishMinutes(id, version, minutes);
  }

  @Mutation(() => Meeting, { description: '取消 a planned or scheduled session, with the reason' })
  cancelMeeting(
    @Ctx() ctx: MeetingsContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ): Promise<Meeting> {
    return new MeetingService(ctx).cancel(id, version, reason);
  }

  @Mutation(() => AgendaItem, { description: '列入议题: an item about one or more cases (e.g. from hardCaseCandidates) on a session not yet held' })
  addAgendaItem(
    @Ctx() ctx: MeetingsContext,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('caseIds', () => [ID]) caseIds: string[],
    @Arg('title', () => String, { nullable: true }) title?: string,
  ): Promise<AgendaItem> {
    return new MeetingService(ctx).addAgendaItem(meetingId, caseIds, title);
  }

  @Mutation(() => Meeting, { description: 'Take an item off the agenda of a session not yet held; the items after it move up' })
  removeAgendaItem(@Ctx() ctx: MeetingsContext, @Arg('agendaItemId', () => ID) agendaItemId: string): Promise<Meeting> {
    return new MeetingService(ctx).removeAgendaItem(agendaItemId);
  }

  @Mutation(() => Meeting, { description: 'Put the agenda in this order (every item once)' })
  reorderAgenda(
    @Ctx() ctx: MeetingsContext,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('agendaItemIds', () => [ID]) agendaItemIds: string[],
  ): Promise<Meeting> {
    return new MeetingService(ctx).reorderAgenda(meetingId, agendaItemIds);
  }
}

import { NotFoundError, requireIdentity } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgendaItem } from '../entities/agenda-item.entity';
import { Decision } from '../entities/decision.entity';
import { JointMeeting } from '../entities/joint-meeting.entity';
import { Meeting } from '../entities/meeting.entity';
import type { MeetingsContext } from '../loaders';
import { attendeesOf } from '../services/attendees';
import { visibleCasesOf } from '../services/agenda-visibility';
import { setJointMeeting } from '../services/body.service';
import { recordDecision, recordDecisionEvidence, statusesOf } from '../services/decision.service';
import { decisionBoard, periodFigures } from '../services/follow-up.service';
import { CaseRef } from '../types/case.type';
import { DecisionStatus } from '../types/meeting.enums';
import { JointMeetingInput, RecordDecisionInput } from '../types/meeting.inputs';
import { DecisionPage, MeetingStatistics, PersonRef, RequiredAttendees } from '../types/meeting.outputs';

@Resolver(() => Decision)
export class DecisionResolver {
  @Mutation(() => Decision, {
    description: '会议决定 (联席办): lead, cooperating units, 包案 leader, handler and deadline (not before today); a change of who leads or cooperates is carried into the case (its timeline names the session)',
  })
  recordDecision(@Ctx() ctx: MeetingsContext, @Arg('input', () => RecordDecisionInput) input: RecordDecisionInput): Promise<Decision> {
    return recordDecision(ctx, input);
  }

  @Mutation(() => Decision, { description: '落实情况: evidence that a decision was carried out (联席办)' })
  recordDecisionEvidence(
    @Ctx() ctx: MeetingsContext,
    @Arg('decisionId', () => ID) decisionId: string,
    @Arg('version', () => Int) version: number,
    @Arg('evidence', () => String) evidence: string,
  ): Promise<Decision> {
    return recordDecisionEvidence(ctx, decisionId, version, evidence);
  }

  @Query(() => DecisionPage, { description: '督查台账: decisions by deadline, soonest first, with status, owner and deadline; only those the caller may see' })
  followUpBoard(
    @Ctx() ctx: MeetingsContext,
    @Arg('statuses', () => [DecisionStatus], { nullable: true }) statuses: DecisionStatus[] | undefined,
    @Arg('from', () => String, { nullable: true, description: 'Deadline on or after (YYYY-MM-DD)' }) from: string | undefined,
    @Arg('to', () => String, { nullable: true, description: 'Deadline before (YYYY-MM-DD)' }) to: string | undefined,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<DecisionPage> {
    requireIdentity(ctx.identity);
    return decisionBoard(ctx, { statuses, from, to, first, after });
  }

  @Query(() => MeetingStatistics, { description: '联席会议督查统计: sessions held in [from, to) (days, China time), cases studied, decisions carried out, 落实率' })
  meetingStatistics(@Ctx() ctx: MeetingsContext, @Arg('from', () => String) from: string, @Arg('to', () => String) to: string): Promise<MeetingStatistics> {
    requireIdentity(ctx.identity);
    return periodFigures(ctx, from, to);
  }

  @FieldResolver(() => DecisionStatus, { nullable: true, description: 'PENDING, CARRIED_OUT or OVERDUE (asks the cases subgraph whether the case was replied to or closed in time)' })
  async status(@Root() decision: Decision & { status?: DecisionStatus }, @Ctx() ctx: MeetingsContext): Promise<DecisionStatus> {
    return decision.status ?? (await statusesOf(ctx, [decision]))[0];
  }

  @FieldResolver(() => CaseRef, { nullable: true, description: 'The case decided on (null for a decision on the item as a whole)' })
  case(@Root() decision: Decision): CaseRef | null {
    return decision.caseId ? { id: decision.caseId } : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: '包案领导' })
  ownerLeader(@Root() decision: Decision): PersonRef | null {
    return decision.ownerLeaderId ? { id: decision.ownerLeaderId } : null;
  }

  @FieldResolver(() => AgendaItem)
  async agendaItem(@Root() decision: Decision, @Ctx() ctx: MeetingsContext): Promise<AgendaItem> {
    const item = await ctx.loaders.agendaItem.load(decision.agendaItem.id);
    if (!item) throw new NotFoundError('AgendaItem', decision.agendaItem.id);
    return item as AgendaItem;
  }
}

@Resolver(() => AgendaItem)
export class AgendaFollowUpResolver {
  @FieldResolver(() => [Decision], { nullable: true, description: '会议决定 on this item, as far as the caller may see their cases' })
  async decisions(@Root() item: AgendaItem, @Ctx() ctx: MeetingsContext): Promise<Decision[]> {
    const [decisions, visible] = await Promise.all([ctx.loaders.decisionsByItem.load(item.id), visibleCasesOf(ctx, item)]);
    return decisions.filter((d) => !d.caseId || visible.includes(d.caseId));
  }

  @FieldResolver(() => RequiredAttendees, { nullable: true, description: '应参会: each case\'s lead and cooperating units and 包案 leader (from the cases subgraph), and the convenor' })
  async requiredAttendees(@Root() item: AgendaItem, @Ctx() ctx: MeetingsContext): Promise<RequiredAttendees> {
    const found = await attendeesOf(ctx, (await ctx.loaders.linksByItem.load(item.id)).map((l) => l.caseId));
    return { unitIds: found.unitIds, leaderIds: found.leaderIds, units: found.unitIds.map((id) => ({ id })), leaders: found.leaderIds.map((id) => ({ id })) };
  }
}

@Resolver(() => JointMeeting)
export class JointMeetingResolver {
  @Query(() => JointMeeting, { nullable: true, description: '信访联席会议: the body (null until the office sets it up)' })
  jointMeeting(@Ctx() ctx: MeetingsContext): Promise<JointMeeting | null> {
    requireIdentity(ctx.identity);
    return ctx.loaders.body();
  }

  @Mutation(() => JointMeeting, { description: 'Set up or change the body (联席办, admins); units and people are checked in the departments directory' })
  setJointMeeting(@Ctx() ctx: MeetingsContext, @Arg('input', () => JointMeetingInput) input: JointMeetingInput): Promise<JointMeeting> {
    return setJointMeeting(ctx, input);
  }

  @FieldResolver(() => PersonRef, { description: '召集人' })
  convenor(@Root() body: JointMeeting): PersonRef {
    return { id: body.convenorId };
  }

  @FieldResolver(() => [Meeting], { description: 'The next sessions not yet held (planned or scheduled), soonest first' })
  upcoming(@Root() _body: JointMeeting, @Ctx() ctx: MeetingsContext): Promise<Meeting[]> {
    return ctx.em.find(Meeting, { status: { $in: ['PLANNED', 'SCHEDULED'] } } as never, { orderBy: { heldOn: 'asc', id: 'asc' }, limit: 10 });
  }
}

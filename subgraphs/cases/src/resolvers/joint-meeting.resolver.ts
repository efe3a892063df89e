import { ForbiddenError, forwardedHeaders, requireIdentity } from '@lianban/kit';
import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ClockKind } from '../clocks/rules';
import { Case } from '../entities/case.entity';
import type { CasesContext } from '../loaders';
import { checkCaseIds, hardCaseCandidates } from '../services/joint-meeting.service';
import { LifecycleService } from '../services/lifecycle.service';
import { FINISHED_STATUSES, TaskRole, TaskStatus } from '../types/case.enums';
import { CaseOutcome, CaseParticipants, HardCaseCandidatePage, JointMeetingDecisionInput } from '../types/joint-meeting.type';

/** The cases of `ids` the caller may see, in the order asked (unknown and hidden ids left out). */
async function visibleCases(ctx: CasesContext, ids: string[]): Promise<Case[]> {
  const wanted = checkCaseIds(ids);
  const found = await ctx.loaders.case.loadMany(wanted);
  return found.filter((matter): matter is Case => matter !== null && !(matter instanceof Error));
}

/**
 * What the joint meeting (meetings subgraph) asks of the cases subgraph, as documented service calls:
 * who must attend when a case is taken up, which cases to propose, how a case stands for the follow-up
 * of a decision, and carrying a decision into the case.
 */
@Resolver()
export class JointMeetingResolver {
  @Query(() => [CaseParticipants], {
    description: 'Service call: the lead and cooperating units, 包案 leader, handling deadline and township of each case (only cases the caller may see; at most 500 ids; unknown ids are left out)',
  })
  @Directive('@inaccessible')
  async caseParticipants(@Ctx() ctx: CasesContext, @Arg('ids', () => [ID]) ids: string[]): Promise<CaseParticipants[]> {
    const cases = await visibleCases(ctx, ids);
    const tasks = await ctx.loaders.tasks.loadMany(cases.map((c) => c.id));
    return cases.map((matter, i) => {
      const own = tasks[i];
      const cooperating = own instanceof Error ? [] : own.filter((t) => t.role === TaskRole.COOPERATING && t.status !== TaskStatus.WITHDRAWN);
      const running = matter.runningClock === ClockKind.HANDLE && !FINISHED_STATUSES.includes(matter.status) && !matter.mergedIntoId;
      return {
        caseId: matter.id,
        number: matter.number,
        leadUnitId: matter.leadDepartmentId ?? null,
        cooperatingUnitIds: [...new Set(cooperating.map((t) => t.unitId))],
        ownerLeaderId: matter.leaderId ?? null,
        handlingDueAt: running ? (matter.dueAt ?? null) : null,
        townshipId: matter.townshipId,
      };
    });
  }

  @Query(() => [CaseOutcome], { description: 'Service call: status and reply/close times of each case, for the follow-up (督查) of joint-meeting decisions (only cases the caller may see; at most 500 ids)' })
  @Directive('@inaccessible')
  async caseOutcomes(@Ctx() ctx: CasesContext, @Arg('ids', () => [ID]) ids: string[]): Promise<CaseOutcome[]> {
    return (await visibleCases(ctx, ids)).map((matter) => ({
      caseId: matter.id,
      number: matter.number,
      status: matter.status,
      repliedAt: matter.repliedAt ?? null,
      closedAt: matter.closedAt ?? null,
    }));
  }

  @Query(() => HardCaseCandidatePage, {
    description: '疑难案件候选: open cases to propose to the joint meeting (积案 open more than olderThanDays, 重复访, 越级访, 集体访, 超期/红牌, 挂牌督办, 管辖争议), each with its reasons; oldest first, among the cases the caller may see',
  })
  hardCaseCandidates(
    @Ctx() ctx: CasesContext,
    @Arg('olderThanDays', () => Int, { defaultValue: 90 }) olderThanDays: number,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<HardCaseCandidatePage> {
    requireIdentity(ctx.identity);
    return hardCaseCandidates(ctx.em, ctx.identity, ctx.now(), olderThanDays, first, after);
  }

  @Mutation(() => Case, {
    description: '依联席会议决定: carry a joint-meeting decision (lead, cooperating units, 包案 leader) into the case; the timeline names the session. For the secretariat (联席办), the bureau and admins',
  })
  applyJointMeetingDecision(@Ctx() ctx: CasesContext, @Arg('input', () => JointMeetingDecisionInput) input: JointMeetingDecisionInput): Promise<Case> {
    const caller = requireIdentity(ctx.identity);
    if (!['SECRETARIAT', 'REGISTRAR', 'ADMIN'].includes(caller.role)) {
      throw new ForbiddenError(`carrying a joint-meeting decision into a case is for the secretariat (联席办); you sign in as ${caller.role}`);
    }
    const service = new LifecycleService(ctx.em, ctx.calendar, ctx.now, ctx.directory, forwardedHeaders(ctx), ctx.notices);
    return service.applyJointMeetingDecision(input, { actorId: caller.personId, unitId: caller.unitId });
  }
}

import { ForbiddenError, NotFoundError, type Role, checkId, forwardedHeaders, requireIdentity } from '@lianban/kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { CaseTask } from '../entities/case-task.entity';
import { Case } from '../entities/case.entity';
import { Supervision } from '../entities/supervision.entity';
import type { CasesContext } from '../loaders';
import { LifecycleService } from '../services/lifecycle.service';
import {
  AddCooperatingUnitInput,
  AssignCaseInput,
  CaseChangeInput,
  CloseCaseInput,
  DecideInput,
  DisputeCompetenceInput,
  ExtendDeadlineInput,
  KeepLeadUnitInput,
  MergeCasesInput,
  ReassignLeadInput,
  RegisterCaseInput,
  RejectCaseInput,
  ReplyCaseInput,
  SuperviseCaseInput,
  TaskChangeInput,
} from '../types/case-inputs';

const service = (ctx: CasesContext) => new LifecycleService(ctx.em, ctx.calendar, ctx.now, ctx.directory, forwardedHeaders(ctx), ctx.notices);

/**
 * The change as made by the signed-in caller: the timeline records who they are. Bureau staff may
 * record a step for the unit named in the input (a sign-for taken by phone); a liaison acts for their unit.
 */
function byCaller<T extends { actorId?: string; unitId?: string }>(ctx: CasesContext, input: T, roles: Role[], what: string): T {
  const caller = requireIdentity(ctx.identity);
  if (!roles.includes(caller.role)) throw new ForbiddenError(`${what} is not for ${caller.role}; it needs ${roles.join(' or ')}`);
  return { ...input, actorId: caller.personId, unitId: caller.role === 'LIAISON' ? caller.unitId : (input.unitId ?? caller.unitId) };
}

const BUREAU: Role[] = ['REGISTRAR', 'ADMIN'];
const LEAD_UNIT: Role[] = ['REGISTRAR', 'ADMIN', 'LIAISON'];

/** A liaison works only on the cases its unit leads. */
async function requireLeadUnit(ctx: CasesContext, caseId: string) {
  const caller = requireIdentity(ctx.identity);
  if (caller.role !== 'LIAISON') return;
  const matter = await ctx.em.findOne(Case, { id: checkId(caseId, 'input.caseId') });
  if (!matter || matter.leadDepartmentId !== caller.unitId) {
    if (matter && (await ctx.loaders.case.load(matter.id))) throw new ForbiddenError('only the lead unit (牵头单位) does this');
    throw new NotFoundError('Case', caseId);
  }
}

/** A liaison works only on its own unit's tasks. */
async function requireOwnTask(ctx: CasesContext, taskId: string) {
  const caller = requireIdentity(ctx.identity);
  if (caller.role !== 'LIAISON') return;
  const task = await ctx.em.findOne(CaseTask, { id: checkId(taskId, 'input.taskId') });
  if (!task || task.unitId !== caller.unitId) throw new NotFoundError('CaseTask', taskId);
}

/** The petition lifecycle: each mutation is one step, checked against the case's state and version. */
@Resolver(() => Case)
export class LifecycleResolver {
  @Mutation(() => Case, { description: '登记: register a matter (idempotent with idempotencyKey)' })
  async registerCase(@Ctx() ctx: CasesContext, @Arg('input', () => RegisterCaseInput) input: RegisterCaseInput) {
    return service(ctx).register(byCaller(ctx, input, BUREAU, 'registering a case'));
  }

  @Mutation(() => Case, { description: '受理' })
  async acceptCase(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    return service(ctx).accept(byCaller(ctx, input, BUREAU, 'accepting a case'));
  }

  @Mutation(() => Case, { description: '不予受理, with the reason and the organ to go to' })
  async rejectCase(@Ctx() ctx: CasesContext, @Arg('input', () => RejectCaseInput) input: RejectCaseInput) {
    return service(ctx).reject(byCaller(ctx, input, BUREAU, 'refusing a case'));
  }

  @Mutation(() => Case, { description: '交办: to a lead unit, with cooperating units' })
  async assignCase(@Ctx() ctx: CasesContext, @Arg('input', () => AssignCaseInput) input: AssignCaseInput) {
    return service(ctx).assign(byCaller(ctx, input, BUREAU, 'assigning a case'));
  }

  @Mutation(() => Case, { description: '签收 by the lead unit' })
  async signForCase(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    await requireLeadUnit(ctx, input.caseId);
    return service(ctx).signFor(byCaller(ctx, input, LEAD_UNIT, 'signing for a case'));
  }

  @Mutation(() => Case, { description: '开始办理' })
  async startHandlingCase(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    await requireLeadUnit(ctx, input.caseId);
    return service(ctx).startHandling(byCaller(ctx, input, LEAD_UNIT, 'starting to handle a case'));
  }

  @Mutation(() => Case, { description: '报告办理进展 (note required)' })
  async reportProgress(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    await requireLeadUnit(ctx, input.caseId);
    return service(ctx).reportProgress(byCaller(ctx, input, LEAD_UNIT, 'reporting progress'));
  }

  @Mutation(() => Case, { description: '答复: the lead unit replies to the petitioner (答复意见书)' })
  async replyCase(@Ctx() ctx: CasesContext, @Arg('input', () => ReplyCaseInput) input: ReplyCaseInput) {
    await requireLeadUnit(ctx, input.caseId);
    return service(ctx).reply(byCaller(ctx, input, LEAD_UNIT, 'replying to the petitioner'));
  }

  @Mutation(() => Case, { description: '办结, with the petitioner\'s satisfaction' })
  async closeCase(@Ctx() ctx: CasesContext, @Arg('input', () => CloseCaseInput) input: CloseCaseInput) {
    return service(ctx).close(byCaller(ctx, input, BUREAU, 'closing a case'));
  }

  @Mutation(() => Case, { description: '归档 (after the window for review has passed)' })
  async archiveCase(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    return service(ctx).archive(byCaller(ctx, input, BUREAU, 'archiving a case'));
  }

  @Mutation(() => Case, { description: '申请复查, within 30 days of the reply' })
  async requestReview(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    return service(ctx).requestReview(byCaller(ctx, input, BUREAU, 'recording a request for review'));
  }

  @Mutation(() => Case, { description: '复查意见' })
  async decideReview(@Ctx() ctx: CasesContext, @Arg('input', () => DecideInput) input: DecideInput) {
    return service(ctx).decideReview(byCaller(ctx, input, BUREAU, 'recording a review opinion'));
  }

  @Mutation(() => Case, { description: '申请复核, within 30 days of the review opinion' })
  async requestReReview(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    return service(ctx).requestReReview(byCaller(ctx, input, BUREAU, 'recording a request for re-review'));
  }

  @Mutation(() => Case, { description: '复核意见: the matter is terminated (终结)' })
  async decideReReview(@Ctx() ctx: CasesContext, @Arg('input', () => DecideInput) input: DecideInput) {
    return service(ctx).decideReReview(byCaller(ctx, input, BUREAU, 'recording a re-review opinion'));
  }

  @Mutation(() => Case, { description: '延期: extend the handling limit, with an approver and a reason' })
  async extendCaseDeadline(@Ctx() ctx: CasesContext, @Arg('input', () => ExtendDeadlineInput) input: ExtendDeadlineInput) {
    return service(ctx).extend(byCaller(ctx, input, ['REGISTRAR', 'ADMIN', 'LEADER'], 'extending a deadline'));
  }

  @Mutation(() => Case, { description: 'Hand the lead to another unit (recorded with the reason)' })
  async reassignLead(@Ctx() ctx: CasesContext, @Arg('input', () => ReassignLeadInput) input: ReassignLeadInput) {
    return service(ctx).reassignLead(byCaller(ctx, input, BUREAU, 'reassigning the lead unit'));
  }

  @Mutation(() => Case, { description: '管辖异议: the lead unit disputes that it is competent (optionally naming the unit it holds competent); the case stays with it and is proposed to the joint meeting, which decides' })
  async disputeCompetence(@Ctx() ctx: CasesContext, @Arg('input', () => DisputeCompetenceInput) input: DisputeCompetenceInput) {
    await requireLeadUnit(ctx, input.caseId);
    return service(ctx).disputeCompetence(byCaller(ctx, input, LEAD_UNIT, 'disputing competence'));
  }

  @Mutation(() => Case, { description: '维持牵头: the bureau decides an open 管辖异议 by keeping the lead unit (reassignLead decides it the other way)' })
  async keepLeadUnit(@Ctx() ctx: CasesContext, @Arg('input', () => KeepLeadUnitInput) input: KeepLeadUnitInput) {
    return service(ctx).keepLeadUnit(byCaller(ctx, input, BUREAU, 'deciding a competence dispute'));
  }

  @Mutation(() => Case, { description: 'Add a cooperating unit with its own sub-task' })
  async addCooperatingUnit(@Ctx() ctx: CasesContext, @Arg('input', () => AddCooperatingUnitInput) input: AddCooperatingUnitInput) {
    return service(ctx).addCooperatingUnit(byCaller(ctx, input, BUREAU, 'adding a cooperating unit'));
  }

  @Mutation(() => CaseTask, { description: '签收 a task (cooperating units)' })
  async signForTask(@Ctx() ctx: CasesContext, @Arg('input', () => TaskChangeInput) input: TaskChangeInput) {
    await requireOwnTask(ctx, input.taskId);
    return service(ctx).signForTask(byCaller(ctx, input, LEAD_UNIT, 'signing for a task'));
  }

  @Mutation(() => CaseTask, { description: 'Report a cooperating unit\'s result' })
  async completeTask(@Ctx() ctx: CasesContext, @Arg('input', () => TaskChangeInput) input: TaskChangeInput) {
    await requireOwnTask(ctx, input.taskId);
    return service(ctx).completeTask(byCaller(ctx, input, LEAD_UNIT, 'reporting a task\'s result'));
  }

  @Mutation(() => Supervision, { description: '督办/催办; with placard, 挂牌督办' })
  superviseCase(@Ctx() ctx: CasesContext, @Arg('input', () => SuperviseCaseInput) input: SuperviseCaseInput) {
    const actor = byCaller(ctx, {}, ['REGISTRAR', 'ADMIN', 'SECRETARIAT', 'LEADER'], 'supervising a case');
    return service(ctx).supervise(input, actor);
  }

  @Mutation(() => Case, { description: 'Merge duplicates from other channels into one case; each keeps its intake record' })
  mergeCases(@Ctx() ctx: CasesContext, @Arg('input', () => MergeCasesInput) input: MergeCasesInput) {
    return service(ctx).merge(byCaller(ctx, input, BUREAU, 'merging cases'));
  }

  @Mutation(() => Case, { description: 'Undo a merge: the case stands on its own again' })
  unmergeCase(
    @Ctx() ctx: CasesContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('reason', () => String) reason: string,
  ) {
    const caller = byCaller(ctx, {} as { actorId?: string; unitId?: string }, BUREAU, 'undoing a merge');
    return service(ctx).unmerge(caseId, caller, reason);
  }
}

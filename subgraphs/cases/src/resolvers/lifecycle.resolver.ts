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
  ExtendDeadlineInput,
  MergeCasesInput,
  ReassignLeadInput,
  RegisterCaseInput,
  RejectCaseInput,
  ReplyCaseInput,
  SuperviseCaseInput,
  TaskChangeInput,
} from '../types/case-inputs';

const service = (ctx: CasesContext) => new LifecycleService(ctx.em, ctx.calendar, ctx.now, ctx.directory, ctx.authorization);

/** The petition lifecycle: each mutation is one step, checked against the case's state and version. */
@Resolver(() => Case)
export class LifecycleResolver {
  @Mutation(() => Case, { description: '登记: register a matter (idempotent with idempotencyKey)' })
  registerCase(@Ctx() ctx: CasesContext, @Arg('input', () => RegisterCaseInput) input: RegisterCaseInput) {
    return service(ctx).register(input);
  }

  @Mutation(() => Case, { description: '受理' })
  acceptCase(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    return service(ctx).accept(input);
  }

  @Mutation(() => Case, { description: '不予受理, with the reason and the organ to go to' })
  rejectCase(@Ctx() ctx: CasesContext, @Arg('input', () => RejectCaseInput) input: RejectCaseInput) {
    return service(ctx).reject(input);
  }

  @Mutation(() => Case, { description: '交办: to a lead unit, with cooperating units' })
  assignCase(@Ctx() ctx: CasesContext, @Arg('input', () => AssignCaseInput) input: AssignCaseInput) {
    return service(ctx).assign(input);
  }

  @Mutation(() => Case, { description: '签收 by the lead unit' })
  signForCase(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    return service(ctx).signFor(input);
  }

  @Mutation(() => Case, { description: '开始办理' })
  startHandlingCase(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    return service(ctx).startHandling(input);
  }

  @Mutation(() => Case, { description: '报告办理进展 (note required)' })
  reportProgress(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    return service(ctx).reportProgress(input);
  }

  @Mutation(() => Case, { description: '答复: the lead unit replies to the petitioner (答复意见书)' })
  replyCase(@Ctx() ctx: CasesContext, @Arg('input', () => ReplyCaseInput) input: ReplyCaseInput) {
    return service(ctx).reply(input);
  }

  @Mutation(() => Case, { description: '办结, with the petitioner\'s satisfaction' })
  closeCase(@Ctx() ctx: CasesContext, @Arg('input', () => CloseCaseInput) input: CloseCaseInput) {
    return service(ctx).close(input);
  }

  @Mutation(() => Case, { description: '归档 (after the window for review has passed)' })
  archiveCase(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    return service(ctx).archive(input);
  }

  @Mutation(() => Case, { description: '申请复查, within 30 days of the reply' })
  requestReview(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    return service(ctx).requestReview(input);
  }

  @Mutation(() => Case, { description: '复查意见' })
  decideReview(@Ctx() ctx: CasesContext, @Arg('input', () => DecideInput) input: DecideInput) {
    return service(ctx).decideReview(input);
  }

  @Mutation(() => Case, { description: '申请复核, within 30 days of the review opinion' })
  requestReReview(@Ctx() ctx: CasesContext, @Arg('input', () => CaseChangeInput) input: CaseChangeInput) {
    return service(ctx).requestReReview(input);
  }

  @Mutation(() => Case, { description: '复核意见: the matter is terminated (终结)' })
  decideReReview(@Ctx() ctx: CasesContext, @Arg('input', () => DecideInput) input: DecideInput) {
    return service(ctx).decideReReview(input);
  }

  @Mutation(() => Case, { description: '延期: extend the handling limit, with an approver and a reason' })
  extendCaseDeadline(@Ctx() ctx: CasesContext, @Arg('input', () => ExtendDeadlineInput) input: ExtendDeadlineInput) {
    return service(ctx).extend(input);
  }

  @Mutation(() => Case, { description: 'Hand the lead to another unit (recorded with the reason)' })
  reassignLead(@Ctx() ctx: CasesContext, @Arg('input', () => ReassignLeadInput) input: ReassignLeadInput) {
    return service(ctx).reassignLead(input);
  }

  @Mutation(() => Case, { description: 'Add a cooperating unit with its own sub-task' })
  addCooperatingUnit(@Ctx() ctx: CasesContext, @Arg('input', () => AddCooperatingUnitInput) input: AddCooperatingUnitInput) {
    return service(ctx).addCooperatingUnit(input);
  }

  @Mutation(() => CaseTask, { description: '签收 a task (cooperating units)' })
  signForTask(@Ctx() ctx: CasesContext, @Arg('input', () => TaskChangeInput) input: TaskChangeInput) {
    return service(ctx).signForTask(input);
  }

  @Mutation(() => CaseTask, { description: 'Report a cooperating unit\'s result' })
  completeTask(@Ctx() ctx: CasesContext, @Arg('input', () => TaskChangeInput) input: TaskChangeInput) {
    return service(ctx).completeTask(input);
  }

  @Mutation(() => Supervision, { description: '督办/催办; with placard, 挂牌督办' })
  superviseCase(@Ctx() ctx: CasesContext, @Arg('input', () => SuperviseCaseInput) input: SuperviseCaseInput) {
    return service(ctx).supervise(input);
  }

  @Mutation(() => Case, { description: 'Merge duplicates from other channels into one case; each keeps its intake record' })
  mergeCases(@Ctx() ctx: CasesContext, @Arg('input', () => MergeCasesInput) input: MergeCasesInput) {
    return service(ctx).merge(input);
  }

  @Mutation(() => Case, { description: 'Undo a merge: the case stands on its own again' })
  unmergeCase(
    @Ctx() ctx: CasesContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('actorId', () => ID, { nullable: true }) actorId?: string,
  ) {
    return service(ctx).unmerge(caseId, actorId, reason);
  }
}

import { NotFoundError } from '@lianban/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { dayOf } from '@lianban/kit';
import { Card, LAST_DAY_OFF_RULE, RULE_SETS, Warning } from '../clocks/rules';
import { CaseTask } from '../entities/case-task.entity';
import { Case } from '../entities/case.entity';
import type { CasesContext } from '../loaders';
import { taskCard } from '../services/clock-view';
import { DepartmentRef } from '../types/department.type';

@Resolver(() => CaseTask)
export class TaskResolver {
  @FieldResolver(() => DepartmentRef, { nullable: true, description: 'The unit holding the task' })
  unit(@Root() task: CaseTask): DepartmentRef {
    return { id: task.unitId };
  }

  @FieldResolver(() => Case)
  async case(@Root() task: CaseTask, @Ctx() ctx: CasesContext): Promise<Case> {
    const matter = await ctx.loaders.case.load(task.case.id);
    if (!matter) throw new NotFoundError('Case', task.case.id);
    return matter;
  }

  @FieldResolver(() => String, { description: 'Due day (YYYY-MM-DD, China time), as the clocks give it; due at its end (dueAt)' })
  dueDay(@Root() task: CaseTask): string {
    return dayOf(task.dueAt);
  }

  @FieldResolver(() => String, { description: 'The rule behind the task\'s deadline' })
  async dueBasis(@Root() task: CaseTask, @Ctx() ctx: CasesContext): Promise<string> {
    const matter = await ctx.loaders.case.load(task.case.id);
    const rules = RULE_SETS[matter?.ruleSet ?? 'NATIONAL'] ?? RULE_SETS.NATIONAL;
    if (task.dueDays) {
      return `交办时指定: ${task.dueDays}日内反馈办理结果 (不晚于案件办理时限)${rules.lastDayOffMoves ? `; ${LAST_DAY_OFF_RULE}` : ''}`;
    }
    return `同案件办理时限: ${rules.clocks.HANDLE.basis}${matter?.extensionDays ? ` (已延期${matter.extensionDays}日)` : ''}`;
  }

  @FieldResolver(() => Card)
  async card(@Root() task: CaseTask, @Ctx() ctx: CasesContext): Promise<Card> {
    const matter = await ctx.loaders.case.load(task.case.id);
    return taskCard(task, (matter?.extensionDays ?? 0) > 0, ctx.now()).card;
  }

  @FieldResolver(() => Warning)
  async warning(@Root() task: CaseTask, @Ctx() ctx: CasesContext): Promise<Warning> {
    const matter = await ctx.loaders.case.load(task.case.id);
    return taskCard(task, (matter?.extensionDays ?? 0) > 0, ctx.now()).warning;
  }
}

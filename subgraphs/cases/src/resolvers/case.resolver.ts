import { fieldsAsked, ForbiddenError, Roles, requireIdentity } from '@lianban/kit';
import type { GraphQLResolveInfo } from 'graphql';
import { PersonalDataAccess } from '../entities/personal-data-access.entity';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { personalDataView } from '../services/access';
import { Card, Warning } from '../clocks/rules';
import { CaseEvent } from '../entities/case-event.entity';
import { CaseTask } from '../entities/case-task.entity';
import { Case } from '../entities/case.entity';
import { Extension, Supervision } from '../entities/supervision.entity';
import type { CasesContext } from '../loaders';
import { CaseService, pageColumns, personalDataAccessLog, unitHoldings } from '../services/case.service';
import { caseCard } from '../services/clock-view';
import { VisitLevel } from '../types/case.enums';
import { CaseFilter, CasePage } from '../types/case-page.type';
import { CaseClock } from '../types/clock.type';
import { DepartmentRef } from '../types/department.type';
import { CompetenceDispute } from '../types/competence-dispute.type';
import { HoldingPage } from '../types/holding.type';
import { PersonRef } from '../types/person.type';
import { PetitionerView } from '../types/petitioner.type';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CasePage, { description: 'Cases, newest first (merged duplicates are reached through their case); pass pageInfo.endCursor as `after` for the next page' })
  cases(
    @Ctx() ctx: CasesContext,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter?: CaseFilter,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true, description: 'pageInfo.endCursor of the page before' }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<CasePage> {
    const asked = info ? fieldsAsked(info, ['items']) : null;
    const columns = asked ? pageColumns(ctx.em, asked) : null;
    return new CaseService(ctx.em, ctx.now, requireIdentity(ctx.identity)).page(filter ?? {}, first, after, columns);
  }

  @Query(() => Case, { name: 'case', description: 'One case; NOT_FOUND when there is none with this id' })
  getCase(@Ctx() ctx: CasesContext, @Arg('id', () => ID) id: string): Promise<Case> {
    return new CaseService(ctx.em, ctx.now, requireIdentity(ctx.identity)).get(id);
  }

  @Query(() => HoldingPage, { description: "What a unit is holding (its open tasks, soonest due first), since when, and what is overdue" })
  holdings(
    @Ctx() ctx: CasesContext,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'pageInfo.endCursor of the page before' }) after?: string,
  ): Promise<HoldingPage> {
    const caller = requireIdentity(ctx.identity);
    if (caller.role === 'LIAISON' && caller.unitId !== unitId.toLowerCase()) {
      throw new ForbiddenError('a liaison sees what their own unit holds');
    }
    return unitHoldings(ctx.em, unitId, first, after, ctx.now());
  }

  @Query(() => [PersonalDataAccess], {
    description: 'The audit log of unmasked personal data reads, newest first (admins); for the next page pass the last entry\'s id as `before`',
  })
  @Roles('ADMIN')
  personalDataAccesses(
    @Ctx() ctx: CasesContext,
    @Arg('caseId', () => ID, { nullable: true }) caseId?: string,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string,
    @Arg('first', () => Int, { defaultValue: 100 }) first = 100,
    @Arg('before', () => ID, { nullable: true, description: 'Entries older than this one (the last id of the page before)' }) before?: string,
  ): Promise<PersonalDataAccess[]> {
    return personalDataAccessLog(ctx.em, { caseId, accountId, before }, first);
  }

  @FieldResolver(() => Boolean, { description: '越级访: the petitioners went above the district' })
  isSkipLevel(@Root() matter: Case): boolean {
    return matter.levelVisited !== VisitLevel.DISTRICT;
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: '牵头单位' })
  leadDepartment(@Root() matter: Case): DepartmentRef | null {
    return matter.leadDepartmentId ? { id: matter.leadDepartmentId } : null;
  }

  @FieldResolver(() => CompetenceDispute, { nullable: true, description: '管辖异议 still open on the case, if any' })
  competenceDispute(@Root() matter: Case): CompetenceDispute | null {
    if (!matter.competenceDisputedAt || !matter.competenceDisputeUnitId) return null;
    return {
      raisedAt: matter.competenceDisputedAt,
      unit: { id: matter.competenceDisputeUnitId },
      reason: matter.competenceDisputeReason ?? '',
      proposedUnit: matter.competenceDisputeProposedUnitId ? { id: matter.competenceDisputeProposedUnitId } : undefined,
    };
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: '属地: the township or street the matter comes from' })
  township(@Root() matter: Case): DepartmentRef {
    return { id: matter.townshipId };
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: '包案领导' })
  leader(@Root() matter: Case): PersonRef | null {
    return matter.leaderId ? { id: matter.leaderId } : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: '承办人' })
  handler(@Root() matter: Case): PersonRef | null {
    return matter.handlerId ? { id: matter.handlerId } : null;
  }

  @FieldResolver(() => [PetitionerView], {
    description: '信访人: in full for the lead unit, the petition bureau and the owning leader (each read is audited), masked for other units, withheld from evaluators',
  })
  async petitioners(@Root() matter: Case, @Ctx() ctx: CasesContext): Promise<PetitionerView[]> {
    const view = personalDataView(ctx.identity, matter);
    if (view === 'NONE') return [];
    // each field masks itself, or is audited and shown in full (PetitionerResolver)
    return (await ctx.loaders.petitioners.load(matter.id)).map((person) => Object.assign(new PetitionerView(), { person, caseId: matter.id, masked: view === 'MASKED' }));
  }

  @FieldResolver(() => [CaseTask], { description: 'The lead unit\'s and cooperating units\' tasks' })
  tasks(@Root() matter: Case, @Ctx() ctx: CasesContext): Promise<CaseTask[]> {
    return ctx.loaders.tasks.load(matter.id);
  }

  @FieldResolver(() => [CaseEvent], { description: 'Timeline: every change, oldest first' })
  timeline(@Root() matter: Case, @Ctx() ctx: CasesContext): Promise<CaseEvent[]> {
    return ctx.loaders.events.load(matter.id);
  }

  @FieldResolver(() => [Supervision], { description: '督办记录' })
  supervisions(@Root() matter: Case, @Ctx() ctx: CasesContext): Promise<Supervision[]> {
    return ctx.loaders.supervisions.load(matter.id);
  }

  @FieldResolver(() => [Extension], { description: '延期记录' })
  extensions(@Root() matter: Case, @Ctx() ctx: CasesContext): Promise<Extension[]> {
    return ctx.loaders.extensions.load(matter.id);
  }

  @FieldResolver(() => [CaseClock], { description: 'Every clock started, with its deadline, the rule behind it, card and warning' })
  clocks(@Root() matter: Case, @Ctx() ctx: CasesContext): CaseClock[] {
    return ctx.clocksOf(matter);
  }

  @FieldResolver(() => Card, { nullable: true, description: '挂牌: green on time, yellow extended, red overdue' })
  card(@Root() matter: Case, @Ctx() ctx: CasesContext): Card | null {
    return caseCard(ctx.clocksOf(matter))?.card ?? null;
  }

  @FieldResolver(() => Warning, { nullable: true, description: 'Early warning at 50% and 75% of the time used' })
  warning(@Root() matter: Case, @Ctx() ctx: CasesContext): Warning | null {
    return caseCard(ctx.clocksOf(matter))?.warning ?? null;
  }

  @FieldResolver(() => Case, { nullable: true, description: '重复访: the earlier matter this one repeats' })
  repeatOf(@Root() matter: Case, @Ctx() ctx: CasesContext): Promise<Case | null> | null {
    return matter.repeatOfId ? ctx.loaders.case.load(matter.repeatOfId) : null;
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case this duplicate was merged into' })
  mergedInto(@Root() matter: Case, @Ctx() ctx: CasesContext): Promise<Case | null> | null {
    return matter.mergedIntoId ? ctx.loaders.case.load(matter.mergedIntoId) : null;
  }

  @FieldResolver(() => [Case], { description: 'Duplicates merged into this case; each still counts as an intake' })
  mergedCases(@Root() matter: Case, @Ctx() ctx: CasesContext): Promise<Case[]> {
    return ctx.loaders.mergedCases.load(matter.id);
  }
}

@Resolver(() => CasePage)
export class CasePageResolver {
  @FieldResolver(() => Int, { description: 'How many cases match in all (counted only when asked)' })
  total(@Root() page: CasePage): Promise<number> {
    return page.count();
  }
}

@Resolver(() => HoldingPage)
export class HoldingPageResolver {
  @FieldResolver(() => Int, { description: 'How many open tasks the unit holds (counted only when asked)' })
  total(@Root() page: HoldingPage): Promise<number> {
    return page.count();
  }

  @FieldResolver(() => Int, { description: 'Open tasks already past due (counted only when asked)' })
  overdue(@Root() page: HoldingPage): Promise<number> {
    return page.countOverdue();
  }
}

import { ForbiddenError, requireIdentity } from '@lianban/kit';
import { Arg, Ctx, Directive, GraphQLISODateTime, ID, Query, Resolver } from 'type-graphql';
import type { CasesContext } from '../loaders';
import { AssessmentFactsService } from '../services/assessment-facts.service';
import { AssessmentFactAttribution, UnitAssessmentFacts } from '../types/assessment-facts.type';

/**
 * A documented service call for the assessment subgraph (考核办): per unit and period, the counts and
 * rates its schemes score, each with the cases behind it (numbers, never petitioners). Evaluators and
 * admins only; hidden from the gateway's public schema (@inaccessible).
 */
@Resolver()
export class AssessmentFactsResolver {
  @Query(() => [UnitAssessmentFacts], { description: 'Service call: assessment facts of each unit for [from, to) (evaluators, admins)' })
  @Directive('@inaccessible')
  async assessmentFacts(
    @Ctx() ctx: CasesContext,
    @Arg('unitIds', () => [ID]) unitIds: string[],
    @Arg('from', () => GraphQLISODateTime) from: Date,
    @Arg('to', () => GraphQLISODateTime, { description: 'Exclusive' }) to: Date,
    @Arg('attribution', () => AssessmentFactAttribution, { defaultValue: AssessmentFactAttribution.ORIGIN }) attribution: AssessmentFactAttribution,
    @Arg('metrics', () => [String], { nullable: true, description: 'Only these metrics (all when not given)' }) metrics?: string[],
    @Arg('casesFor', () => [String], { nullable: true, description: 'The count metrics whose cases are listed (all asked when not given); the others give their counts only' }) casesFor?: string[],
  ): Promise<UnitAssessmentFacts[]> {
    const caller = requireIdentity(ctx.identity);
    if (caller.role !== 'EVALUATOR' && caller.role !== 'ADMIN') {
      throw new ForbiddenError(`assessment facts are for the assessment office (考核办) and admins; you sign in as ${caller.role}`);
    }
    const units = await new AssessmentFactsService(ctx.em, ctx.calendar).facts(unitIds, from, to, attribution, metrics, casesFor);
    return units.map((unit) => ({
      unitId: unit.unitId,
      facts: unit.facts.map(({ cases, ...fact }) => ({
        ...fact,
        caseIds: cases.map((c) => c.id),
        caseNumbers: cases.map((c) => c.number),
        casePersons: cases.map((c) => c.persons),
      })),
    }));
  }
}

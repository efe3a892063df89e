import { Roles } from '@lianban/kit';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ScreeningContext } from '../loaders';
import { FactsService } from '../services/facts.service';
import { DateTimeScalar } from '../types/date-time.scalar';
import { UnitReportingFacts } from '../types/screening.outputs';

/**
 * A documented service call for the assessment engine: each unit's warnings, warned visits and missing or
 * late reports in [from, to). See `FactsService` and the README for what each number counts.
 */
@Resolver()
export class FactsResolver {
  @Query(() => [UnitReportingFacts], { description: 'Service call (assessment): each unit\'s reporting in [from, to)' })
  @Roles('EVALUATOR', 'ADMIN', 'REGISTRAR')
  reportingFacts(
    @Ctx() ctx: ScreeningContext,
    @Arg('unitIds', () => [ID]) unitIds: string[],
    @Arg('from', () => DateTimeScalar) from: Date,
    @Arg('to', () => DateTimeScalar) to: Date,
  ): Promise<UnitReportingFacts[]> {
    return new FactsService(ctx).reportingFacts(unitIds, from, to);
  }
}

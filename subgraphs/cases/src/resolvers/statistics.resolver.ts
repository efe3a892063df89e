import { Arg, Ctx, GraphQLISODateTime, Int, Query, Resolver } from 'type-graphql';
import type { CasesContext } from '../loaders';
import { caseScopeSql } from '../services/access';
import { StatisticsService } from '../services/statistics.service';
import { CaseStatistics, CategoryLevel, StatisticsFilter } from '../types/statistics.type';

@Resolver()
export class StatisticsResolver {
  @Query(() => CaseStatistics, { description: '信访情况统计: the office report for [from, to), with year-over-year change; a liaison\'s covers the cases its unit may see' })
  caseStatistics(
    @Ctx() ctx: CasesContext,
    @Arg('from', () => GraphQLISODateTime) from: Date,
    @Arg('to', () => GraphQLISODateTime, { description: 'Exclusive' }) to: Date,
    @Arg('compareWithLastYear', () => Boolean, { defaultValue: true }) compare: boolean,
    @Arg('filter', () => StatisticsFilter, { nullable: true }) filter?: StatisticsFilter,
    @Arg('categoryLevel', () => CategoryLevel, { defaultValue: CategoryLevel.MAIN }) categoryLevel?: CategoryLevel,
    @Arg('topCategories', () => Int, { defaultValue: 10 }) topCategories?: number,
  ): Promise<CaseStatistics> {
    // a liaison's report counts the cases its unit may see; the office, leaders and evaluators count every case
    return new StatisticsService(ctx.em, caseScopeSql(ctx.identity, '"cases"."case"', 'many')).report(from, to, compare, filter ?? {}, categoryLevel, topCategories);
  }
}

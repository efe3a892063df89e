import { Arg, Ctx, GraphQLISODateTime, Int, Query, Resolver } from 'type-graphql';
import type { CasesContext } from '../loaders';
import { StatisticsService } from '../services/statistics.service';
import { CaseStatistics, CategoryLevel, StatisticsFilter } from '../types/statistics.type';

@Resolver()
export class StatisticsResolver {
  @Query(() => CaseStatistics, { description: '信访情况统计: the office report for [from, to), with year-over-year change' })
  caseStatistics(
    @Ctx() ctx: CasesContext,
    @Arg('from', () => GraphQLISODateTime) from: Date,
    @Arg('to', () => GraphQLISODateTime, { description: 'Exclusive' }) to: Date,
    @Arg('compareWithLastYear', () => Boolean, { defaultValue: true }) compare: boolean,
    @Arg('filter', () => StatisticsFilter, { nullable: true }) filter?: StatisticsFilter,
    @Arg('categoryLevel', () => CategoryLevel, { defaultValue: CategoryLevel.MAIN }) categoryLevel?: CategoryLevel,
    @Arg('topCategories', () => Int, { defaultValue: 10 }) topCategories?: number,
  ): Promise<CaseStatistics> {
    return new StatisticsService(ctx.em).report(from, to, compare, filter ?? {}, categoryLevel, topCategories);
  }
}

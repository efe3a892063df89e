import { checkId, NotFoundError, ValidationError } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AssessmentScheme } from '../entities/assessment-scheme.entity';
import { RankingEntry } from '../entities/ranking-entry.entity';
import type { AssessmentContext } from '../loaders';
import { DepartmentRef } from '../types/department.type';

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/;

@Resolver(() => RankingEntry)
export class RankingResolver {
  @Query(() => [AssessmentScheme], { description: 'Assessment scheme versions (drafts first), newest first' })
  assessmentSchemes(@Ctx() ctx: AssessmentContext): Promise<AssessmentScheme[]> {
    return ctx.em.find(AssessmentScheme, {}, { orderBy: { publishedAt: 'desc nulls first' as 'desc', schemeVersion: 'desc' } });
  }

  @Query(() => [RankingEntry], { description: 'The published ranking of a period under a scheme, best first' })
  async ranking(
    @Ctx() ctx: AssessmentContext,
    @Arg('schemeId', () => ID) schemeId: string,
    @Arg('period', () => String, { description: 'YYYY, YYYY-MM or YYYY-Qn' }) period: string,
  ): Promise<RankingEntry[]> {
    if (!PERIOD.test(period)) throw new ValidationError(`period must look like 2026, 2026-10 or 2026-Q3, got ${JSON.stringify(period)}`, 'period');
    const scheme = await ctx.loaders.scheme.load(checkId(schemeId, 'schemeId'));
    if (!scheme) throw new NotFoundError('AssessmentScheme', schemeId);
    return ctx.em.find(RankingEntry, { scheme: scheme.id, period }, { orderBy: { rank: 'asc', unitId: 'asc' } });
  }

  @FieldResolver(() => AssessmentScheme)
  async scheme(@Root() entry: RankingEntry, @Ctx() ctx: AssessmentContext): Promise<AssessmentScheme> {
    const scheme = await ctx.loaders.scheme.load(entry.scheme.id);
    if (!scheme) throw new NotFoundError('AssessmentScheme', entry.scheme.id);
    return scheme;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Places gained since the previous period (negative: lost); null when not ranked then' })
  rankChange(@Root() entry: RankingEntry): number | null {
    return entry.previousRank === undefined || entry.previousRank === null ? null : entry.previousRank - entry.rank;
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: 'The unit assessed' })
  unit(@Root() entry: RankingEntry): DepartmentRef {
    return { id: entry.unitId };
  }
}

/** The assessment fields this subgraph adds to Department. */
@Resolver(() => DepartmentRef)
export class DepartmentAssessmentResolver {
  @FieldResolver(() => RankingEntry, { nullable: true, description: 'The most recent published score and rank' })
  latestAssessment(@Root() unit: DepartmentRef, @Ctx() ctx: AssessmentContext): Promise<RankingEntry | null> {
    return ctx.loaders.latestResult.load(unit.id);
  }
}

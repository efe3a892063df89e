import { ForbiddenError, ValidationError, requireIdentity, type Identity } from '@lianban/kit';
import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AssessmentRun, type RunUnit } from '../entities/assessment-run.entity';
import { AssessmentScheme } from '../entities/assessment-scheme.entity';
import type { AssessmentContext } from '../loaders';
import { excelBulletin, wordBulletin } from '../services/bulletin';
import { RunService } from '../services/run.service';
import { BulletinFormat, PublicationStatus } from '../types/assessment.enums';
import { Bulletin, RunEntry } from '../types/run.type';
import { requireEvaluator } from './scheme.resolver';

/** Runs name case numbers: for the assessment office, admins and leaders (never liaisons of other units). */
function requireReader(identity: Identity | null): Identity {
  const caller = requireIdentity(identity);
  if (!['EVALUATOR', 'ADMIN', 'LEADER'].includes(caller.role)) throw new ForbiddenError(`assessment runs explain scores down to case numbers: for the assessment office (考核办), leaders and admins; you sign in as ${caller.role}`);
  return caller;
}

@InputType({ description: 'How the rank intervals are drawn' })
export class MonteCarloInput {
  @Field(() => Int, { defaultValue: 20240301, description: 'The same seed gives the same intervals' })
  seed!: number;

  @Field(() => Int, { defaultValue: 1000 })
  runs!: number;

  @Field(() => Float, { defaultValue: 0.2, description: 'Each rule\'s weight is drawn from [1 - jitter, 1 + jitter]' })
  jitter!: number;
}

export function toEntry(unit: RunUnit): RunEntry {
  return {
    ...unit,
    unit: { id: unit.unitId },
    rankChange: unit.previousRank === undefined || unit.previousRank === null ? null : unit.previousRank - unit.rank,
    vetoes: unit.vetoes.map((v) => ({ ...v, cases: v.cases.map((c) => ({ ...c, points: 0, warned: false, factor: 1 })) })),
    lines: unit.lines,
  } as RunEntry;
}

@Resolver(() => AssessmentRun)
export class RunResolver {
  @Mutation(() => AssessmentRun, { description: 'Computes a scheme version for a period from the cases: a draft until published (evaluators)' })
  runAssessment(
    @Ctx() ctx: AssessmentContext,
    @Arg('schemeVersionId', () => ID) schemeVersionId: string,
    @Arg('period', () => String, { description: 'e.g. 2026-Q3, 2026-10, 2026 (the scheme\'s period kind)' }) period: string,
    @Arg('monteCarlo', () => MonteCarloInput, { nullable: true }) monteCarlo?: MonteCarloInput,
  ): Promise<AssessmentRun> {
    requireEvaluator(ctx.identity, 'computing a ranking');
    return new RunService(ctx.em, ctx.now).run(schemeVersionId, period, ctx.sources, {
      seed: monteCarlo?.seed, monteCarloRuns: monteCarlo?.runs, jitter: monteCarlo?.jitter,
    });
  }

  @Mutation(() => AssessmentRun, { description: 'Publishes a draft run: it becomes the period\'s ranking and never changes (evaluators)' })
  publishAssessmentRun(@Ctx() ctx: AssessmentContext, @Arg('runId', () => ID) runId: string, @Arg('version', () => Int) version: number): Promise<AssessmentRun> {
    requireEvaluator(ctx.identity, 'publishing a ranking');
    return new RunService(ctx.em, ctx.now).publish(runId, version);
  }

  @Query(() => AssessmentRun, { description: 'A run with every unit\'s score explained (evaluators, leaders, admins)' })
  assessmentRun(@Ctx() ctx: AssessmentContext, @Arg('id', () => ID) id: string): Promise<AssessmentRun> {
    requireReader(ctx.identity);
    return new RunService(ctx.em).get(id, 'id');
  }

  @Query(() => [AssessmentRun], { description: 'Runs of a scheme version, newest period first (evaluators, leaders, admins)' })
  async assessmentRuns(
    @Ctx() ctx: AssessmentContext,
    @Arg('schemeVersionId', () => ID) schemeVersionId: string,
    @Arg('status', () => PublicationStatus, { nullable: true }) status?: PublicationStatus,
  ): Promise<AssessmentRun[]> {
    requireReader(ctx.identity);
    const scheme = await ctx.loaders.scheme.load(schemeVersionId);
    if (!scheme) return [];
    return ctx.em.find(AssessmentRun, { scheme: scheme.id, ...(status ? { status } : {}) }, { orderBy: { period: 'desc', computedAt: 'desc' }, populate: ['scheme'], limit: 200 });
  }

  @Query(() => Bulletin, { description: '通报 of published or draft runs as a file: XLSX (a sheet per period, a sheet per unit) or DOCX (one run)' })
  async assessmentBulletin(
    @Ctx() ctx: AssessmentContext,
    @Arg('runIds', () => [ID]) runIds: string[],
    @Arg('format', () => BulletinFormat) format: BulletinFormat,
  ): Promise<Bulletin> {
    requireReader(ctx.identity);
    const service = new RunService(ctx.em);
    if (!runIds.length || runIds.length > 12) throw new ValidationError('runIds: 1 to 12 runs', 'runIds');
    const runs = [];
    for (const [i, id] of runIds.entries()) runs.push(await service.get(id, `runIds[${i}]`));
    runs.sort((a, b) => a.period.localeCompare(b.period));
    const last = runs[runs.length - 1];
    if (format === BulletinFormat.XLSX) {
      return { format, filename: `考核排名-${runs.map((r) => r.period).join('_')}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentBase64: (await excelBulletin(runs)).toString('base64') };
    }
    return { format, filename: `考核通报-${last.period}.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', contentBase64: (await wordBulletin(last)).toString('base64') };
  }

  @FieldResolver(() => AssessmentScheme)
  async scheme(@Root() run: AssessmentRun, @Ctx() ctx: AssessmentContext): Promise<AssessmentScheme> {
    return (await ctx.loaders.scheme.load(run.scheme.id)) as AssessmentScheme;
  }

  @FieldResolver(() => [RunEntry], { description: 'Every unit, best first, explained line by line' })
  entries(@Root() run: AssessmentRun): RunEntry[] {
    return run.units.map(toEntry);
  }
}

import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError, checkId } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssessmentRun, type RunUnit } from '../entities/assessment-run.entity';
import { AssessmentScheme } from '../entities/assessment-scheme.entity';
import { RankingEntry } from '../entities/ranking-entry.entity';
import { PublicationStatus, RankingGroup, UnitScope } from '../types/assessment.enums';
import type { CaseFacts } from './case-facts';
import { type MetricFact, type UnitInput, monteCarlo, prepare, score } from './engine';
import { comparePeriods, parsePeriod, previousPeriod } from './periods';
import type { ReportingFacts } from './reporting-facts';
import { type CountMetric, type Metric, REPORTING_METRICS } from './rules';
import type { UnitDirectory, UnitKind } from './unit-directory';

/** Where a run's facts come from: the other subgraphs (static sources in tests). */
export interface FactSources {
  caseFacts: CaseFacts;
  reporting: ReportingFacts;
  directory: UnitDirectory;
  /** Headers passed on to the calls: the evaluator's token, the request id, the trace. */
  forwarded?: () => Record<string, string>;
}

export interface RunOptions {
  seed?: number;
  monteCarloRuns?: number;
  /** Weight perturbation of the Monte-Carlo runs, e.g. 0.2 for +-20%. */
  jitter?: number;
}

const GROUPS: Record<RankingGroup, { kinds: UnitKind[]; attribution: 'ORIGIN' | 'LEAD' }> = {
  TOWNSHIPS: { kinds: ['TOWNSHIP', 'STREET'], attribution: 'ORIGIN' },
  DEPARTMENTS: { kinds: ['DEPARTMENT'], attribution: 'LEAD' },
};

export const DEFAULT_SEED = 20240301;
export const DEFAULT_MONTE_CARLO_RUNS = 1000;

/** 考核计算: computes a scheme version for a period from the facts, as a draft; publishes a draft. */
export class RunService {
  constructor(private readonly em: EntityManager, private readonly now: () => Date = () => new Date()) {}

  /** Scores every unit the version assesses; a draft until published. */
  async run(schemeId: string, periodKey: string, sources: FactSources, options: RunOptions = {}): Promise<AssessmentRun> {
    const scheme = await this.em.findOne(AssessmentScheme, { id: checkId(schemeId, 'schemeVersionId') });
    if (!scheme) throw new NotFoundError('AssessmentScheme', schemeId);
    if (scheme.status !== PublicationStatus.PUBLISHED) throw new ValidationError(`${scheme.documentNumber} version ${scheme.schemeVersion} is a draft: publish it before computing rankings under it`, 'schemeVersionId');
    if (!scheme.definition) throw new ValidationError(`${scheme.documentNumber} version ${scheme.schemeVersion} has no rules to compute with`, 'schemeVersionId');
    const period = parsePeriod(periodKey, scheme.periodKind);
    if ((scheme.validFrom && comparePeriods(period.key, scheme.validFrom) < 0) || (scheme.validUntil && comparePeriods(period.key, scheme.validUntil) > 0)) {
      throw new ValidationError(`period ${period.key} is outside ${scheme.documentNumber} version ${scheme.schemeVersion} (${scheme.validFrom} to ${scheme.validUntil ?? 'now'})`, 'period');
    }
    const seed = options.seed ?? DEFAULT_SEED;
    const runs = options.monteCarloRuns ?? DEFAULT_MONTE_CARLO_RUNS;
    const jitter = options.jitter ?? 0.2;
    if (!Number.isInteger(seed)) throw new ValidationError('seed must be a whole number', 'seed');
    if (!Number.isInteger(runs) || runs < 0 || runs > 10_000) throw new ValidationError('monteCarloRuns must be a whole number from 0 to 10000', 'monteCarloRuns');
    if (!(jitter >= 0 && jitter < 1)) throw new ValidationError('jitter must be at least 0 and below 1', 'jitter');
    const forwarded = sources.forwarded?.() ?? {};
    const groups = scheme.unitScope === UnitScope.BOTH ? [RankingGroup.TOWNSHIPS, RankingGroup.DEPARTMENTS] : [scheme.unitScope as unknown as RankingGroup];

    // only the metrics the rules use: the cases behind the others are not asked for
    const definition = scheme.definition;
    const used = [...new Set(definition.rules.flatMap((rule) => [rule.metric, ...(rule.kind === 'DEDUCTION' ? rule.multipliers.map((m) => m.whenAlso) : [])]))]
      .filter((metric) => !REPORTING_METRICS.includes(metric as CountMetric));
    // counts explained case by case: what deductions, bonuses, multipliers and vetoes count (volumes scored
    // as a whole by a change or a rank bonus are counted, not listed)
    const listed = [...new Set(definition.rules.flatMap((rule) => (rule.kind === 'DEDUCTION' ? [rule.metric, ...rule.multipliers.map((m) => m.whenAlso)] : rule.kind === 'BONUS' || rule.kind === 'VETO' ? [rule.metric] : [])))]
      .filter((metric) => used.includes(metric));
    const units: RunUnit[] = [];
    for (const group of groups) {
      const { kinds, attribution } = GROUPS[group];
      const assessed = await sources.directory.units(kinds, forwarded);
      if (!assessed.length) continue;
      const ids = assessed.map((u) => u.id);
      const [caseFacts, reporting] = await Promise.all([
        sources.caseFacts.facts(ids, period.from, period.to, attribution, forwarded, used, listed),
        sources.reporting.facts(ids, period.from, period.to, forwarded),
      ]);
      const factsByUnit = new Map(caseFacts.map((u) => [u.unitId, u.facts]));
      const reportingByUnit = new Map(reporting.map((r) => [r.unitId, r]));
      const inputs: UnitInput[] = assessed.map((unit) => {
        const facts: Partial<Record<Metric, MetricFact>> = {};
        for (const f of factsByUnit.get(unit.id) ?? []) facts[f.metric as Metric] = f;
        const reported = reportingByUnit.get(unit.id);
        for (const metric of REPORTING_METRICS) {
          facts[metric as CountMetric] = { value: reported ? (reported[metric as keyof typeof reported] as number) : 0, persons: 0, cases: [] };
        }
        return { unitId: unit.id, name: unit.name, population: unit.population, facts, warnedCaseIds: new Set(reported?.warnedCaseIds ?? []) };
      });
      const prepared = prepare(definition, inputs);
      const scored = score(prepared);
      const robustness = runs ? new Map(monteCarlo(prepared, scored, { runs, seed, jitter }).map((r) => [r.unitId, r])) : new Map();
      for (const unit of scored) units.push({ ...unit, group, robustness: robustness.get(unit.unitId) });
    }

    // the previous period's published ranks under any version of the same document
    const previous = previousPeriod(period);
    const rows = await this.em.getConnection().execute<{ unit_id: string; rank: number }[]>(
      `select e.unit_id, e.rank from "assessment"."ranking_entry" e join "assessment"."assessment_scheme" s on s.id = e.scheme_id
       where s.document_number = ? and e.period = ?`,
      [scheme.documentNumber, previous],
    );
    const previousRanks = new Map(rows.map((row) => [row.unit_id, row.rank]));
    for (const unit of units) unit.previousRank = previousRanks.get(unit.unitId) ?? null;

    const data = {
      id: randomUUID(),
      scheme,
      period: period.key,
      status: PublicationStatus.DRAFT,
      computedAt: this.now(),
      seed,
      monteCarloRuns: runs,
      reportingFactsAvailable: sources.reporting.configured,
      units,
      version: 1,
    };
    // a run's result is large (every unit's lines and cases, a few MB for a district) and written once: one
    // plain statement, the JSON sent as bytes (the ORM inlines parameters, and escapes a text one a character
    // at a time: 0.6 s for 1.3 MB, against a few ms for the hex of the same bytes)
    await this.em.getConnection().execute(
      `insert into "assessment"."assessment_run" (id, scheme_id, period, status, computed_at, seed, monte_carlo_runs, reporting_facts_available, units, version)
       values (?, ?, ?, ?, ?, ?, ?, ?, convert_from(?::bytea, 'UTF8')::jsonb, 1)`,
      [data.id, scheme.id, data.period, data.status, data.computedAt, seed, runs, data.reportingFactsAvailable, Buffer.from(JSON.stringify(units), 'utf8')],
    );
    return this.em.create(AssessmentRun, data, { persist: false });
  }

  async get(id: string, field = 'runId'): Promise<AssessmentRun> {
    const run = await this.em.findOne(AssessmentRun, { id: checkId(id, field) }, { populate: ['scheme'] });
    if (!run) throw new NotFoundError('AssessmentRun', id);
    return run;
  }

  /** Publishes a draft: it becomes the period's ranking and is never changed again. */
  async publish(id: string, version: number): Promise<AssessmentRun> {
    return this.em.transactional(async (em) => {
      const run = await new RunService(em).get(id);
      if (run.status === PublicationStatus.PUBLISHED) throw new ValidationError(`the ${run.period} run is already published and cannot change`, 'runId');
      if (run.version !== version) throw new ConflictError(`this run was changed by someone else (version ${run.version}, you sent ${version}): reload it and try again`);
      // the same lock as publishing a scheme version: a revision that ends this version waits, or is seen
      await em.getConnection().execute(`select pg_advisory_xact_lock(hashtext(?))`, [`assessment-scheme:${run.scheme.documentNumber}`]);
      await em.refresh(run.scheme);
      const { validFrom, validUntil } = run.scheme;
      if ((validFrom && comparePeriods(run.period, validFrom) < 0) || (validUntil && comparePeriods(run.period, validUntil) > 0)) {
        throw new ValidationError(
          `${run.scheme.documentNumber} version ${run.scheme.schemeVersion} no longer covers ${run.period} (it runs ${validFrom ?? '…'} to ${validUntil ?? '…'}): compute the period under the version in force`,
          'runId',
        );
      }
      const published = await em.count(AssessmentRun, { scheme: run.scheme.id, period: run.period, status: PublicationStatus.PUBLISHED });
      if (published) throw new ConflictError(`a ranking for ${run.period} under ${run.scheme.documentNumber} version ${run.scheme.schemeVersion} is already published: a published ranking is never replaced`);
      const at = this.now();
      run.status = PublicationStatus.PUBLISHED;
      run.publishedAt = at;
      for (const unit of run.units) {
        em.create(RankingEntry, {
          id: randomUUID(), scheme: run.scheme, period: run.period, unitId: unit.unitId, score: unit.score, rank: unit.rank,
          rankedUnits: unit.rankedUnits, vetoed: unit.vetoes.length > 0, publishedAt: at, runId: run.id,
          inRewardGroup: unit.inRewardGroup, inKeyManagementGroup: unit.inKeyManagementGroup, previousRank: unit.previousRank ?? undefined,
        });
      }
      return run;
    });
  }
}

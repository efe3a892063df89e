import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type { Robustness, ScoredUnit } from '../services/engine';
import { PublicationStatus, type RankingGroup } from '../types/assessment.enums';
import { AssessmentScheme } from './assessment-scheme.entity';

/** A unit's result in a run, with the previous period's rank and its rank interval. */
export type RunUnit = ScoredUnit & { group: RankingGroup; previousRank?: number | null; robustness?: Robustness };

/**
 * 考核结果计算: one computation of a scheme version for a period. A draft until published; a published
 * run is immutable and is what `ranking` and `latestAssessment` read.
 */
@ObjectType({ description: '考核计算: a ranking computed under a scheme version for a period' })
@Entity({ tableName: 'assessment_run' })
@Index({ properties: ['scheme', 'period'] })
// one published run per scheme version and period: a published ranking is never replaced
@Unique({ name: 'assessment_run_published_unique', properties: ['scheme', 'period'], where: `"status" = 'PUBLISHED'` })
export class AssessmentRun {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => AssessmentScheme, { deleteRule: 'restrict' })
  scheme!: AssessmentScheme;

  @Field(() => String, { description: 'e.g. 2026-Q3' })
  @Property({ type: 'string', length: 10 })
  period!: string;

  @Field(() => PublicationStatus)
  @Enum({ items: () => PublicationStatus, nativeEnumName: 'publication_status' })
  status!: PublicationStatus;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  computedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date;

  @Field(() => Int, { description: 'Seed of the Monte-Carlo runs: the same seed gives the same intervals' })
  @Property({ type: 'integer' })
  seed!: number;

  @Field(() => Int, { description: 'Monte-Carlo runs behind the rank intervals' })
  @Property({ type: 'integer' })
  monteCarloRuns!: number;

  @Field(() => Boolean, { description: 'Whether warnings and daily reports (screening) were available; without them they count as none' })
  @Property({ type: 'boolean' })
  reportingFactsAvailable!: boolean;

  /** Every unit's score, rank, explanation and interval, as computed. */
  @Property({ type: 'json' })
  units!: RunUnit[];

  @Field(() => Int, { description: 'Optimistic lock: send it back to publish' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

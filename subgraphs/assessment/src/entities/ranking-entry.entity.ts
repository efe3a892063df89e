import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { AssessmentScheme } from './assessment-scheme.entity';

/** One unit's published score and rank for one period under one scheme. */
@ObjectType({ description: '考核结果: a unit\'s score and rank for a period' })
@Entity({ tableName: 'ranking_entry' })
@Unique({ properties: ['scheme', 'period', 'unitId'] })
@Index({ properties: ['unitId', 'period'] })
export class RankingEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => AssessmentScheme, { deleteRule: 'restrict' })
  scheme!: AssessmentScheme;

  @Field(() => String, { description: 'e.g. 2026-Q3, 2026-10, 2026' })
  @Property({ type: 'string', length: 10 })
  period!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  score!: number;

  @Field(() => Int, { description: 'Competition rank: tied units share a rank (1, 2, 2, 4)' })
  @Property({ type: 'integer' })
  rank!: number;

  @Field(() => Int, { description: 'How many units were ranked in this period' })
  @Property({ type: 'integer' })
  rankedUnits!: number;

  @Field(() => Boolean, { description: '一票否决: vetoed units rank last whatever their score' })
  @Property({ type: 'boolean', default: false })
  vetoed: Opt<boolean> = false;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  publishedAt!: Date;

  /** The published run it comes from (null for rankings entered before the engine). */
  @Property({ type: 'uuid', nullable: true })
  runId?: string;

  @Field(() => Boolean, { description: '奖励: in the top group (ties at the cut-off all in)' })
  @Property({ type: 'boolean', default: false })
  inRewardGroup: Opt<boolean> = false;

  @Field(() => Boolean, { description: '重点管理: in the bottom group (ties at the cut-off all in)' })
  @Property({ type: 'boolean', default: false })
  inKeyManagementGroup: Opt<boolean> = false;

  @Field(() => Int, { nullable: true, description: 'Rank in the previous period\'s published ranking of the same scheme' })
  @Property({ type: 'integer', nullable: true })
  previousRank?: number;
}

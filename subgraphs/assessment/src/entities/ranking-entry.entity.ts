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
}

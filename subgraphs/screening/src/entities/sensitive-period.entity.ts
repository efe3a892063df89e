import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

/**
 * 敏感期: a time the bureau declares (全国两会, National Day, a local event) during which every unit
 * concerned files a daily report (日报告) each day by the cut-off, a zero report (零报告) when nothing happened.
 */
@ObjectType({ description: '敏感期' })
@Entity({ tableName: 'sensitive_period' })
export class SensitivePeriod {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'e.g. 全国两会' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'First day, YYYY-MM-DD (China time)' })
  @Property({ type: 'date' })
  @Index()
  startsOn!: string;

  @Field(() => String, { description: 'Last day' })
  @Property({ type: 'date' })
  endsOn!: string;

  /** The daily cut-off, minutes after China-time midnight (600 = 10:00) */
  @Property({ type: 'integer' })
  cutoffMinutes!: number;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  declaredAt!: Date;

  @Property({ type: 'uuid' })
  declaredBy!: string;

  @Field(() => Int, { description: 'Optimistic lock' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

/** A unit concerned by a sensitive period. */
@Entity({ tableName: 'sensitive_period_unit' })
@Unique({ properties: ['period', 'unitId'] })
export class SensitivePeriodUnit {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => SensitivePeriod, { deleteRule: 'cascade' })
  period!: SensitivePeriod;

  @Property({ type: 'uuid' })
  @Index()
  unitId!: string;
}

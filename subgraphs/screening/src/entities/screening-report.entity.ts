import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Cadence, RiskLevel } from '../types/screening.enums';

/** 不稳定因素: one unstable factor a screening found. */
@ObjectType({ description: '不稳定因素' })
export class UnstableFactor {
  @Field(() => String, { description: '情况: what was found' })
  description!: string;

  @Field(() => RiskLevel, { description: '风险等级' })
  riskLevel!: RiskLevel;

  @Field(() => Int, { description: '涉及人数' })
  peopleInvolved!: number;

  @Field(() => String, { description: '地点' })
  place!: string;

  @Field(() => String, { description: '已采取的措施' })
  measures!: string;

  @Field(() => String, { description: '责任人' })
  responsible!: string;
}

/**
 * 排查报告: a unit's screening report for one cycle (week or month, by the unit's kind). One per unit and
 * cycle; filing again replaces it when the filer sends the version it read.
 */
@ObjectType({ description: '排查报告' })
@Entity({ tableName: 'screening_report' })
@Unique({ properties: ['unitId', 'cycleKey'] })
@Index({ properties: ['cycleKey', 'unitId'] })
@Index({ properties: ['filedAt', 'id'] })
export class ScreeningReport {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The unit that screened; read `unit` through the gateway */
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => Cadence)
  @Enum({ items: () => Cadence, nativeEnumName: 'cadence' })
  cadence!: Cadence;

  @Field(() => String, { description: 'The cycle: 2026-W48 (a week) or 2026-11 (a month)' })
  @Property({ type: 'string', length: 8 })
  cycleKey!: string;

  @Field(() => String, { description: 'First day of the cycle, YYYY-MM-DD (China time)' })
  @Property({ type: 'date' })
  cycleStartsOn!: string;

  @Field(() => String, { description: 'Last day of the cycle' })
  @Property({ type: 'date' })
  cycleEndsOn!: string;

  @Field(() => String, { description: 'Due by the end of this day (the last working day of the cycle)' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => Boolean, { description: '无: the screening found nothing' })
  @Property({ type: 'boolean' })
  nothingFound!: boolean;

  @Field(() => [UnstableFactor])
  @Property({ type: 'json' })
  factors!: UnstableFactor[];

  @Field(() => GraphQLISODateTime, { description: 'When it was first filed' })
  @Property({ type: 'datetime' })
  filedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was last filed (replaced)' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  /** The account that filed it last */
  @Property({ type: 'uuid' })
  filedBy!: string;

  @Field(() => Boolean, { description: 'First filed after it was due' })
  @Property({ type: 'boolean' })
  late!: boolean;

  @Field(() => Int, { description: 'Optimistic lock: send it back to replace the report' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

/** How often a kind of unit screens, when the bureau set it (otherwise the default of the kind). */
@Entity({ tableName: 'screening_cadence' })
export class ScreeningCadenceRule {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** DepartmentKind */
  @Property({ type: 'string', length: 20, unique: true })
  unitKind!: string;

  @Enum({ items: () => Cadence, nativeEnumName: 'cadence' })
  cadence!: Cadence;

  @Property({ type: 'datetime' })
  setAt!: Date;

  @Property({ type: 'uuid' })
  setBy!: string;
}

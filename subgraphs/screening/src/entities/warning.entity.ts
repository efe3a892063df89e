import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { VisitLevel, WarningStatus } from '../types/screening.enums';

/**
 * 预警: a unit's warning, before it happens, of a collective or skip-level visit it expects. When the visit
 * is registered the bureau matches it to the warning; a warning filed before the visit counts in the
 * unit's favour in the assessment (domain.md §7: deductions halve).
 */
@ObjectType('EarlyWarning', { description: '预警' })
@Entity({ tableName: 'warning' })
@Index({ properties: ['unitId', 'filedAt'] })
@Index({ properties: ['filedAt', 'id'] })
export class Warning {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The unit that warned */
  @Property({ type: 'uuid' })
  unitId!: string;

  /** 属地: the township or street the visitors come from */
  @Property({ type: 'uuid' })
  @Index()
  townshipId!: string;

  @Field(() => String, { description: '预计日期, YYYY-MM-DD (China time)' })
  @Property({ type: 'date' })
  expectedOn!: string;

  @Field(() => VisitLevel, { description: '去向: 到区/到市/赴省/进京' })
  @Enum({ items: () => VisitLevel, nativeEnumName: 'visit_level' })
  destinationLevel!: VisitLevel;

  @Field(() => Int, { description: '预计人数' })
  @Property({ type: 'integer' })
  expectedHeadCount!: number;

  @Field(() => String, { description: '事由' })
  @Property({ type: 'text' })
  matter!: string;

  @Field(() => String, { nullable: true, description: '问题类别 (一级), when known' })
  @Property({ type: 'string', length: 50, nullable: true })
  categoryMain?: string;

  @Field(() => String, { nullable: true, description: '问题类别 (二级), when known' })
  @Property({ type: 'string', length: 50, nullable: true })
  categorySub?: string;

  @Field(() => GraphQLISODateTime, { description: '报送时间' })
  @Property({ type: 'datetime' })
  filedAt!: Date;

  @Property({ type: 'uuid' })
  filedBy!: string;

  @Field(() => WarningStatus)
  @Enum({ items: () => WarningStatus, nativeEnumName: 'warning_status' })
  status: Opt<WarningStatus> = WarningStatus.OPEN;

  /** The visit (a case) the bureau confirmed; a case matches one warning at most */
  @Property({ type: 'uuid', nullable: true, unique: true })
  matchedCaseId?: string;

  @Field(() => String, { nullable: true, description: 'Number of the matched visit (XF2026-000123)' })
  @Property({ type: 'string', length: 20, nullable: true })
  matchedCaseNumber?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the matched visit was registered' })
  @Property({ type: 'datetime', nullable: true })
  visitRegisteredAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the bureau confirmed the match' })
  @Property({ type: 'datetime', nullable: true })
  matchedAt?: Date;

  @Property({ type: 'uuid', nullable: true })
  matchedBy?: string;

  /** Visits the bureau said are not this warning's: never suggested again */
  @Property({ type: 'json', default: '[]' })
  rejectedCaseIds: Opt<string[]> = [];

  @Field(() => Int, { description: 'Optimistic lock' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

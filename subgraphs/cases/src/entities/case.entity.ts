import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { CaseForm, CaseStatus, Channel, Priority, VisitLevel } from '../types/case.enums';

/** 信访事项: one matter brought by one or more petitioners through one channel. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '信访事项' })
@Entity({ tableName: 'case' })
@Index({ properties: ['leadDepartmentId', 'registeredAt'] })
@Index({ properties: ['townshipId', 'registeredAt'] })
export class Case {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: '事项编号, e.g. XF2026-000123' })
  @Property({ type: 'string', length: 20, unique: true })
  number!: string;

  @Field(() => Channel)
  @Enum({ items: () => Channel, nativeEnumName: 'channel' })
  channel!: Channel;

  @Field(() => CaseForm)
  @Enum({ items: () => CaseForm, nativeEnumName: 'case_form' })
  form!: CaseForm;

  @Field(() => Int, { description: '人数' })
  @Property({ type: 'integer' })
  headCount!: number;

  @Field(() => VisitLevel, { description: '访别' })
  @Enum({ items: () => VisitLevel, nativeEnumName: 'visit_level' })
  levelVisited!: VisitLevel;

  @Field(() => String, { description: '问题类别 (一级), e.g. 城建环保' })
  @Property({ type: 'string', length: 50 })
  categoryMain!: string;

  @Field(() => String, { description: '问题类别 (二级), e.g. 环境污染' })
  @Property({ type: 'string', length: 50 })
  categorySub!: string;

  /** 属地: the township or street the matter comes from */
  @Property({ type: 'uuid' })
  townshipId!: string;

  /** 牵头单位; empty until the matter is assigned */
  @Property({ type: 'uuid', nullable: true })
  leadDepartmentId?: string;

  @Field(() => CaseStatus)
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  @Index()
  status!: CaseStatus;

  @Field(() => Priority)
  @Enum({ items: () => Priority, nativeEnumName: 'priority' })
  priority: Opt<Priority> = Priority.NORMAL;

  @Field(() => String, { description: '诉求摘要' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => Boolean, { description: '重信重访 (a repeat of an earlier matter) rather than 初信初访' })
  @Property({ type: 'boolean', default: false })
  isRepeat: Opt<boolean> = false;

  @Field(() => GraphQLISODateTime, { description: '登记时间' })
  @Property({ type: 'datetime' })
  @Index()
  registeredAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '办结时间' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;

  @Field(() => Int, { description: 'Optimistic lock: send it back with an edit' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

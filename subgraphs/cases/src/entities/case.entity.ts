import { Collection, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { ClockKind } from '../clocks/rules';
import { CaseTask } from './case-task.entity';
import { CaseForm, CaseStatus, Channel, Priority, Satisfaction, VisitLevel } from '../types/case.enums';

/** 信访事项: one matter brought by one or more petitioners through one channel. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '信访事项' })
@Entity({ tableName: 'case' })
// keyset pages read these in the order of the lists (registered_at desc, id desc), a page at a time
@Index({ properties: ['registeredAt', 'id'] })
@Index({ properties: ['leadDepartmentId', 'registeredAt', 'id'] })
@Index({ properties: ['townshipId', 'registeredAt', 'id'] })
export class Case {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: '事项编号, e.g. XF2026-000123' })
  @Property({ type: 'string', length: 20, unique: true })
  number!: string;

  /** 原系统编号: the number the matter had in the old system it was imported from (补录). */
  @Field(() => String, { nullable: true, description: '原系统编号: the number in the system the case was imported from' })
  @Property({ type: 'string', length: 40, nullable: true, unique: true })
  legacyNumber?: string;

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
  registeredAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '办结时间' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;

  @Field(() => String, { nullable: true, description: '诉求: what the petitioners ask for' })
  @Property({ type: 'text', nullable: true })
  demands?: string;

  @Field(() => VisitLevel, { nullable: true, description: '上级交办: the level that assigned the matter' })
  @Enum({ items: () => VisitLevel, nativeEnumName: 'visit_level', nullable: true })
  assigningLevel?: VisitLevel;

  @Field(() => String, { nullable: true, description: '上级交办文号' })
  @Property({ type: 'string', length: 100, nullable: true })
  assigningDocument?: string;

  /** Attachment metadata (the files themselves live in the document store). */
  @Property({ type: 'json', default: '[]' })
  attachments: Opt<{ name: string; mimeType: string; sizeBytes: number }[]> = [];

  @Field(() => String, { description: 'Rule set whose clocks apply (NATIONAL, HOTLINE_12345, LEADER_INSTRUCTED)' })
  @Property({ type: 'string', length: 30, default: 'NATIONAL' })
  ruleSet: Opt<string> = 'NATIONAL';

  /** Client-supplied key: registering the same request twice creates one case. */
  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  idempotencyKey?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '受理时间' })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '交办时间' })
  @Property({ type: 'datetime', nullable: true })
  assignedAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '牵头单位签收时间' })
  @Property({ type: 'datetime', nullable: true })
  signedForAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '答复时间' })
  @Property({ type: 'datetime', nullable: true })
  repliedAt?: Date;

  @Field(() => String, { nullable: true, description: '答复意见' })
  @Property({ type: 'text', nullable: true })
  reply?: string;

  @Field(() => Satisfaction, { nullable: true, description: '满意度' })
  @Enum({ items: () => Satisfaction, nativeEnumName: 'satisfaction', nullable: true })
  satisfaction?: Satisfaction;

  @Field(() => String, { nullable: true, description: '不予受理理由' })
  @Property({ type: 'text', nullable: true })
  notAcceptedReason?: string;

  @Field(() => String, { nullable: true, description: '不予受理时告知的有权处理机关' })
  @Property({ type: 'string', length: 100, nullable: true })
  redirectTo?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '复查申请时间' })
  @Property({ type: 'datetime', nullable: true })
  reviewRequestedAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '复查意见时间' })
  @Property({ type: 'datetime', nullable: true })
  reviewDecidedAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '复核申请时间' })
  @Property({ type: 'datetime', nullable: true })
  reReviewRequestedAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '复核意见时间 (终结)' })
  @Property({ type: 'datetime', nullable: true })
  reReviewDecidedAt?: Date;

  @Field(() => Int, { description: 'Days added to the handling limit by approved extensions' })
  @Property({ type: 'integer', default: 0 })
  extensionDays: Opt<number> = 0;

  /** The clock now running, and when it falls due (kept for "what is overdue" queries). */
  @Enum({ items: () => ClockKind, nativeEnumName: 'clock_kind', nullable: true })
  runningClock?: ClockKind;

  @Property({ type: 'datetime', nullable: true })
  @Index()
  dueAt?: Date;

  /** 重复访: the earlier matter this one repeats */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  repeatOfId?: string;

  @Field(() => Boolean, { description: '不再受理: repeats a terminated matter with the same facts and reasons' })
  @Property({ type: 'boolean', default: false })
  notToBeAcceptedAgain: Opt<boolean> = false;

  /** Merged into another case (a duplicate from another channel); the intake still counts in statistics. */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  mergedIntoId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was merged into another case: its own clocks stop then, the other case carries the matter' })
  @Property({ type: 'datetime', nullable: true })
  mergedAt?: Date;

  /** 包案领导 */
  @Property({ type: 'uuid', nullable: true })
  leaderId?: string;

  /** 承办人 */
  @Property({ type: 'uuid', nullable: true })
  handlerId?: string;

  /**
   * 管辖异议: the lead unit disputes that it is competent (domain.md §4: their common superior decides, at the
   * joint meeting). Open from when it is raised until the lead is reassigned, a joint-meeting decision is
   * carried in, or the bureau keeps the lead (维持); each step is on the timeline.
   */
  @Property({ type: 'datetime', nullable: true })
  competenceDisputedAt?: Date;

  @Property({ type: 'uuid', nullable: true })
  competenceDisputeUnitId?: string;

  @Property({ type: 'text', nullable: true })
  competenceDisputeReason?: string;

  /** The unit the disputing unit says is competent, when it names one. */
  @Property({ type: 'uuid', nullable: true })
  competenceDisputeProposedUnitId?: string;

  @Field(() => Boolean, { description: '挂牌督办' })
  @Property({ type: 'boolean', default: false })
  placarded: Opt<boolean> = false;

  /** For access checks in SQL ("cases my unit has a task in"); read tasks through the loader. */
  @OneToMany(() => CaseTask, (task) => task.case)
  unitTasks = new Collection<CaseTask>(this);

  @Field(() => Int, { description: 'Optimistic lock: send it back with an edit' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

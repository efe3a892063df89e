import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { TaskRole, TaskStatus } from '../types/case.enums';
import { Case } from './case.entity';

/** A unit's part in a case: the lead unit's, or a cooperating unit's sub-task with its own deadline. */
@ObjectType({ description: '承办任务' })
@Entity({ tableName: 'case_task' })
@Index({ properties: ['unitId', 'status'] })
// a unit's holdings: its open tasks, soonest due first, a page at a time
@Index({ properties: ['unitId', 'dueAt', 'id'], where: "status in ('ASSIGNED', 'SIGNED_FOR')" })
export class CaseTask {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Case, { deleteRule: 'cascade' })
  @Index()
  case!: Case;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => TaskRole)
  @Enum({ items: () => TaskRole, nativeEnumName: 'task_role' })
  role!: TaskRole;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status' })
  status!: TaskStatus;

  @Field(() => GraphQLISODateTime, { description: 'Since when the unit holds it' })
  @Property({ type: 'datetime' })
  assignedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the unit must report its result: the end of dueDay, China time (23:59:59.999+08:00)' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  /** Days given for a cooperating unit's part at assignment; empty when the task follows the case's own deadline. */
  @Property({ type: 'integer', nullable: true })
  dueDays?: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '签收时间' })
  @Property({ type: 'datetime', nullable: true })
  signedForAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date;

  @Field(() => String, { nullable: true, description: '办理结果' })
  @Property({ type: 'text', nullable: true })
  result?: string;

  @Field(() => Int, { description: 'Optimistic lock: send it back with a change to the task' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

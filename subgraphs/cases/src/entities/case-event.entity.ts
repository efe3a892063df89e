import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { CaseStatus } from '../types/case.enums';
import { Case } from './case.entity';

/** One entry on a case's timeline: who, from which unit, when, what and why. Never changed or deleted. */
@ObjectType({ description: '办理过程' })
@Entity({ tableName: 'case_event' })
export class CaseEvent {
  /** Increasing: events of the same instant keep the order they happened in. */
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Case, { deleteRule: 'cascade' })
  @Index()
  case!: Case;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  at!: Date;

  /** The person who acted (a Person of the departments subgraph). */
  @Property({ type: 'uuid', nullable: true })
  actorId?: string;

  /** The unit they acted for. */
  @Property({ type: 'uuid', nullable: true })
  unitId?: string;

  @Field(() => String, { description: 'What happened, e.g. ACCEPTED, ASSIGNED, EXTENDED, SUPERVISED, MERGED' })
  @Property({ type: 'string', length: 40 })
  action!: string;

  @Field(() => CaseStatus, { nullable: true })
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status', nullable: true })
  fromStatus?: CaseStatus;

  @Field(() => CaseStatus, { nullable: true })
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status', nullable: true })
  toStatus?: CaseStatus;

  @Field(() => String, { nullable: true, description: 'Why, or what was said' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  /** 补录: a past step brought in from the old system, recorded later with the day it really happened. */
  @Field(() => Boolean, { description: '补录: a past step recorded later (imported from the old system) with the date it happened' })
  @Property({ type: 'boolean', default: false })
  backdated: Opt<boolean> = false;
}

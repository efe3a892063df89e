import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConstraintScoreType, PlanConflictType, PlannedSessionType, PlanReasonType } from '../types/scheduling.types';
import type { Conflict, ConstraintScore, Reason } from '../scheduling/explain';
import type { PlannedSession } from '../scheduling/solve';

/** A planned session as stored, with the meeting's version when it was planned (apply checks it). */
export interface StoredPlannedSession extends PlannedSession {
  version: number;
  /** PLANNED sessions are written on apply; the others were there to plan around */
  planned: boolean;
}

/** 排会方案: a proposal for the sessions of a horizon, with its score and reasons; applied or not. */
@ObjectType({ description: '排会方案' })
@Entity({ tableName: 'meeting_plan' })
export class MeetingPlan {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'First day of the horizon' })
  @Property({ type: 'date' })
  fromDay!: string;

  @Field(() => String, { description: 'Last day of the horizon' })
  @Property({ type: 'date' })
  toDay!: string;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Field(() => String, { description: 'EXACT (HiGHS) or HEURISTIC (local search)' })
  @Property({ type: 'string', length: 20 })
  engine!: string;

  @Field(() => Boolean, { description: 'Proven optimal (HiGHS, mip_rel_gap 0)' })
  @Property({ type: 'boolean' })
  optimal!: boolean;

  @Field(() => Boolean, { description: 'Meets every hard constraint' })
  @Property({ type: 'boolean' })
  feasible!: boolean;

  @Field(() => Int, { description: 'Hard violations' })
  @Property({ type: 'integer' })
  hard!: number;

  @Field(() => Float, { description: 'Soft penalty' })
  @Property({ type: 'double' })
  soft!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  solveMs!: number;

  @Field(() => [PlannedSessionType])
  @Property({ type: 'jsonb' })
  sessions!: StoredPlannedSession[];

  @Field(() => [ConstraintScoreType])
  @Property({ type: 'jsonb' })
  score!: ConstraintScore[];

  @Field(() => [PlanReasonType])
  @Property({ type: 'jsonb' })
  reasons!: Reason[];

  @Field(() => PlanConflictType, { nullable: true, description: 'When no plan meets the hard constraints: a minimal set of them that conflict' })
  @Property({ type: 'jsonb', nullable: true })
  conflict?: Conflict;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  appliedAt?: Date;
}

import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { MeetingKind, MeetingStatus } from '../types/meeting.enums';

/** 联席会议: a session of the district's joint meeting on petition issues. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '联席会议' })
@Entity({ tableName: 'meeting' })
export class Meeting {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Session number of a regular meeting (第N次)' })
  @Property({ type: 'integer', nullable: true, unique: true })
  sessionNumber?: number;

  @Field(() => String, { description: 'e.g. 第二十九次信访联席工作会议' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => MeetingKind)
  @Enum({ items: () => MeetingKind, nativeEnumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Field(() => MeetingStatus)
  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status' })
  status!: MeetingStatus;

  @Field(() => String, { description: 'Date held or planned, YYYY-MM-DD' })
  @Property({ type: 'date' })
  @Index()
  heldOn!: string;

  @Field(() => Date, { nullable: true, description: 'When the session starts; null while it is only planned' })
  @Property({ type: 'timestamptz', nullable: true })
  startsAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the session ends' })
  @Property({ type: 'timestamptz', nullable: true })
  endsAt?: Date;

  @Property({ type: 'uuid', nullable: true })
  roomId?: string;

  @Field(() => Int, { nullable: true, description: 'Planned length in minutes (the scheduling default when null)' })
  @Property({ type: 'integer', nullable: true })
  durationMinutes?: number;

  /** The secretariat fixed the time: re-planning keeps it. */
  @Field(() => Boolean, { description: 'Time fixed by the secretariat (置顶/锁定): plans keep it' })
  @Property({ type: 'boolean', default: false })
  pinnedTime: Opt<boolean> = false;

  /** The secretariat fixed the room too (a session can be pinned in time only, its room left to the plan). */
  @Field(() => Boolean, { description: 'Room fixed by the secretariat: plans keep it' })
  @Property({ type: 'boolean', default: false })
  pinnedRoom: Opt<boolean> = false;

  @Field(() => String, { nullable: true, description: '专题: what a special session is about' })
  @Property({ type: 'string', length: 100, nullable: true })
  subject?: string;

  @Field(() => String, { nullable: true, description: '会议纪要, once published' })
  @Property({ type: 'text', nullable: true })
  minutes?: string;

  @Field(() => Date, { nullable: true, description: 'When the minutes were published' })
  @Property({ type: 'timestamptz', nullable: true })
  minutesPublishedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Why the session was cancelled' })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt?: Date;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

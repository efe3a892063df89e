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

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

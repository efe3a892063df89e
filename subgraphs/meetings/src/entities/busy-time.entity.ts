import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum BusySubject {
  PERSON = 'PERSON',
  UNIT = 'UNIT',
}
registerEnumType(BusySubject, { name: 'BusySubject', description: 'Whose time is taken: a person (a leader) or a unit' });

/**
 * 忙碌时间: a person (a leader) or a unit cannot attend, every week (每周一上午 区委常委会) or once
 * (startsAt-endsAt). Plans never put a session a busy person or unit must attend in it.
 */
@ObjectType({ description: '忙碌时间' })
@Entity({ tableName: 'busy_time' })
export class BusyTime {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => BusySubject)
  @Enum({ items: () => BusySubject, nativeEnumName: 'busy_subject' })
  subjectKind!: BusySubject;

  @Field(() => ID, { description: 'The person or unit (departments directory id)' })
  @Property({ type: 'uuid' })
  @Index()
  subjectId!: string;

  @Field(() => String, { description: 'e.g. 区委常委会' })
  @Property({ type: 'string', length: 100 })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'Every week on this ISO weekday (1 Monday .. 7 Sunday)' })
  @Property({ type: 'smallint', nullable: true })
  weekday?: number;

  @Field(() => String, { nullable: true, description: 'Weekly: from HH:MM (China time)' })
  @Property({ type: 'string', length: 5, nullable: true })
  startTime?: string;

  @Field(() => String, { nullable: true, description: 'Weekly: until HH:MM (China time)' })
  @Property({ type: 'string', length: 5, nullable: true })
  endTime?: string;

  @Field(() => Date, { nullable: true, description: 'Once: from' })
  @Property({ type: 'timestamptz', nullable: true })
  startsAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Once: until' })
  @Property({ type: 'timestamptz', nullable: true })
  endsAt?: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}

import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { NoticeKind } from '../types/notice.enums';

/**
 * 通知: one notice to one addressee, a unit (`unit:<id>`: every person of the unit sees it) or a person
 * (`person:<id>`). A job delivered twice writes it once: `(key, addressee)` is unique.
 */
@ObjectType({ description: '通知' })
@Entity({ tableName: 'notice' })
@Unique({ properties: ['key', 'addressee'] })
// an inbox, newest first, a page at a time
@Index({ properties: ['addressee', 'createdAt', 'id'] })
export class Notice {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The producer's key of the fact (e.g. `clock:<caseId>:HANDLE:75`). */
  @Property({ type: 'string', length: 200 })
  key!: string;

  /** `unit:<id>` or `person:<id>` */
  @Property({ type: 'string', length: 60 })
  addressee!: string;

  @Field(() => NoticeKind)
  @Property({ type: 'string', length: 40 })
  kind!: NoticeKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  body?: string;

  @Field(() => String, { nullable: true, description: 'What it is about: a type name such as Case' })
  @Property({ type: 'string', length: 40, nullable: true })
  subjectType?: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  subjectId?: string;

  @Field(() => String, { nullable: true, description: 'e.g. the case number' })
  @Property({ type: 'string', length: 100, nullable: true })
  subjectLabel?: string;

  @Field(() => GraphQLISODateTime, { description: 'When the fact happened' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the notice was written' })
  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** That a person read a notice (a unit's notice is read or unread for each of its people). */
@Entity({ tableName: 'notice_read' })
export class NoticeRead {
  @PrimaryKey({ type: 'uuid' })
  noticeId!: string;

  @PrimaryKey({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'datetime' })
  readAt!: Date;
}

/** Where a person wants notices sent besides the inbox (set by the person: `setMyNoticeContacts`). */
@ObjectType({ description: '通知外发方式' })
@Entity({ tableName: 'notice_contact' })
@Index({ properties: ['unitId'] })
export class NoticeContact {
  @PrimaryKey({ type: 'uuid' })
  personId!: string;

  /** The person's unit when they set it (their token's): unit notices go to the contacts of the unit. */
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string;

  @Field(() => String, { nullable: true, description: '手机号 (短信)' })
  @Property({ type: 'string', length: 20, nullable: true })
  mobile?: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Meeting } from './meeting.entity';

/** 议题: one item on a meeting's agenda, about one or more cases, with the decision taken on it. */
@ObjectType({ description: '议题' })
@Entity({ tableName: 'agenda_item' })
@Unique({ properties: ['meeting', 'position'] })
export class AgendaItem {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Meeting;

  @Field(() => Int, { description: 'Order on the agenda, from 1' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: '会议决定' })
  @Property({ type: 'text', nullable: true })
  decision?: string;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

/** Which cases an agenda item is about (a case can come up at several meetings). */
@Entity({ tableName: 'agenda_item_case' })
@Unique({ properties: ['agendaItem', 'caseId'] })
export class AgendaItemCase {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => AgendaItem, { deleteRule: 'cascade' })
  agendaItem!: AgendaItem;

  @Property({ type: 'uuid' })
  @Index()
  caseId!: string;
}

import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { AgendaItem } from './agenda-item.entity';

/**
 * 会议决定: what a session decided on an agenda item (about one of its cases, or the item as a whole):
 * which unit leads, which cooperate, which leader owns it (包案), who handles it and by when. Tracked
 * (督查) until carried out: the case replied to or closed by the deadline, or evidence recorded.
 */
@ObjectType({ description: '会议决定 (督查事项)' })
@Entity({ tableName: 'decision' })
export class Decision {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => AgendaItem, { deleteRule: 'cascade' })
  @Index()
  agendaItem!: AgendaItem;

  /** The case decided on; empty for a decision on the item as a whole. */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  caseId?: string;

  @Field(() => ID, { description: '牵头单位' })
  @Property({ type: 'uuid' })
  leadUnitId!: string;

  @Field(() => [ID], { description: '配合单位' })
  @Property({ type: 'json' })
  cooperatingUnitIds!: string[];

  @Field(() => ID, { nullable: true, description: '包案领导 (Person id)' })
  @Property({ type: 'uuid', nullable: true })
  ownerLeaderId?: string;

  @Field(() => String, { description: '责任人' })
  @Property({ type: 'string', length: 50 })
  handlerName!: string;

  @Field(() => String, { description: '落实期限, YYYY-MM-DD (China time; due at its end)' })
  @Property({ type: 'date' })
  @Index()
  deadline!: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: '落实情况: evidence the secretariat recorded' })
  @Property({ type: 'text', nullable: true })
  evidence?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the evidence was recorded' })
  @Property({ type: 'datetime', nullable: true })
  evidenceAt?: Date;

  @Field(() => Boolean, { description: 'Whether the decision changed who leads or cooperates, and was carried into the case' })
  @Property({ type: 'boolean', default: false })
  carriedIntoCase: Opt<boolean> = false;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

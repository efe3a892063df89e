import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { DeliveryChannel, DeliveryStatus } from '../types/notice.enums';

/** 外发: one notice sent to one person over one channel, with its attempts (admins see failed ones). */
@ObjectType({ description: '通知外发' })
@Entity({ tableName: 'notice_delivery' })
@Unique({ properties: ['noticeId', 'personId', 'channel'] })
@Index({ properties: ['status', 'updatedAt', 'id'] })
export class NoticeDelivery {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  noticeId!: string;

  @Field(() => ID, { description: 'The person it is sent to' })
  @Property({ type: 'uuid' })
  personId!: string;

  @Field(() => DeliveryChannel)
  @Enum({ items: () => DeliveryChannel, nativeEnumName: 'delivery_channel' })
  channel!: DeliveryChannel;

  @Field(() => String, { description: 'The address or number it goes to' })
  @Property({ type: 'string', length: 200 })
  target!: string;

  @Field(() => DeliveryStatus)
  @Enum({ items: () => DeliveryStatus, nativeEnumName: 'delivery_status' })
  status!: DeliveryStatus;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' })
  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

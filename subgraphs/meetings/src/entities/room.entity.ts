import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** 会议室: a room joint-meeting sessions can be held in. */
@ObjectType({ description: '会议室' })
@Entity({ tableName: 'room' })
export class Room {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'e.g. 区委三楼第一会议室' })
  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  @Field(() => Int, { description: 'Seats' })
  @Property({ type: 'integer' })
  seats!: number;

  @Field(() => Boolean, { description: 'Offered to plans' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}

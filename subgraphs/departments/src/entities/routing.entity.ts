import { Entity, Index, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { BigIntType, Collection, type Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Category } from './category.entity';
import { Department } from './department.entity';

/** A change of which department leads a category's cases: who changed it, when, from what, why. */
@ObjectType({ description: '分办规则变更记录' })
@Entity({ tableName: 'routing_change' })
export class RoutingChange {
  @Field(() => ID)
  // read as a string: a JS bigint cannot be sent as a GraphQL ID
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => Category, { deleteRule: 'cascade' })
  @Index()
  category!: Category;

  @ManyToOne(() => Department, { nullable: true, deleteRule: 'restrict' })
  fromDepartment?: Department;

  @ManyToOne(() => Department, { deleteRule: 'restrict' })
  toDepartment!: Department;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  at!: Date;

  /** The account that made the change. */
  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  changedBy!: string;

  @Property({ type: 'uuid' })
  changedByPersonId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;
}

/** 专项工作小组: a special working group of the joint meeting, with a lead department and member units. */
@ObjectType({ description: '专项工作小组' })
@Entity({ tableName: 'working_group' })
export class WorkingGroup {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  @ManyToOne(() => Department, { deleteRule: 'restrict' })
  leadDepartment!: Department;

  @ManyToMany(() => Department, undefined, { pivotTable: 'working_group_member' })
  members = new Collection<Department>(this);

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

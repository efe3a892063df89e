import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Department } from './department.entity';

/** A person working in a unit: a leader, a department head, a liaison (联络员), a handler (承办人). */
@Directive('@key(fields: "id")')
@ObjectType({ description: '人员' })
@Entity({ tableName: 'person' })
export class Person {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { description: '职务, e.g. 副区长, 联络员' })
  @Property({ type: 'string', length: 50 })
  position!: string;

  @ManyToOne(() => Department, { deleteRule: 'restrict' })
  @Index()
  unit!: Department;

  @Field(() => Boolean, { description: 'May own cases as 包案领导' })
  @Property({ type: 'boolean', default: false })
  isLeader: Opt<boolean> = false;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

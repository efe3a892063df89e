import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DepartmentKind } from '../types/department-kind.enum';

/** A unit that works cases: district leadership, a district department, a township or a street. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '单位: a unit that works petition cases' })
@Entity({ tableName: 'department' })
export class Department {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: '单位代码, unique' })
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Field(() => String, { description: '单位名称' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => DepartmentKind)
  @Enum({ items: () => DepartmentKind, nativeEnumName: 'department_kind' })
  @Index()
  kind!: DepartmentKind;

  @ManyToOne(() => Department, { nullable: true, deleteRule: 'restrict' })
  parent?: Department;

  @Field(() => Int, { nullable: true, description: '常住人口 (townships and streets)' })
  @Property({ type: 'integer', nullable: true })
  population?: number;

  @Field(() => Boolean, { description: 'Inactive units keep their history but take no new cases' })
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Field(() => Int, { description: 'Optimistic lock: send it back with an update' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

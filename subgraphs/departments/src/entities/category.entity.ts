import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Department } from './department.entity';

/** 问题类别: a two-level problem category, routed to the department that leads its cases. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '问题类别 (一级/二级) and its lead department' })
@Entity({ tableName: 'category' })
@Unique({ properties: ['main', 'sub'] })
export class Category {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: '一级类别, e.g. 城乡建设' })
  @Property({ type: 'string', length: 50 })
  main!: string;

  @Field(() => String, { description: '二级类别, e.g. 拆迁安置' })
  @Property({ type: 'string', length: 50 })
  sub!: string;

  /** 牵头部门 suggested at intake (the special working group's lead department). */
  @ManyToOne(() => Department, { deleteRule: 'restrict' })
  leadDepartment!: Department;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

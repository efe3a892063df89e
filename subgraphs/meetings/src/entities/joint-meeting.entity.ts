import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** 专项工作小组 of the joint meeting: a named group led by one department. */
@ObjectType('JointWorkingGroup', { description: '专项工作小组 of the joint meeting' })
export class WorkingGroupSpec {
  @Field(() => String, { description: 'e.g. 征地拆迁专项工作小组' })
  name!: string;

  @Field(() => ID, { description: '牵头部门' })
  leadUnitId!: string;

  @Field(() => [ID], { description: '成员单位' })
  memberUnitIds!: string[];
}

/**
 * 信访联席会议: the district's joint-meeting body. There is one: convenor (召集人, a district leader),
 * member units (成员单位), its office (联席办) and its working groups. People and units are ids of the
 * departments directory, checked there when the body is edited.
 */
@ObjectType({ description: '信访联席会议 (the body): convenor, member units, office and working groups' })
@Entity({ tableName: 'joint_meeting' })
export class JointMeeting {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'e.g. 区信访工作联席会议' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** 召集人 */
  @Field(() => ID, { description: '召集人: a district leader (Person id)' })
  @Property({ type: 'uuid' })
  convenorId!: string;

  /** 联席办: the office that prepares the sessions */
  @Field(() => ID, { description: '联席办: the unit that prepares the sessions' })
  @Property({ type: 'uuid' })
  officeUnitId!: string;

  @Field(() => [ID], { description: '成员单位' })
  @Property({ type: 'json' })
  memberUnitIds!: string[];

  @Field(() => [WorkingGroupSpec], { description: '专项工作小组' })
  @Property({ type: 'json' })
  workingGroups!: WorkingGroupSpec[];

  @Field(() => Int, { description: 'Optimistic lock: send it back with an edit' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

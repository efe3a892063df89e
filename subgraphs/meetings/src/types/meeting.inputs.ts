import { Field, ID, InputType, Int } from 'type-graphql';
import { MeetingKind, MeetingStatus } from './meeting.enums';

@InputType({ description: '新建会议: a regular numbered session or a special one (专题) with its subject' })
export class CreateMeetingInput {
  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => String, { description: 'The day it is planned for, YYYY-MM-DD (China time); the plan fixes the time' })
  plannedOn!: string;

  @Field(() => String, { nullable: true, description: '专题: required for a special session, e.g. 国庆节前信访稳定' })
  subject?: string;

  @Field(() => Int, { nullable: true, description: 'Optional check: must be the next number (the number is always allocated by the server)' })
  sessionNumber?: number;
}

@InputType({ description: 'Which sessions to list; every field narrows the list' })
export class MeetingFilter {
  @Field(() => [MeetingStatus], { nullable: true })
  statuses?: MeetingStatus[];

  @Field(() => MeetingKind, { nullable: true })
  kind?: MeetingKind;

  @Field(() => String, { nullable: true, description: 'Held or planned on or after this day (YYYY-MM-DD)' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Held or planned before this day (YYYY-MM-DD, exclusive)' })
  to?: string;
}

@InputType({ description: '专项工作小组 of the joint meeting' })
export class JointWorkingGroupInput {
  @Field(() => String)
  name!: string;

  @Field(() => ID)
  leadUnitId!: string;

  @Field(() => [ID], { defaultValue: [] })
  memberUnitIds!: string[];
}

@InputType({ description: 'The joint-meeting body: convenor, office, member units, working groups' })
export class JointMeetingInput {
  @Field(() => String, { defaultValue: '区信访工作联席会议' })
  name!: string;

  @Field(() => ID, { description: '召集人: a district leader' })
  convenorId!: string;

  @Field(() => ID, { description: '联席办' })
  officeUnitId!: string;

  @Field(() => [ID])
  memberUnitIds!: string[];

  @Field(() => [JointWorkingGroupInput], { defaultValue: [] })
  workingGroups!: JointWorkingGroupInput[];

  @Field(() => Int, { nullable: true, description: 'The version read; required to change an existing body' })
  version?: number;
}

@InputType({ description: '会议决定 on an agenda item' })
export class RecordDecisionInput {
  @Field(() => ID)
  agendaItemId!: string;

  @Field(() => ID, { nullable: true, description: 'The case decided on; may be left out when the item is about one case (or none)' })
  caseId?: string;

  @Field(() => ID, { description: '牵头单位' })
  leadUnitId!: string;

  @Field(() => [ID], { defaultValue: [] })
  cooperatingUnitIds!: string[];

  @Field(() => ID, { nullable: true, description: '包案领导' })
  ownerLeaderId?: string;

  @Field(() => String, { description: '责任人' })
  handlerName!: string;

  @Field(() => String, { description: '落实期限, YYYY-MM-DD; not before today' })
  deadline!: string;
}

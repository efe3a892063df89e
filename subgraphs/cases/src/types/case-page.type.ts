import { PageInfo } from '@lianban/kit';
import { Field, ID, InputType, ObjectType, GraphQLISODateTime } from 'type-graphql';
import { Case } from '../entities/case.entity';
import { CaseForm, CaseStatus, Channel, VisitLevel } from './case.enums';

@ObjectType({ description: 'A page of cases, newest first; `total` (how many match in all) is counted only when asked' })
export class CasePage {
  @Field(() => [Case])
  items!: Case[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counts every match (the `total` field). */
  count!: () => Promise<number>;
}

@InputType({ description: 'Which cases to list; every field narrows the list' })
export class CaseFilter {
  @Field(() => ID, { nullable: true, description: '属地' })
  townshipId?: string;

  @Field(() => ID, { nullable: true, description: '牵头单位' })
  leadDepartmentId?: string;

  @Field(() => [CaseStatus], { nullable: true })
  statuses?: CaseStatus[];

  @Field(() => [Channel], { nullable: true })
  channels?: Channel[];

  @Field(() => CaseForm, { nullable: true })
  form?: CaseForm;

  @Field(() => [VisitLevel], { nullable: true })
  levels?: VisitLevel[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Registered on or after' })
  registeredFrom?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Registered before' })
  registeredBefore?: Date;

  @Field(() => String, { nullable: true, description: '事项编号, exactly (XF2026-000123)' })
  number?: string;

  @Field(() => String, { nullable: true, description: '信访人: a petitioner with exactly this name or ID number (the petition bureau only)' })
  petitioner?: string;

  @Field(() => ID, { nullable: true, description: '包案领导' })
  leaderId?: string;
}

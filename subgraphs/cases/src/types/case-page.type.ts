import { Field, ID, InputType, Int, ObjectType, GraphQLISODateTime } from 'type-graphql';
import { Case } from '../entities/case.entity';
import { CaseForm, CaseStatus, Channel, VisitLevel } from './case.enums';

@ObjectType({ description: 'A page of cases and how many match in all' })
export class CasePage {
  @Field(() => Int)
  total!: number;

  @Field(() => [Case])
  items!: Case[];
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
}

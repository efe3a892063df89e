import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { DepartmentRef } from './department.type';

/** 管辖异议 still open on a case: who raised it, when, why, and whom they hold competent. */
@ObjectType({ description: '管辖异议 (open): the lead unit disputes that it is competent; the joint meeting or the bureau decides' })
export class CompetenceDispute {
  @Field(() => GraphQLISODateTime)
  raisedAt!: Date;

  @Field(() => DepartmentRef, { description: 'The unit that disputes (the lead unit when it was raised)' })
  unit!: DepartmentRef;

  @Field(() => String)
  reason!: string;

  @Field(() => DepartmentRef, { nullable: true, description: 'The unit it holds competent, if it named one' })
  proposedUnit?: DepartmentRef;
}

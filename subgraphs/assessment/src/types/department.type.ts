import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A unit, owned by the departments subgraph; this subgraph adds its assessment results. */
@Directive('@key(fields: "id")')
@ObjectType('Department')
export class DepartmentRef {
  @Field(() => ID)
  id!: string;
}

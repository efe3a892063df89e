import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A unit, owned by the departments subgraph; this subgraph adds the cases it leads and originates. */
@Directive('@key(fields: "id")')
@ObjectType('Department')
export class DepartmentRef {
  @Field(() => ID)
  id!: string;
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A unit, owned by the departments subgraph: screening only names it. */
@Directive('@key(fields: "id")')
@ObjectType('Department')
export class DepartmentRef {
  @Field(() => ID)
  id!: string;
}

/** A case, owned by the cases subgraph: a matched warning names it. */
@Directive('@key(fields: "id")')
@ObjectType('Case')
export class CaseRef {
  @Field(() => ID)
  id!: string;
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DepartmentKind } from './screening.enums';

/**
 * A unit, owned by the departments subgraph: screening names it, and adds its screening status, for which
 * it needs the unit's kind (`@external`, passed by the gateway with `@requires`).
 */
@Directive('@key(fields: "id")')
@ObjectType('Department')
export class DepartmentRef {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  // owned by departments: this subgraph never resolves it, it only receives it (hence optional here)
  @Field(() => DepartmentKind)
  kind?: DepartmentKind;
}

/** A case, owned by the cases subgraph: a matched warning names it. */
@Directive('@key(fields: "id")')
@ObjectType('Case')
export class CaseRef {
  @Field(() => ID)
  id!: string;
}

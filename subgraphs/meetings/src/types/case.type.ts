import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A case, owned by the cases subgraph; this subgraph adds the agenda items that took it up. */
@Directive('@key(fields: "id")')
@ObjectType('Case')
export class CaseRef {
  @Field(() => ID)
  id!: string;
}

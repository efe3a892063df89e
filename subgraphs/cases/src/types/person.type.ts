import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A person, owned by the departments subgraph (leaders who own cases, handlers). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Person')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Deactivate an account: it can no longer sign in and every open sign-in of it ends' })
export class DeactivateAccountInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => String, { description: 'Why (kept in the account audit trail)' })
  reason!: string;
}

@InputType({ description: 'End every open sign-in of an account (强制下线); it can sign in again' })
export class EndAccountSessionsInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => String, { description: 'Why (kept in the account audit trail)' })
  reason!: string;
}

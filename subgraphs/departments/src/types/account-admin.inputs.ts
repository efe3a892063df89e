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

@InputType({ description: 'Reset an account\'s password (重置密码): a temporary password, answered once; it must be changed at the next sign-in' })
export class ResetAccountPasswordInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => String, { description: 'Why (kept in the account audit trail), e.g. 本人忘记密码，电话核实身份' })
  reason!: string;
}

@InputType({ description: 'Change the signed-in person\'s own password (修改密码)' })
export class ChangeMyPasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String, { description: 'At least 10 characters, not the username, not the current password' })
  newPassword!: string;
}

import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Account } from '../entities/account.entity';

@ObjectType({ description: 'A signed token: send it as `Authorization: Bearer <token>`' })
export class LoginResult {
  @Field(() => String)
  token!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => Account)
  account!: Account;
}

@ObjectType({ description: 'A reset password: hand the temporary password to its holder in person; it is not shown again' })
export class PasswordResetResult {
  @Field(() => Account)
  account!: Account;

  @Field(() => String, { description: 'The temporary password; its holder must change it at the next sign-in' })
  temporaryPassword!: string;
}

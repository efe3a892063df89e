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

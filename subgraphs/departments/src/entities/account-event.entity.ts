import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from './account.entity';

/** What an administrator did to an account. */
export enum AccountAction {
  DEACTIVATED = 'DEACTIVATED',
  SESSIONS_ENDED = 'SESSIONS_ENDED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
}
registerEnumType(AccountAction, {
  name: 'AccountAction',
  valuesConfig: {
    DEACTIVATED: { description: '停用账号 (all its sign-ins end)' },
    SESSIONS_ENDED: { description: '强制下线' },
    PASSWORD_RESET: { description: '重置密码 (a temporary password; its sign-ins end; it must be changed at the next sign-in)' },
    PASSWORD_CHANGED: { description: '修改密码 (by the holder; their other sign-ins end)' },
  },
});

/** The audit trail of account administration: who did what to which account, when and why. */
@ObjectType({ description: '账号操作记录' })
@Entity({ tableName: 'account_event' })
export class AccountEvent {
  @Field(() => ID)
  // read as a string: a JS bigint cannot be sent as a GraphQL ID
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  @Index()
  account!: Account;

  @Field(() => ID, { description: 'The account acted on' })
  get accountId(): Opt<string> {
    return this.account.id;
  }

  @Field(() => AccountAction)
  @Enum({ items: () => AccountAction, nativeEnumName: 'account_action' })
  action!: AccountAction;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'datetime' })
  at!: Date;

  /** The administrator's username and account. */
  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  by!: string;

  @Property({ type: 'uuid' })
  byAccountId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  /** How many open sign-ins this ended. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  sessionsEnded!: number;
}

import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Person } from './person.entity';

/** What a person may do with Lianban. */
export enum AccountRole {
  /** 信访局登记员 */
  REGISTRAR = 'REGISTRAR',
  /** 部门联络员: scoped to one unit */
  LIAISON = 'LIAISON',
  /** 联席办 */
  SECRETARIAT = 'SECRETARIAT',
  /** 考核办 */
  EVALUATOR = 'EVALUATOR',
  /** 领导 */
  LEADER = 'LEADER',
  /** maintains the directory, routing and accounts; reads the audit log */
  ADMIN = 'ADMIN',
}
registerEnumType(AccountRole, {
  name: 'AccountRole',
  valuesConfig: {
    REGISTRAR: { description: '信访局登记员' },
    LIAISON: { description: '部门联络员 (one unit)' },
    SECRETARIAT: { description: '联席办' },
    EVALUATOR: { description: '考核办' },
    LEADER: { description: '领导' },
    ADMIN: { description: '系统管理员' },
  },
});

/** A person's sign-in: username, a slow salted password hash, a role, and the throttle on failures. */
@ObjectType({ description: '账号' })
@Entity({ tableName: 'account' })
export class Account {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50, unique: true })
  username!: string;

  /** scrypt$N$r$p$salt$hash (base64) */
  @Property({ type: 'text' })
  passwordHash!: string;

  @ManyToOne(() => Person, { deleteRule: 'restrict' })
  @Index()
  person!: Person;

  @Field(() => AccountRole)
  @Enum({ items: () => AccountRole, nativeEnumName: 'account_role' })
  role!: AccountRole;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  /** Set by an administrator's password reset (重置密码): the holder must choose a password of their own first. */
  @Field(() => Boolean, { description: 'The password was set by an administrator and must be changed at the next sign-in' })
  @Property({ type: 'boolean', default: false })
  mustChangePassword: Opt<boolean> = false;

  /** Failed sign-ins since the last success. */
  @Property({ type: 'integer', default: 0 })
  failedLogins: Opt<number> = 0;

  @Property({ type: 'datetime', nullable: true })
  lastFailedAt?: Date;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

/** An issued sign-in token; logout revokes it. */
@Entity({ tableName: 'session' })
export class Session {
  /** The token's id (jti). */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  @Index()
  account!: Account;

  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  /** Why it was revoked; none with `revokedAt` set: its holder signed out. */
  @Enum({ items: () => SessionEnd, nativeEnumName: 'session_end', nullable: true })
  revokedReason?: SessionEnd;
}

/** Why a sign-in ended before it expired. */
export enum SessionEnd {
  SIGNED_OUT = 'SIGNED_OUT',
  ENDED_BY_ADMIN = 'ENDED_BY_ADMIN',
  ACCOUNT_DEACTIVATED = 'ACCOUNT_DEACTIVATED',
}

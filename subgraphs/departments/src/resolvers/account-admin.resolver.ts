import { Roles, requireIdentity } from '@lianban/kit';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AccountEvent } from '../entities/account-event.entity';
import { Account, AccountRole } from '../entities/account.entity';
import { Department } from '../entities/department.entity';
import type { DepartmentsContext } from '../loaders';
import { SessionService } from '../services/session.service';
import { DeactivateAccountInput, EndAccountSessionsInput, ResetAccountPasswordInput } from '../types/account-admin.inputs';
import { PasswordResetResult } from '../types/login.type';

@ArgsType()
class AccountsArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or deactivated (false) accounts' })
  active?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only accounts of people of this unit' })
  unitId?: string;

  @Field(() => String, { nullable: true, description: 'Only accounts whose username or holder\'s name contains this' })
  search?: string;

  @Field(() => AccountRole, { nullable: true, description: 'Only accounts of this role' })
  role?: AccountRole;

  @Field(() => Int, { defaultValue: 100 })
  first!: number;

  @Field(() => Int, { defaultValue: 0 })
  offset!: number;
}

/** Account administration (admins): the list with sign-in figures, deactivation, ending sign-ins. */
@Resolver(() => Account)
export class AccountAdminResolver {
  @Query(() => [Account], { description: 'Accounts by username, with role, unit, whether active, last sign-in and open sign-ins (admins)' })
  @Roles('ADMIN')
  accounts(@Ctx() ctx: DepartmentsContext, @Args(() => AccountsArgs) args: AccountsArgs): Promise<Account[]> {
    return new SessionService(ctx.em).accounts(args);
  }

  @Query(() => [AccountEvent], { description: 'What admins did to an account (deactivation, ended sign-ins), newest first (admins)' })
  @Roles('ADMIN')
  accountEvents(@Ctx() ctx: DepartmentsContext, @Arg('accountId', () => ID) accountId: string): Promise<AccountEvent[]> {
    return new SessionService(ctx.em).events(accountId);
  }

  @Mutation(() => Account, { description: 'Deactivate an account: sign-in is refused and every open sign-in ends at once (admins; audited)' })
  @Roles('ADMIN')
  deactivateAccount(@Ctx() ctx: DepartmentsContext, @Arg('input', () => DeactivateAccountInput) input: DeactivateAccountInput): Promise<Account> {
    return new SessionService(ctx.em, undefined, ctx.sessionsEnded).deactivate(requireIdentity(ctx.identity), input.accountId, input.reason);
  }

  @Mutation(() => Int, { description: 'End every open sign-in of an account; answers how many ended (admins; audited)' })
  @Roles('ADMIN')
  endAccountSessions(@Ctx() ctx: DepartmentsContext, @Arg('input', () => EndAccountSessionsInput) input: EndAccountSessionsInput): Promise<number> {
    return new SessionService(ctx.em, undefined, ctx.sessionsEnded).endSessions(requireIdentity(ctx.identity), input.accountId, input.reason);
  }

  @Mutation(() => PasswordResetResult, { description: 'Reset a password (重置密码): a temporary password answered once, the account\'s sign-ins end, and it must be changed at the next sign-in (admins; audited)' })
  @Roles('ADMIN')
  resetAccountPassword(@Ctx() ctx: DepartmentsContext, @Arg('input', () => ResetAccountPasswordInput) input: ResetAccountPasswordInput): Promise<PasswordResetResult> {
    return new SessionService(ctx.em, undefined, ctx.sessionsEnded).resetPassword(requireIdentity(ctx.identity), input.accountId, input.reason);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The unit of the account holder' })
  async unit(@Root() account: Account, @Ctx() ctx: DepartmentsContext): Promise<Department | null> {
    const person = await ctx.loaders.person.load(account.person.id);
    return person ? ctx.loaders.department.load(person.unit.id) : null;
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: 'When the account last signed in' })
  async lastSignInAt(@Root() account: Account, @Ctx() ctx: DepartmentsContext): Promise<Date | null> {
    return (await ctx.loaders.sessionFigures.load(account.id)).lastSignInAt;
  }

  @FieldResolver(() => Int, { description: 'Sign-ins of the account that have neither expired nor ended' })
  async openSessions(@Root() account: Account, @Ctx() ctx: DepartmentsContext): Promise<number> {
    return (await ctx.loaders.sessionFigures.load(account.id)).openSessions;
  }
}

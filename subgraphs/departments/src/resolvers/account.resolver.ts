import { NotFoundError, type TokenStatus as TokenState, requireIdentity } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../entities/account.entity';
import { Person } from '../entities/person.entity';
import type { DepartmentsContext } from '../loaders';
import { AuthService } from '../services/auth.service';
import { ChangeMyPasswordInput } from '../types/account-admin.inputs';
import { LoginResult } from '../types/login.type';
import { TokenStatus } from '../types/token-status.enum';

@Resolver(() => Account)
export class AccountResolver {
  @Mutation(() => LoginResult, { description: 'Sign in; repeated failures are throttled' })
  login(@Ctx() ctx: DepartmentsContext, @Arg('username', () => String) username: string, @Arg('password', () => String) password: string) {
    return new AuthService(ctx.em, ctx.issuer).login(username, password);
  }

  @Mutation(() => Boolean, { description: 'Sign out: the token stops working' })
  async logout(@Ctx() ctx: DepartmentsContext): Promise<boolean> {
    const identity = requireIdentity(ctx.identity);
    const ended = await new AuthService(ctx.em, ctx.issuer).logout(identity);
    ctx.sessionsEnded([identity.tokenId]);
    return ended;
  }

  @Mutation(() => LoginResult, { description: 'Change your own password (修改密码): every sign-in of the account ends and a fresh token is answered; the only call (with me and logout) open to a token whose password an administrator reset' })
  async changeMyPassword(@Ctx() ctx: DepartmentsContext, @Arg('input', () => ChangeMyPasswordInput) input: ChangeMyPasswordInput): Promise<LoginResult> {
    const { result, endedTokenIds } = await new AuthService(ctx.em, ctx.issuer).changeMyPassword(requireIdentity(ctx.identity), input.currentPassword, input.newPassword);
    ctx.sessionsEnded(endedTokenIds);
    return result;
  }

  @Query(() => Account, { description: 'The signed-in account' })
  async me(@Ctx() ctx: DepartmentsContext): Promise<Account> {
    const identity = requireIdentity(ctx.identity);
    const account = await ctx.em.findOne(Account, { id: identity.accountId });
    if (!account) throw new NotFoundError('Account', identity.accountId);
    return account;
  }

  @Query(() => Boolean, { description: 'Whether a token id no longer works (signed out, ended, account deactivated) or was never issued', deprecationReason: 'Use tokenStatus, which says why' })
  async tokenRevoked(@Ctx() ctx: DepartmentsContext, @Arg('tokenId', () => ID) tokenId: string): Promise<boolean> {
    return (await ctx.loaders.tokenStatus.load(tokenId)) !== 'ACTIVE';
  }

  @Query(() => TokenStatus, { description: 'Where a token id stands (asked by the gateway and the other subgraphs before they serve its holder)' })
  tokenStatus(@Ctx() ctx: DepartmentsContext, @Arg('tokenId', () => ID) tokenId: string): Promise<TokenState> {
    // one statement for every alias in the request
    return ctx.loaders.tokenStatus.load(tokenId);
  }

  @FieldResolver(() => Person)
  async person(@Root() account: Account, @Ctx() ctx: DepartmentsContext): Promise<Person> {
    const person = await ctx.loaders.person.load(account.person.id);
    if (!person) throw new NotFoundError('Person', account.person.id);
    return person;
  }
}

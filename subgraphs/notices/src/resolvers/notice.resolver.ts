import { requireIdentity } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Notice, NoticeContact } from '../entities/notice.entity';
import type { NoticesContext } from '../loaders';
import { ContactService } from '../services/contact.service';
import { InboxService, type InboxNotice } from '../services/inbox.service';
import { NoticePage } from '../types/notice-page.type';

const inbox = (ctx: NoticesContext) => new InboxService(ctx.em, requireIdentity(ctx.identity), ctx.now);

/** 我的通知: each person's inbox (their unit's notices and their own), with their own read state. */
@Resolver(() => Notice)
export class NoticeResolver {
  @Query(() => NoticePage, { description: '我的通知: the notices of the caller\'s unit and the caller, newest first' })
  myNotices(
    @Ctx() ctx: NoticesContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly?: boolean,
  ) {
    return inbox(ctx).page(first, after, unreadOnly ?? false);
  }

  @Query(() => Int, { description: '未读通知数' })
  unreadNoticeCount(@Ctx() ctx: NoticesContext) {
    return inbox(ctx).unreadCount();
  }

  @Mutation(() => [Notice], { description: 'Marks notices of the caller\'s inbox read (for the caller only)' })
  markNoticesRead(@Ctx() ctx: NoticesContext, @Arg('ids', () => [ID]) ids: string[]) {
    return inbox(ctx).markRead(ids);
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: 'When the caller read it; null while unread' })
  readAt(@Root() notice: InboxNotice) {
    return notice.readAt ?? null;
  }

  @Query(() => NoticeContact, { nullable: true, description: 'Where the caller\'s notices are also sent (e-mail, SMS), when the deployment has those channels' })
  myNoticeContacts(@Ctx() ctx: NoticesContext) {
    return new ContactService(ctx.em, requireIdentity(ctx.identity), ctx.now).get();
  }

  @Mutation(() => NoticeContact, { description: 'Sets where the caller\'s notices are also sent; empty values stop a channel' })
  setMyNoticeContacts(
    @Ctx() ctx: NoticesContext,
    @Arg('email', () => String, { nullable: true }) email?: string,
    @Arg('mobile', () => String, { nullable: true }) mobile?: string,
  ) {
    return new ContactService(ctx.em, requireIdentity(ctx.identity), ctx.now).set(email, mobile);
  }
}

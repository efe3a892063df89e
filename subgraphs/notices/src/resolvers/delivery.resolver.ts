import { ForbiddenError, checkFirst, decodeCursor, keysetPage, requireIdentity, selectPlain } from '@lianban/kit';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { NoticeDelivery } from '../entities/notice-delivery.entity';
import type { NoticesContext } from '../loaders';
import { DeliveryStatus } from '../types/notice.enums';
import { NoticeDeliveryPage } from '../types/notice-page.type';

@Resolver(() => NoticeDelivery)
export class NoticeDeliveryResolver {
  @Query(() => NoticeDeliveryPage, { description: '外发记录 (admins): e-mails and SMS by status, latest change first; FAILED ones gave up after every retry' })
  async noticeDeliveries(
    @Ctx() ctx: NoticesContext,
    @Arg('status', () => DeliveryStatus, { nullable: true }) status?: DeliveryStatus,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const caller = requireIdentity(ctx.identity);
    if (caller.role !== 'ADMIN') throw new ForbiddenError(`outbound deliveries are for ADMIN, not ${caller.role}`);
    checkFirst(first, 200);
    const cursor = after ? decodeCursor(after, ['date', 'id']) : null;
    const conditions = [status ? 'status = ?' : '', cursor ? '(updated_at, id) < (?, ?)' : ''].filter(Boolean);
    const rows = await selectPlain(
      ctx.em,
      NoticeDelivery,
      `${conditions.length ? `where ${conditions.join(' and ')}` : ''} order by updated_at desc, id desc limit ?`,
      [...(status ? [status] : []), ...(cursor ? [new Date(cursor[0]), cursor[1]] : []), first + 1],
    );
    return keysetPage(rows, first, (d) => [d.updatedAt.toISOString(), d.id]);
  }
}

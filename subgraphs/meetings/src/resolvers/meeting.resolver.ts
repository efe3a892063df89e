import { checkId, checkPage, NotFoundError } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AgendaItem } from '../entities/agenda-item.entity';
import { Meeting } from '../entities/meeting.entity';
import type { MeetingsContext } from '../loaders';
import { visibleAgenda } from '../services/agenda-visibility';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => [Meeting], { description: 'Joint meetings, newest first' })
  meetings(
    @Ctx() ctx: MeetingsContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<Meeting[]> {
    const page = checkPage(first, offset);
    return ctx.em.find(Meeting, {}, { orderBy: { heldOn: 'desc', id: 'asc' }, limit: page.first, offset: page.offset });
  }

  @Query(() => Meeting)
  async meeting(@Ctx() ctx: MeetingsContext, @Arg('id', () => ID) id: string): Promise<Meeting> {
    const found = await ctx.loaders.meeting.load(checkId(id, 'id'));
    if (!found) throw new NotFoundError('Meeting', id);
    return found;
  }

  @FieldResolver(() => [AgendaItem], { description: '议程: the items the caller may see (about a case the caller may see, or about no case)' })
  agenda(@Root() meeting: Meeting, @Ctx() ctx: MeetingsContext): Promise<AgendaItem[]> {
    return visibleAgenda(ctx, meeting.id);
  }
}

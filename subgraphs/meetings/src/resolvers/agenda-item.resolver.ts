import { NotFoundError } from '@lianban/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AgendaItem } from '../entities/agenda-item.entity';
import { Meeting } from '../entities/meeting.entity';
import type { MeetingsContext } from '../loaders';
import { agendaItemsOfCase, visibleCasesOf } from '../services/agenda-visibility';
import { CaseRef } from '../types/case.type';

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Meeting)
  async meeting(@Root() item: AgendaItem, @Ctx() ctx: MeetingsContext): Promise<Meeting> {
    const meeting = await ctx.loaders.meeting.load(item.meeting.id);
    if (!meeting) throw new NotFoundError('Meeting', item.meeting.id);
    return meeting;
  }

  @FieldResolver(() => [CaseRef], { description: 'The cases this item is about, as far as the caller may see them' })
  async cases(@Root() item: AgendaItem, @Ctx() ctx: MeetingsContext): Promise<CaseRef[]> {
    return (await visibleCasesOf(ctx, item)).map((id) => ({ id }));
  }
}

/** The agenda fields this subgraph adds to Case. */
@Resolver(() => CaseRef)
export class CaseAgendaResolver {
  @FieldResolver(() => [AgendaItem], { description: 'Joint-meeting agenda items that took this case up (none for a case the caller may not see)' })
  agendaItems(@Root() matter: CaseRef, @Ctx() ctx: MeetingsContext): Promise<AgendaItem[]> {
    return agendaItemsOfCase(ctx, matter.id);
  }
}

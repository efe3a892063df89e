import { ValidationError, checkId } from '@lianban/kit';
import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import type { CasesContext } from '../loaders';

/** The most ids one `visibleCaseIds` call may ask about. */
export const MAX_VISIBILITY_IDS = 10_000;

/**
 * A documented service call for the other subgraphs: which of these cases the caller (whose token the
 * calling subgraph forwards) may see. Subgraphs that say something about a case (meetings: agenda items)
 * ask here instead of reading the cases tables or repeating the rules of `caseScope`. Hidden from the
 * gateway's public schema (@inaccessible).
 */
@Resolver()
export class CaseVisibilityResolver {
  @Query(() => [ID], { description: 'Service call: the ids among `ids` of cases the caller may see (the others do not exist for the caller)' })
  @Directive('@inaccessible')
  async visibleCaseIds(@Ctx() ctx: CasesContext, @Arg('ids', () => [ID]) ids: string[]): Promise<string[]> {
    if (ids.length > MAX_VISIBILITY_IDS) throw new ValidationError(`ids: at most ${MAX_VISIBILITY_IDS} cases at a time, got ${ids.length}`, 'ids');
    const wanted = [...new Set(ids.map((id, i) => checkId(id, `ids[${i}]`)))];
    // the request's scoped case loader: one statement, the same rules as case(id) and _entities
    const found = await ctx.loaders.case.loadMany(wanted);
    return wanted.filter((_id, i) => {
      const matter = found[i];
      return matter !== null && !(matter instanceof Error);
    });
  }
}

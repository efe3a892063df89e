import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Case } from '../entities/case.entity';
import type { CasesContext } from '../loaders';
import { CaseService } from '../services/case.service';
import { VisitLevel } from '../types/case.enums';
import { CaseFilter, CasePage } from '../types/case-page.type';
import { DepartmentRef } from '../types/department.type';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CasePage, { description: 'Cases, newest first' })
  cases(
    @Ctx() ctx: CasesContext,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter?: CaseFilter,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<CasePage> {
    return new CaseService(ctx.em).page(filter ?? {}, first, offset);
  }

  @Query(() => Case, { name: 'case', description: 'One case; NOT_FOUND when there is none with this id' })
  getCase(@Ctx() ctx: CasesContext, @Arg('id', () => ID) id: string): Promise<Case> {
    return new CaseService(ctx.em).get(id);
  }

  @FieldResolver(() => Boolean, { description: '越级访: the petitioners went above the district' })
  isSkipLevel(@Root() matter: Case): boolean {
    return matter.levelVisited !== VisitLevel.DISTRICT;
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: '牵头单位' })
  leadDepartment(@Root() matter: Case): DepartmentRef | null {
    return matter.leadDepartmentId ? { id: matter.leadDepartmentId } : null;
  }

  @FieldResolver(() => DepartmentRef, { description: '属地: the township or street the matter comes from' })
  township(@Root() matter: Case): DepartmentRef {
    return { id: matter.townshipId };
  }
}

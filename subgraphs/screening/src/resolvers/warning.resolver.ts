import { Roles } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Warning } from '../entities/warning.entity';
import type { ScreeningContext } from '../loaders';
import { WarningService } from '../services/warning.service';
import { WarningStatus } from '../types/screening.enums';
import { FileWarningInput } from '../types/screening.inputs';
import { WarningMatchSuggestion, WarningPage } from '../types/screening.outputs';
import { CaseRef, DepartmentRef } from '../types/refs.type';

@Resolver(() => Warning)
export class WarningResolver {
  @Mutation(() => Warning, { description: '报送预警: before an expected collective or skip-level visit' })
  fileWarning(@Ctx() ctx: ScreeningContext, @Arg('input', () => FileWarningInput) input: FileWarningInput): Promise<Warning> {
    return new WarningService(ctx).file(input);
  }

  @Query(() => WarningPage, { description: 'Warnings, newest first; a liaison sees its own unit\'s only' })
  earlyWarnings(
    @Ctx() ctx: ScreeningContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('status', () => WarningStatus, { nullable: true }) status?: WarningStatus,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<WarningPage> {
    return new WarningService(ctx).list({ unitId, status, first, after });
  }

  @Query(() => Warning, { description: 'One warning; NOT_FOUND for another unit\'s warning when a liaison asks' })
  earlyWarning(@Ctx() ctx: ScreeningContext, @Arg('id', () => ID) id: string): Promise<Warning> {
    return new WarningService(ctx).get(id);
  }

  @Mutation(() => Warning, { description: 'The bureau confirms that a registered visit is the one the warning announced' })
  @Roles('REGISTRAR', 'ADMIN')
  confirmWarningMatch(
    @Ctx() ctx: ScreeningContext,
    @Arg('warningId', () => ID) warningId: string,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int, { nullable: true, description: 'The version read: CONFLICT when someone changed the warning since' }) version?: number,
  ): Promise<Warning> {
    return new WarningService(ctx).confirm(warningId, caseId, version);
  }

  @Mutation(() => Warning, { description: 'The bureau says a visit is not the one the warning announced (withdrawing the match if it was)' })
  @Roles('REGISTRAR', 'ADMIN')
  rejectWarningMatch(
    @Ctx() ctx: ScreeningContext,
    @Arg('warningId', () => ID) warningId: string,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ): Promise<Warning> {
    return new WarningService(ctx).reject(warningId, caseId, version);
  }

  @FieldResolver(() => [WarningMatchSuggestion], {
    nullable: true,
    description: 'Registered visits that may be the one announced, likeliest first (the bureau only: null with FORBIDDEN for others). One call to the cases subgraph per warning: ask it of one warning at a time',
  })
  async matchSuggestions(@Root() warning: Warning, @Ctx() ctx: ScreeningContext): Promise<WarningMatchSuggestion[]> {
    return (await new WarningService(ctx).suggestions(warning)).map(({ id, ...rest }) => ({ caseId: id, ...rest }));
  }

  @FieldResolver(() => Boolean, { description: 'Filed before the matched visit was registered: only then does it count for the unit' })
  filedBeforeVisit(@Root() warning: Warning): boolean {
    return Boolean(warning.visitRegisteredAt && warning.filedAt < warning.visitRegisteredAt);
  }

  @FieldResolver(() => DepartmentRef, { description: 'The unit that warned' })
  unit(@Root() warning: Warning): DepartmentRef {
    return { id: warning.unitId };
  }

  @FieldResolver(() => DepartmentRef, { description: '属地' })
  township(@Root() warning: Warning): DepartmentRef {
    return { id: warning.townshipId };
  }

  @FieldResolver(() => CaseRef, { nullable: true, description: 'The visit matched to it' })
  matchedCase(@Root() warning: Warning): CaseRef | null {
    return warning.matchedCaseId ? { id: warning.matchedCaseId } : null;
  }
}

import { Roles } from '@lianban/kit';
import { Arg, Ctx, Directive, Field, GraphQLISODateTime, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { CasesContext } from '../loaders';
import { visitCandidates } from '../services/visit-candidates.service';
import { CaseForm, VisitLevel } from '../types/case.enums';

/** A collective or skip-level visit as the screening subgraph sees it: no petitioners, no summary. */
@Directive('@inaccessible')
@ObjectType({ description: 'A collective or skip-level visit (service call for warning matches)' })
export class VisitCandidate {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  number!: string;

  @Field(() => GraphQLISODateTime)
  registeredAt!: Date;

  @Field(() => CaseForm)
  form!: CaseForm;

  @Field(() => Int)
  headCount!: number;

  @Field(() => VisitLevel)
  levelVisited!: VisitLevel;

  @Field(() => String)
  categoryMain!: string;

  @Field(() => String)
  categorySub!: string;
}

/**
 * A documented service call for the screening subgraph, which matches early warnings (预警) to the visits
 * they announced and never reads the cases tables. The bureau's roles only (the caller's token is
 * forwarded); hidden from the gateway's public schema (@inaccessible).
 */
@Resolver()
export class VisitCandidatesResolver {
  @Query(() => [VisitCandidate], {
    description: 'Service call: collective and skip-level visits from a township registered in [from, to), oldest first; only `caseIds` when given',
  })
  @Directive('@inaccessible')
  @Roles('REGISTRAR', 'ADMIN', 'EVALUATOR')
  visitCandidates(
    @Ctx() ctx: CasesContext,
    @Arg('townshipId', () => ID) townshipId: string,
    @Arg('from', () => GraphQLISODateTime) from: Date,
    @Arg('to', () => GraphQLISODateTime) to: Date,
    @Arg('caseIds', () => [ID], { nullable: true }) caseIds?: string[],
  ): Promise<VisitCandidate[]> {
    return visitCandidates(ctx.em, { townshipId, from, to, caseIds });
  }
}

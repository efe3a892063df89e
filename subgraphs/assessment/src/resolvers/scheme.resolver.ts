import { ForbiddenError, requireIdentity, type Identity } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AssessmentScheme } from '../entities/assessment-scheme.entity';
import type { AssessmentContext } from '../loaders';
import { describeRule } from '../services/rules';
import { SchemeService } from '../services/scheme.service';
import { SchemeDefinitionScalar } from '../types/json.scalar';
import { SchemeVersionInput } from '../types/run.type';

/** 考核办 (evaluators) and admins write schemes and runs. */
export function requireEvaluator(identity: Identity | null, what: string): Identity {
  const caller = requireIdentity(identity);
  if (caller.role !== 'EVALUATOR' && caller.role !== 'ADMIN') throw new ForbiddenError(`${what} is for the assessment office (考核办); you sign in as ${caller.role}`);
  return caller;
}

@Resolver(() => AssessmentScheme)
export class SchemeResolver {
  @Mutation(() => AssessmentScheme, { description: 'Drafts the next version of a scheme document (evaluators)' })
  draftSchemeVersion(@Ctx() ctx: AssessmentContext, @Arg('input', () => SchemeVersionInput) input: SchemeVersionInput): Promise<AssessmentScheme> {
    requireEvaluator(ctx.identity, 'drafting a scheme');
    return new SchemeService(ctx.em, ctx.now).draft(input);
  }

  @Mutation(() => AssessmentScheme, { description: 'Changes a draft version (evaluators); a published version is frozen' })
  updateSchemeVersion(
    @Ctx() ctx: AssessmentContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => SchemeVersionInput) input: SchemeVersionInput,
  ): Promise<AssessmentScheme> {
    requireEvaluator(ctx.identity, 'changing a scheme');
    return new SchemeService(ctx.em, ctx.now).update(id, version, input);
  }

  @Mutation(() => AssessmentScheme, { description: 'Publishes (freezes) a draft version; refused when it overlaps a published version of the same document' })
  publishSchemeVersion(@Ctx() ctx: AssessmentContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<AssessmentScheme> {
    requireEvaluator(ctx.identity, 'publishing a scheme');
    return new SchemeService(ctx.em, ctx.now).publish(id, version);
  }

  @FieldResolver(() => SchemeDefinitionScalar, { nullable: true, description: 'Rules and cut-offs as entered (typed JSON)' })
  definition(@Root() scheme: AssessmentScheme): unknown {
    return scheme.definition ?? null;
  }

  @FieldResolver(() => [String], { description: 'Each rule in a sentence (考核细则)' })
  rulesText(@Root() scheme: AssessmentScheme): string[] {
    return (scheme.definition?.rules ?? []).map((rule) => `${rule.title}：${describeRule(rule)}`);
  }

  @Query(() => AssessmentScheme, { description: 'One scheme version' })
  assessmentScheme(@Ctx() ctx: AssessmentContext, @Arg('id', () => ID) id: string): Promise<AssessmentScheme> {
    return new SchemeService(ctx.em).get(id);
  }
}

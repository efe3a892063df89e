import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseEvent } from '../entities/case-event.entity';
import { CaseTask } from '../entities/case-task.entity';
import { Case } from '../entities/case.entity';
import { Extension, Supervision } from '../entities/supervision.entity';
import type { CasesContext } from '../loaders';
import { withoutHiddenCases } from '../services/case-mentions';

/*
 * Free texts name other cases ("重复访: repeats XF2026-000603", "XF2026-000412 merged in"): each is read
 * through `withoutHiddenCases`, so a caller never learns the number of a case it may not see.
 */

@Resolver(() => Case)
export class CaseTextResolver {
  @FieldResolver(() => String, { description: '诉求摘要' })
  summary(@Root() matter: Case, @Ctx() ctx: CasesContext): string | Promise<string> {
    return withoutHiddenCases(matter.summary, ctx) as string | Promise<string>;
  }

  @FieldResolver(() => String, { nullable: true, description: '诉求: what the petitioners ask for' })
  demands(@Root() matter: Case, @Ctx() ctx: CasesContext): string | null | Promise<string | null> {
    return withoutHiddenCases(matter.demands, ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: '答复意见' })
  reply(@Root() matter: Case, @Ctx() ctx: CasesContext): string | null | Promise<string | null> {
    return withoutHiddenCases(matter.reply, ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: '不予受理理由' })
  notAcceptedReason(@Root() matter: Case, @Ctx() ctx: CasesContext): string | null | Promise<string | null> {
    return withoutHiddenCases(matter.notAcceptedReason, ctx);
  }
}

@Resolver(() => CaseEvent)
export class CaseEventTextResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Why, or what was said' })
  note(@Root() event: CaseEvent, @Ctx() ctx: CasesContext): string | null | Promise<string | null> {
    return withoutHiddenCases(event.note, ctx);
  }
}

@Resolver(() => CaseTask)
export class CaseTaskTextResolver {
  @FieldResolver(() => String, { nullable: true, description: '办理结果' })
  result(@Root() task: CaseTask, @Ctx() ctx: CasesContext): string | null | Promise<string | null> {
    return withoutHiddenCases(task.result, ctx);
  }
}

@Resolver(() => Supervision)
export class SupervisionTextResolver {
  @FieldResolver(() => String, { description: 'What the supervisor asked or required' })
  request(@Root() supervision: Supervision, @Ctx() ctx: CasesContext): string | Promise<string> {
    return withoutHiddenCases(supervision.request, ctx) as string | Promise<string>;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The answer received' })
  answer(@Root() supervision: Supervision, @Ctx() ctx: CasesContext): string | null | Promise<string | null> {
    return withoutHiddenCases(supervision.answer, ctx);
  }
}

@Resolver(() => Extension)
export class ExtensionTextResolver {
  @FieldResolver(() => String, { description: '延期理由 (told to the petitioner: 延期告知)' })
  async reason(@Root() extension: Extension, @Ctx() ctx: CasesContext): Promise<string> {
    return (await withoutHiddenCases(extension.reason, ctx)) as string;
  }
}

import { ForbiddenError, forwardedHeaders, requireIdentity } from '@lianban/kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { caseImportTemplate } from '../import/workbook';
import type { CasesContext } from '../loaders';
import { CaseImportService } from '../services/case-import.service';
import { CaseImportReport } from '../types/case-import.type';

/** 补录: only the bureau's registrars and admins bring in past cases. */
function importer(ctx: CasesContext) {
  const caller = requireIdentity(ctx.identity);
  if (caller.role !== 'REGISTRAR' && caller.role !== 'ADMIN') throw new ForbiddenError(`importing cases is not for ${caller.role}; it needs REGISTRAR or ADMIN`);
  return new CaseImportService(ctx.em, ctx.calendar, ctx.now, ctx.directory, caller, forwardedHeaders(ctx));
}

@Resolver()
export class CaseImportResolver {
  @Query(() => String, { description: '补录: the Excel template (.xlsx, base64) to fill with past cases, one row per case' })
  async caseImportTemplate(@Ctx() ctx: CasesContext): Promise<string> {
    importer(ctx);
    return (await caseImportTemplate()).toString('base64');
  }

  @Mutation(() => CaseImportReport, { description: '补录: checks a filled workbook (.xlsx, base64, at most 8 MB) and lists every problem by row and column; writes nothing' })
  async importCasesDryRun(@Ctx() ctx: CasesContext, @Arg('workbook', () => String) workbook: string): Promise<CaseImportReport> {
    const service = importer(ctx);
    return service.dryRun(CaseImportService.decode(workbook));
  }

  @Mutation(() => CaseImportReport, {
    description: '补录: imports every row of a workbook (.xlsx, base64, at most 8 MB) in one transaction, past steps backdated; when any row has a problem nothing is written and the report lists them all',
  })
  async importCases(@Ctx() ctx: CasesContext, @Arg('workbook', () => String) workbook: string): Promise<CaseImportReport> {
    const service = importer(ctx);
    return service.import(CaseImportService.decode(workbook));
  }
}

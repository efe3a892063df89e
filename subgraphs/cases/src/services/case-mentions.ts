import type { CasesContext } from '../loaders';

/** A case number as the bureau gives them (事项编号, XF2026-000123). */
const CASE_NUMBER = /XF\d{4}-\d{6}/g;

/** What a text says instead of the number of a case the reader may not see. */
export const HIDDEN_CASE = '（无权查看的案件）';

/**
 * A free text about a case (timeline note, reply, supervision request, task result) as the caller may
 * read it: the numbers of cases the caller may not see are replaced, so a text never names another
 * unit's case (e.g. "重复访: repeats XF2026-000603"), whoever wrote it and whenever.
 */
export function withoutHiddenCases(text: string | undefined | null, ctx: CasesContext): string | null | Promise<string | null> {
  if (!text) return text ?? null;
  // most texts name no case: answered at once, without a promise per field
  const numbers = [...new Set(text.match(CASE_NUMBER) ?? [])];
  if (!numbers.length) return text;
  return hideNumbers(text, numbers, ctx);
}

async function hideNumbers(text: string, numbers: string[], ctx: CasesContext): Promise<string> {
  const visible = await Promise.all(numbers.map((number) => ctx.loaders.caseNumberVisible.load(number)));
  const hidden = new Set(numbers.filter((_number, i) => !visible[i]));
  return hidden.size ? text.replace(CASE_NUMBER, (number) => (hidden.has(number) ? HIDDEN_CASE : number)) : text;
}

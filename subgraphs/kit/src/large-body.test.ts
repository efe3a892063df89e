import { describe, expect, it } from 'vitest';
import { asksOnly } from './http';

const IMPORTS = ['importCases', 'importCasesDryRun'];
const body = (query: string) => JSON.stringify({ query, variables: { workbook: 'UEsDBA==' } });

describe('a larger body only for the operations that carry a file', () => {
  it('allows an operation that asks only for the import mutations', () => {
    expect(asksOnly(body('mutation ($workbook: String!) { importCases(workbook: $workbook) { imported } }'), IMPORTS)).toBe(true);
    expect(asksOnly(body('mutation ($workbook: String!) { a: importCasesDryRun(workbook: $workbook) { rows } __typename }'), IMPORTS)).toBe(true);
  });

  it('refuses anything else riding along, fragments at the root, and what is not a GraphQL body', () => {
    expect(asksOnly(body('mutation ($workbook: String!) { importCases(workbook: $workbook) { imported } logout }'), IMPORTS)).toBe(false);
    expect(asksOnly(body('{ cases(first: 100) { items { id } } }'), IMPORTS)).toBe(false);
    expect(asksOnly(body('mutation { ...F } fragment F on Mutation { importCases(workbook: "") { imported } }'), IMPORTS)).toBe(false);
    expect(asksOnly('not json', IMPORTS)).toBe(false);
    expect(asksOnly(JSON.stringify({ query: 42 }), IMPORTS)).toBe(false);
  });
});

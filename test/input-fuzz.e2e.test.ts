/**
 * Regression: fuzzed inputs answered INTERNAL_SERVER_ERROR (an impossible date in a DateTime variable,
 * a NUL character in any text, `ruleSet: "__proto__"`, a lone UTF-16 surrogate). Each is refused at the
 * edge with BAD_USER_INPUT naming the field, and nothing is written.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'input_fuzz', 40);
});
afterAll(async () => {
  await platform?.stop();
});

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`;

function registration(overrides: Record<string, unknown> = {}) {
  const unit = (code: string) => platform.district.departments.find((d) => d.code === code)!;
  const town = platform.district.departments.find((d) => d.kind === 'STREET')!;
  return {
    channel: 'VISIT', form: 'INDIVIDUAL', headCount: 1,
    petitioners: [{ name: '赵卫东', idNumber: '110101199003074477', phone: '13912345678', address: '城关街道幸福里3号' }],
    townshipId: town.id, categoryMain: '城乡建设', categorySub: '拖欠工程款', summary: '反映工程款被拖欠',
    unitId: unit('D-XFJ').id,
    ...overrides,
  };
}

/** What was written: cases and units, counted through the gateway. */
async function written() {
  const result = await platform.query<{ cases: { total: number }; departments: unknown[] }>(`{ cases(first: 1) { total } departments(first: 500) { id } }`);
  return { cases: result.data!.cases.total, departments: result.data!.departments.length };
}

/** Where a bad value goes: an operation, who sends it, and the variables with the value at the field named. */
interface Target {
  field: string;
  query: string;
  as?: string | null;
  variables: (bad: string) => Record<string, unknown>;
}

const ZERO = '00000000-0000-4000-8000-000000000000';

const TEXT_TARGETS: Target[] = [
  { field: 'input.summary', query: REGISTER, variables: (bad) => ({ input: registration({ summary: bad }) }) },
  { field: 'input.demands', query: REGISTER, variables: (bad) => ({ input: registration({ demands: bad }) }) },
  { field: 'input.categorySub', query: REGISTER, variables: (bad) => ({ input: registration({ categorySub: bad }) }) },
  { field: 'input.ruleSet', query: REGISTER, variables: (bad) => ({ input: registration({ ruleSet: bad }) }) },
  {
    field: 'input.petitioners[0].name',
    query: REGISTER,
    variables: (bad) => ({ input: registration({ petitioners: [{ name: bad, idNumber: '110101199003074477' }] }) }),
  },
  { field: 'input.attachments[0].name', query: REGISTER, variables: (bad) => ({ input: registration({ attachments: [{ name: bad, mimeType: 'application/pdf', sizeBytes: 10 }] }) }) },
  {
    field: 'input.note',
    query: `mutation ($input: CaseChangeInput!) { reportProgress(input: $input) { id } }`,
    variables: (bad) => ({ input: { caseId: ZERO, version: 1, note: bad } }),
  },
  {
    field: 'input.request',
    query: `mutation ($input: SuperviseCaseInput!) { superviseCase(input: $input) { id } }`,
    variables: (bad) => ({ input: { caseId: ZERO, supervisorId: ZERO, method: 'PHONE', request: bad } }),
  },
  { field: 'reason', query: `mutation ($r: String!) { unmergeCase(caseId: "${ZERO}", reason: $r) { id } }`, variables: (bad) => ({ r: bad }) },
  { field: 'username', as: null, query: `mutation ($u: String!) { login(username: $u, password: "x") { token } }`, variables: (bad) => ({ u: bad }) },
  {
    field: 'input.name',
    as: 'admin',
    query: `mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
    variables: (bad) => ({ input: { code: 'D-FUZZ', name: bad, kind: 'DEPARTMENT' } }),
  },
  { field: 'sub', query: `query ($s: String!) { categoryByName(main: "城乡建设", sub: $s) { id } }`, variables: (bad) => ({ s: bad }) },
  { field: 'period', query: `query ($p: String!) { ranking(schemeId: "${ZERO}", period: $p) { id } }`, variables: (bad) => ({ p: bad }) },
];

const DATE_TARGETS: Target[] = [
  { field: 'input.receivedAt', query: REGISTER, variables: (bad) => ({ input: registration({ receivedAt: bad }) }) },
  {
    field: 'from',
    query: `query ($from: DateTimeISO!) { caseStatistics(from: $from, to: "2026-03-01T00:00:00Z") { matters { value } } }`,
    variables: (bad) => ({ from: bad }),
  },
  {
    field: 'filter.registeredFrom',
    query: `query ($filter: CaseFilter) { cases(first: 1, filter: $filter) { total } }`,
    variables: (bad) => ({ filter: { registeredFrom: bad } }),
  },
];

async function expectRefused(target: Target, bad: string) {
  const result = await platform.query(target.query, target.variables(bad), target.as === undefined ? 'registrar' : target.as);
  const error = result.errors?.[0];
  expect(error?.extensions, `${target.field} = ${JSON.stringify(bad)}: ${JSON.stringify(result.errors)}`).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: target.field,
  });
  expect(error?.message).toContain(target.field.replace(/^input\./, ''));
  expect(result.status).toBeLessThan(500);
}

describe('fuzzed inputs answered INTERNAL_SERVER_ERROR', () => {
  it.each([
    ['an impossible date in a DateTime variable', DATE_TARGETS[0], '2026-02-30T00:00:00Z'],
    ['a NUL character in a text', TEXT_TARGETS[0], 'a\u0000b'],
    ['a NUL character in a sign-in name', TEXT_TARGETS[9], 'registrar\u0000'],
    ['a lone UTF-16 surrogate', TEXT_TARGETS[4], '赵\ud800卫东'],
    ['ruleSet "__proto__"', TEXT_TARGETS[3], '__proto__'],
    ['ruleSet "constructor"', TEXT_TARGETS[3], 'constructor'],
    ['ruleSet "hasOwnProperty"', TEXT_TARGETS[3], 'hasOwnProperty'],
  ])('%s is a BAD_USER_INPUT naming the field, and nothing is written', async (_label, target, bad) => {
    const before = await written();
    await expectRefused(target, bad);
    expect(await written()).toEqual(before);
  });

  it('answers an impossible date written in the operation itself as a refused operation, not an internal error', async () => {
    const result = await platform.query(`{ caseStatistics(from: "2026-02-30T00:00:00Z", to: "2026-03-01T00:00:00Z") { matters { value } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/2026-02-30T00:00:00Z/);
  });

  it('refuses any text holding a NUL or a lone surrogate, and any impossible date, in every mutation and query that takes them', async () => {
    const before = await written();
    const unstorable = fc
      .tuple(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff'), fc.string({ unit: 'grapheme', maxLength: 8 }))
      .map(([head, bad, tail]) => head + bad + tail);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TEXT_TARGETS), unstorable, async (target, bad) => expectRefused(target, bad)),
      { numRuns: 60, seed: 12 },
    );
    const impossibleDate = fc
      .record({ year: fc.integer({ min: 1990, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), extra: fc.integer({ min: 1, max: 3 }) })
      .map(({ year, month, extra }) => {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const day = days + extra;
        return `${year}-${String(month).padStart(2, '0')}-${day}T00:00:00Z`;
      });
    const malformedDate = fc.constantFrom('2026-13-01T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T00:60:00Z', '2026-01-01', 'tomorrow', '');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...DATE_TARGETS), fc.oneof(impossibleDate, malformedDate), async (target, bad) => expectRefused(target, bad)),
      { numRuns: 30, seed: 12 },
    );
    expect(await written()).toEqual(before);
  });
});

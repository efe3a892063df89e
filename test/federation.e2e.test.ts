/**
 * End-to-end through the gateway: every direction of federation, as table-driven cases whose expected
 * results are computed from the seeded district itself.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { District, SeedCase } from '../scripts/seed/district';
import { startTestPlatform, type TestPlatform } from './harness';

let platform: TestPlatform;
let district: District;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'federation');
  district = platform.district;
});
afterAll(async () => {
  await platform?.stop();
});

const unit = (code: string) => district.departments.find((d) => d.code === code)!;
const nameOf = (id: string | undefined) => (id ? district.departments.find((d) => d.id === id)!.name : null);
const newestFirst = (a: SeedCase, b: SeedCase) =>
  b.registeredAt.getTime() - a.registeredAt.getTime() || a.id.localeCompare(b.id);
const agendaTitles = (caseId: string) =>
  district.agendaItems
    .filter((item) => item.caseIds.includes(caseId))
    .map((item) => item.title)
    .sort();

interface Case {
  name: string;
  query: string;
  variables?: () => Record<string, unknown>;
  expected: () => unknown;
  /** Normalise the answer before comparing (e.g. sort lists whose order is not part of the contract). */
  normalise?: (data: Record<string, unknown>) => unknown;
}

const cases: Case[] = [
  {
    name: 'departments -> cases -> departments, meetings; departments -> assessment (all four subgraphs)',
    query: `query ($id: ID!) { department(id: $id) {
      name population
      latestAssessment { period rank rankedUnits score scheme { documentNumber } }
      casesOriginatingCount
      casesOriginating(first: 5) { number leadDepartment { name } township { name } agendaItems { title } }
    } }`,
    variables: () => ({ id: busiestTownship().id }),
    expected: () => {
      const township = busiestTownship();
      const own = district.cases.filter((c) => c.townshipId === township.id).sort(newestFirst);
      const latest = district.rankings
        .filter((r) => r.unitId === township.id)
        .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())[0];
      return {
        department: {
          name: township.name,
          population: township.population,
          latestAssessment: {
            period: latest.period,
            rank: latest.rank,
            rankedUnits: 86,
            score: latest.score,
            scheme: { documentNumber: '党办〔2024〕25号' },
          },
          casesOriginatingCount: own.length,
          casesOriginating: own.slice(0, 5).map((c) => ({
            number: c.number,
            leadDepartment: c.leadDepartmentId ? { name: nameOf(c.leadDepartmentId) } : null,
            township: { name: township.name },
            agendaItems: agendaTitles(c.id).map((title) => ({ title })),
          })),
        },
      };
    },
    normalise: (data) => {
      const department = data.department as { casesOriginating: { agendaItems: { title: string }[] }[] };
      for (const c of department.casesOriginating) c.agendaItems.sort((a, b) => a.title.localeCompare(b.title));
      return data;
    },
  },
  {
    name: 'meetings -> cases -> departments: a held session with its agenda, cases and their lead units',
    query: `query ($id: ID!) { meeting(id: $id) {
      title kind status heldOn
      agenda { position title decision cases { number township { name } leadDepartment { code } } }
    } }`,
    variables: () => ({ id: heldSession().id }),
    expected: () => {
      const meeting = heldSession();
      return {
        meeting: {
          title: meeting.title,
          kind: 'REGULAR',
          status: 'HELD',
          heldOn: meeting.heldOn,
          agenda: district.agendaItems
            .filter((item) => item.meetingId === meeting.id)
            .map((item) => ({
              position: item.position,
              title: item.title,
              decision: item.decision,
              cases: item.caseIds
                .map((id) => district.cases.find((c) => c.id === id)!)
                .sort((a, b) => a.id.localeCompare(b.id))
                .map((c) => ({
                  number: c.number,
                  township: { name: nameOf(c.townshipId) },
                  leadDepartment: { code: district.departments.find((d) => d.id === c.leadDepartmentId)!.code },
                })),
            })),
        },
      };
    },
  },
  {
    name: 'assessment -> departments: the top of the latest published ranking',
    query: `query ($scheme: ID!, $period: String!) { ranking(schemeId: $scheme, period: $period) { rank score vetoed unit { code name } } }`,
    variables: () => ({ scheme: district.schemes[0].id, period: latestPeriod() }),
    expected: () => ({
      ranking: district.rankings
        .filter((r) => r.period === latestPeriod())
        .sort((a, b) => a.rank - b.rank || a.unitId.localeCompare(b.unitId))
        .map((r) => ({
          rank: r.rank,
          score: r.score,
          vetoed: r.vetoed,
          unit: { code: district.departments.find((d) => d.id === r.unitId)!.code, name: nameOf(r.unitId) },
        })),
    }),
  },
  {
    name: 'cases -> departments (lead unit, parent) and a unit\'s led-case count',
    query: `query ($lead: ID!) { cases(filter: { leadDepartmentId: $lead }, first: 3) {
      total items { number leadDepartment { code parent { code } casesLedCount } }
    } }`,
    variables: () => ({ lead: unit('D-JSJ').id }),
    expected: () => {
      const led = district.cases.filter((c) => c.leadDepartmentId === unit('D-JSJ').id).sort(newestFirst);
      const lead = { code: 'D-JSJ', parent: { code: 'D-QZF' }, casesLedCount: led.length };
      return { cases: { total: led.length, items: led.slice(0, 3).map((c) => ({ number: c.number, leadDepartment: lead })) } };
    },
  },
  {
    name: 'departments: the special working groups with their lead departments and members',
    query: `{ workingGroups { name leadDepartment { code } members { code } } }`,
    expected: () => ({
      workingGroups: district.workingGroups
        .map((g) => ({
          name: g.name,
          leadDepartment: { code: district.departments.find((d) => d.id === g.leadDepartmentId)!.code },
          members: g.memberIds.map((id) => ({ code: district.departments.find((d) => d.id === id)!.code })).sort((a, b) => a.code.localeCompare(b.code)),
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }),
    normalise: (data) => {
      const groups = data.workingGroups as { name: string; members: { code: string }[] }[];
      for (const g of groups) g.members.sort((a, b) => a.code.localeCompare(b.code));
      return { workingGroups: [...groups].sort((a, b) => a.name.localeCompare(b.name)) };
    },
  },
  {
    name: 'a malformed id is BAD_USER_INPUT naming the argument, through the gateway',
    query: `{ case(id: "XF2026-1") { number } }`,
    expected: () => ({ code: 'BAD_USER_INPUT', field: 'id' }),
  },
];

function busiestTownship() {
  const counts = new Map<string, number>();
  for (const c of district.cases) counts.set(c.townshipId, (counts.get(c.townshipId) ?? 0) + 1);
  const [id] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return district.departments.find((d) => d.id === id)!;
}

/** The held regular session whose agenda takes up the most cases. */
function heldSession() {
  const links = (id: string) => district.agendaItems.filter((i) => i.meetingId === id).reduce((n, i) => n + i.caseIds.length, 0);
  return district.meetings
    .filter((m) => m.kind === 'REGULAR' && m.status === 'HELD')
    .sort((a, b) => links(b.id) - links(a.id) || b.heldOn.localeCompare(a.heldOn))[0];
}

function latestPeriod() {
  return [...new Set(district.rankings.map((r) => r.period))].sort().at(-1)!;
}

describe('federation through the gateway', () => {
  it.each(cases)('$name', async ({ query, variables, expected, normalise }) => {
    const result = await platform.query(query, variables?.());
    const want = expected();
    if (want && typeof want === 'object' && 'code' in want) {
      expect(result.errors?.[0]?.extensions).toMatchObject(want);
      return;
    }
    expect(result.errors).toBeUndefined();
    expect(normalise ? normalise(result.data as Record<string, unknown>) : result.data).toEqual(want);
  });
});

describe('no N+1 across subgraphs', () => {
  // closed cases all have a lead unit, so the 1-case page needs every fetch the 100-case page does
  const list = `query ($first: Int!) { cases(first: $first, filter: { statuses: [CLOSED] }) { items {
    number leadDepartment { name } township { name population latestAssessment { rank } } agendaItems { title }
  } } }`;

  it('lists 100 cases with lead unit, township, ranking and agenda items in as many statements as 50 cases', async () => {
    // sign in and let the gateway remember that the token is not signed out, so only the query itself counts
    await platform.query(list, { first: 1 });
    platform.resetSql();
    const one = await platform.query<{ cases: { items: { agendaItems: unknown[] }[] } }>(list, { first: 1 });
    const forOne = platform.sqlCount();
    platform.resetSql();
    const fifty = await platform.query<{ cases: { items: { agendaItems: unknown[] }[] } }>(list, { first: 50 });
    const forFifty = platform.sqlCount();
    platform.resetSql();
    const hundred = await platform.query<{ cases: { items: { township: { name: string } }[] } }>(list, { first: 100 });
    const forHundred = platform.sqlCount();

    expect(one.data?.cases.items).toHaveLength(1);
    expect(hundred.data?.cases.items).toHaveLength(100);
    expect(hundred.data?.cases.items.every((c) => c.township.name.length > 1)).toBe(true);
    // cases: the page (no total asked, none counted); departments: one batch per field (lead unit, township);
    // assessment and meetings: one batch each
    expect(one.data?.cases.items[0].agendaItems).toEqual([]);
    expect(forOne).toBe(5);
    // once any case has agenda items, meetings also loads the other cases of those items and asks the cases
    // subgraph once which of them the caller may see (one statement there), whatever the number of cases
    expect(fifty.data?.cases.items.some((c) => c.agendaItems.length)).toBe(true);
    expect(forFifty).toBe(7);
    expect(forHundred).toBe(forFifty);
  });
});

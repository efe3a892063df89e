import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FIELD_COSTS, estimateCost } from './cost';

const schema = buildSchema(`
  type Query { units(first: Int = 50): [Unit!]!, page(first: Int = 20): CasePage!, unit: Unit, unitsByIds(ids: [ID!]!): [Unit]!, caseStatistics(year: Int): Int! }
  type Mutation { login(u: String!): String! }
  type CasePage { total: Int!, items: [Case!]! }
  type Unit { name: String!, cases(first: Int = 20): [Case!]! }
  type Case { number: String!, tasks: [Task!]! }
  type Task { role: String! }
`);
const cost = (query: string, variables: Record<string, unknown> = {}) => estimateCost(schema, parse(query), variables);

describe('operation cost', () => {
  it('multiplies by the lists asked for: literals, variables, defaults, unpaged lists, page items', () => {
    expect(cost('{ unit { name } }')).toBe(2);
    expect(cost('{ units(first: 10) { name } }')).toBe(1 + 10);
    expect(cost('query ($n: Int) { units(first: $n) { name } }', { n: 3 })).toBe(1 + 3);
    expect(cost('{ units { name } }')).toBe(1 + 50);
    expect(cost('{ units(first: 2) { cases(first: 5) { number tasks { role } } } }')).toBe(1 + 2 + 2 * 5 * 2 + 2 * 5 * 10);
    expect(cost('{ page(first: 4) { total items { number } } }')).toBe(1 + 4 + 4 + 4);
  });

  it('counts fragments where they are spread, so they cannot hide a costly selection', () => {
    const inline = cost('{ units(first: 100) { cases(first: 100) { number } } }');
    const viaFragment = cost('{ units(first: 100) { ...U } } fragment U on Unit { cases(first: 100) { ...C } } fragment C on Case { number }');
    const viaInline = cost('{ units(first: 100) { ... on Unit { cases(first: 100) { number } } } }');
    expect(viaFragment).toBe(inline);
    expect(viaInline).toBe(inline);
    expect(inline).toBe(1 + 100 + 100 * 100);
  });

  // regression: the cost estimate took a list size from a variable's default wrongly
  it('takes a list size from the variable sent, else the variable\'s default, else the argument\'s', () => {
    expect(cost('query ($n: Int = 500) { units(first: $n) { name } }')).toBe(1 + 500);
    expect(cost('query ($n: Int = 500) { units(first: $n) { name } }', { n: 2 })).toBe(1 + 2);
    expect(cost('query ($n: Int = 500) { units(first: $n) { name } }', { n: null })).toBe(1 + 500);
    expect(cost('query ($n: Int) { units(first: $n) { name } }')).toBe(1 + 50);
  });

  it('counts a list asked for by ids as many items as ids', () => {
    const ids = Array.from({ length: 300 }, (_, i) => String(i));
    expect(cost('query ($ids: [ID!]!) { unitsByIds(ids: $ids) { name } }', { ids })).toBe(1 + 300);
    expect(cost('{ unitsByIds(ids: ["a", "b"]) { name } }')).toBe(1 + 2);
  });

  // regression: 100 aliases of caseStatistics in one request ran
  it('adds the cost of expensive fields, each time they are asked', () => {
    expect(cost('{ caseStatistics(year: 2026) }')).toBe(1 + FIELD_COSTS['Query.caseStatistics']);
    expect(cost('{ a: caseStatistics(year: 2025) b: caseStatistics(year: 2026) }')).toBe(2 * (1 + FIELD_COSTS['Query.caseStatistics']));
    expect(cost('mutation { login(u: "x") }')).toBe(1 + FIELD_COSTS['Mutation.login']);
  });
});

import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateCost } from './cost';

const schema = buildSchema(`
  type Query { units(first: Int = 50): [Unit!]!, page(first: Int = 20): CasePage!, unit: Unit }
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
});

import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countTokens, limitRules, limitsPlugin, operationAliases, operationDepths, operationDirectives, withoutSuggestions } from './limits';

const schema = buildSchema(`
  type Query { unit: Unit, stats(year: Int): Int!, tokenRevoked(id: ID!): Boolean! }
  type Mutation { login(u: String!, p: String!): String!, logout: Boolean! }
  type Unit { name: String!, parent: Unit }
`);
const limits = { maxQueryDepth: 3, maxQueryAliases: 2, maxQueryDirectives: 2, maxQueryTokens: 100, maxQueryCost: 1000 };
const refusals = (query: string) => validate(schema, parse(query), limitRules(limits)).map((e) => e.message);
const only = <T>(map: Map<unknown, T>) => [...map.values()][0];

describe('operation limits', () => {
  // regression: the depth-limit message read "'' exceeds maximum operation depth of 12"
  it('says how deep an operation is and what the limit is', () => {
    expect(only(operationDepths(parse('{ unit { name } }')))).toBe(1);
    expect(only(operationDepths(parse('{ unit { parent { ...P } } } fragment P on Unit { parent { parent { name } } }')))).toBe(4);
    expect(only(operationDepths(parse('{ __schema { types { fields { type { ofType { name } } } } } }')))).toBe(0);
    expect(refusals('query Deep { unit { parent { parent { parent { name } } } } }')).toEqual([
      'The operation Deep is 4 levels deep; the limit is 3: ask for fewer nested fields',
    ]);
    expect(refusals('{ unit { parent { parent { name } } } }')).toEqual([]);
  });

  // regression: 100 aliases of caseStatistics in one request ran
  it('counts aliases and directives where fragments are spread', () => {
    const query = '{ a: unit { ...N } b: unit { ...N } } fragment N on Unit { n: name @include(if: true) }';
    expect(only(operationAliases(parse(query)))).toBe(4);
    expect(only(operationDirectives(parse(query)))).toBe(2);
    expect(refusals(query)).toEqual(['This operation uses 4 aliases; the limit is 2']);
    expect(refusals('query ($x: Boolean!) @a { unit @skip(if: $x) { name @include(if: $x) } }').filter((m) => /directives/.test(m))).toEqual([
      'This operation uses 3 directives; the limit is 2',
    ]);
  });

  // regression: 60 aliased login mutations without a token ran 60 scrypt hashes; 3,000 aliased tokenRevoked ran
  it('allows one login, logout and tokenRevoked per operation, however aliased or spread', () => {
    expect(refusals('mutation { a: login(u: "x", p: "1") b: login(u: "x", p: "2") }')).toEqual([
      'This operation asks for login 2 times; the limit is once per operation',
    ]);
    expect(refusals('mutation { login(u: "x", p: "1") ...L } fragment L on Mutation { again: login(u: "x", p: "2") }')).toEqual([
      'This operation asks for login 2 times; the limit is once per operation',
    ]);
    expect(refusals('{ a: tokenRevoked(id: "1") b: tokenRevoked(id: "2") }')).toContain(
      'This operation asks for tokenRevoked 2 times; the limit is once per operation',
    );
    expect(refusals('mutation { login(u: "x", p: "1") logout }')).toEqual([]);
  });

  it('counts tokens without parsing', () => {
    expect(countTokens('{ unit { name } }')).toBe(6);
    expect(countTokens('query ($n: Int = 500) { a: stats(year: $n) } # comment')).toBe(20);
  });

  // regression: field suggestions ("Did you mean case or cases?") answered callers with no token
  it('takes the suggestions out of a message', () => {
    expect(withoutSuggestions('Cannot query field "cas" on type "Query". Did you mean "case" or "cases"?')).toBe(
      'Cannot query field "cas" on type "Query".',
    );
    expect(withoutSuggestions('Value "PHON" does not exist in "SupervisionMethod" enum. Did you mean the enum value "PHONE"?')).toBe(
      'Value "PHON" does not exist in "SupervisionMethod" enum.',
    );
  });
});

describe('field suggestions', () => {
  async function answered(development: boolean, identity: unknown, message: string) {
    const plugin = limitsPlugin({ ...limits, development });
    const listener = await plugin.requestDidStart!({ schema } as never);
    const response = { body: { kind: 'single', singleResult: { errors: [{ message }] } } };
    await listener!.willSendResponse!({ response, contextValue: { identity }, source: '{ cas }' } as never);
    return response.body.singleResult.errors[0].message;
  }

  it('are kept only for signed-in callers of a development gateway', async () => {
    const message = 'Cannot query field "cas" on type "Query". Did you mean "case" or "cases"?';
    expect(await answered(true, { username: 'registrar' }, message)).toBe(message);
    expect(await answered(true, null, message)).toBe('Cannot query field "cas" on type "Query".');
    expect(await answered(false, { username: 'registrar' }, message)).toBe('Cannot query field "cas" on type "Query".');
  });
});

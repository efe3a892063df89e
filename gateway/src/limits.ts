import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
} from 'graphql';
import type { GatewayContext } from './auth';
import { estimateCost } from './cost';

/** What one operation may ask for (from the gateway's configuration); every refusal says which limit and by how much. */
export interface OperationLimits {
  /** Deepest nesting of fields (a root field is level 0; introspection fields do not count). */
  maxQueryDepth: number;
  /** Aliased fields in one operation, fragments counted where they are spread. */
  maxQueryAliases: number;
  /** Directives (`@include`, `@skip`, ...) in one operation, fragments counted where they are spread. */
  maxQueryDirectives: number;
  /** Tokens (names, punctuation, values) in a request's document. */
  maxQueryTokens: number;
  /** Largest estimated cost (see `estimateCost`). */
  maxQueryCost: number;
}

/**
 * Root fields an operation may ask at most once, whatever their aliases: `login` hashes a password on
 * purpose slowly, and `logout` and `tokenRevoked` are one answer about one token.
 */
export const ONCE_PER_OPERATION: Record<string, readonly string[]> = {
  Mutation: ['login', 'logout'],
  Query: ['tokenRevoked'],
};

function refusal(message: string) {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
}

/**
 * Sums something over an operation's selections, following fragment spreads (each counted where it is
 * spread, each fragment's own sum worked out once, a fragment cycle counted as nothing: validation
 * refuses it anyway).
 */
function perOperation(
  document: DocumentNode,
  combine: (selections: SelectionSetNode, inner: (set: SelectionSetNode) => number, fragment: (name: string) => number) => number,
  /** What a fragment definition adds itself, besides its selections. */
  ofDefinition: (definition: FragmentDefinitionNode) => number = () => 0,
) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const known = new Map<string, number>();
  const open = new Set<string>();
  const fragment = (name: string): number => {
    const cached = known.get(name);
    if (cached !== undefined) return cached;
    const definition = fragments.get(name);
    if (!definition || open.has(name)) return 0;
    open.add(name);
    const value = ofDefinition(definition) + inner(definition.selectionSet);
    open.delete(name);
    known.set(name, value);
    return value;
  };
  const inner = (set: SelectionSetNode): number => combine(set, inner, fragment);
  return (operation: OperationDefinitionNode) => inner(operation.selectionSet);
}

function operations(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

function describe(operation: OperationDefinitionNode) {
  return operation.name ? `The operation ${operation.name.value}` : 'This operation';
}

/** Nesting depth: a root field is level 0, `{ a { b } }` is 1 level deep. */
export function operationDepths(document: DocumentNode): Map<OperationDefinitionNode, number> {
  const depth = perOperation(document, (set, inner, fragment) => {
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.selectionSet && !selection.name.value.startsWith('__')) deepest = Math.max(deepest, 1 + inner(selection.selectionSet));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, inner(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, fragment(selection.name.value));
      }
    }
    return deepest;
  });
  return new Map(operations(document).map((operation) => [operation, depth(operation)]));
}

/** Aliased fields per operation. */
export function operationAliases(document: DocumentNode): Map<OperationDefinitionNode, number> {
  const aliases = perOperation(document, (set, inner, fragment) => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += (selection.alias ? 1 : 0) + (selection.selectionSet ? inner(selection.selectionSet) : 0);
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += inner(selection.selectionSet);
      else total += fragment(selection.name.value);
    }
    return total;
  });
  return new Map(operations(document).map((operation) => [operation, aliases(operation)]));
}

/** Directives per operation, on the operation, its variables, fields and fragments. */
export function operationDirectives(document: DocumentNode): Map<OperationDefinitionNode, number> {
  const own = (node: { directives?: readonly unknown[] }) => node.directives?.length ?? 0;
  const directives = perOperation(document, (set, inner, fragment) => {
    let total = 0;
    for (const selection of set.selections) {
      total += own(selection);
      if (selection.kind === Kind.FIELD) total += selection.selectionSet ? inner(selection.selectionSet) : 0;
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += inner(selection.selectionSet);
      else total += fragment(selection.name.value);
    }
    return total;
  }, own);
  return new Map(
    operations(document).map((operation) => {
      const onVariables = (operation.variableDefinitions ?? []).reduce((sum, variable) => sum + own(variable), 0);
      return [operation, own(operation) + onVariables + directives(operation)];
    }),
  );
}

/** The response keys of each root field an operation asks for, by field name. */
function rootFieldKeys(document: DocumentNode, operation: OperationDefinitionNode): Map<string, Set<string>> {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const keys = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (!keys.has(name)) keys.set(name, new Set());
        keys.get(name)!.add(selection.alias?.value ?? name);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return keys;
}

function rule(check: (context: ValidationContext, document: DocumentNode) => void): ValidationRule {
  return (context): ASTVisitor => ({
    Document: (document) => check(context, document),
  });
}

/** Validation rules for the limits that do not depend on variables: refused before anything runs. */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  return [
    rule((context, document) => {
      for (const [operation, depth] of operationDepths(document)) {
        if (depth > limits.maxQueryDepth) {
          context.reportError(new GraphQLError(`${describe(operation)} is ${depth} levels deep; the limit is ${limits.maxQueryDepth}: ask for fewer nested fields`, { nodes: operation }));
        }
      }
    }),
    rule((context, document) => {
      for (const [operation, count] of operationAliases(document)) {
        if (count > limits.maxQueryAliases) {
          context.reportError(new GraphQLError(`${describe(operation)} uses ${count} aliases; the limit is ${limits.maxQueryAliases}`, { nodes: operation }));
        }
      }
    }),
    rule((context, document) => {
      for (const [operation, count] of operationDirectives(document)) {
        if (count > limits.maxQueryDirectives) {
          context.reportError(new GraphQLError(`${describe(operation)} uses ${count} directives; the limit is ${limits.maxQueryDirectives}`, { nodes: operation }));
        }
      }
    }),
    rule((context, document) => {
      for (const operation of operations(document)) {
        const root = operation.operation === 'mutation' ? 'Mutation' : operation.operation === 'query' ? 'Query' : 'Subscription';
        const keys = rootFieldKeys(document, operation);
        for (const field of ONCE_PER_OPERATION[root] ?? []) {
          const times = keys.get(field)?.size ?? 0;
          if (times > 1) {
            context.reportError(new GraphQLError(`${describe(operation)} asks for ${field} ${times} times; the limit is once per operation`, { nodes: operation }));
          }
        }
      }
    }),
  ];
}

/** Tokens in a document, counted without parsing it; a syntax error ends the count (the parser reports it). */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // not GraphQL: parsing says what is wrong
  }
  return count;
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** An error message without graphql-js's "Did you mean ...?" hints, which tell a stranger the schema. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * What the Apollo server is built with for the limits that need no request: the validation rules, and
 * the parser's token limit (graphql-js stops reading a document at the limit, so a huge one costs little).
 */
export function limitOptions(limits: OperationLimits) {
  return { validationRules: limitRules(limits), parseOptions: { maxTokens: limits.maxQueryTokens } };
}

const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/**
 * The limits that need the request: the estimated cost (with the variables), the token count said in
 * full when the parser stopped at the limit, and no field suggestions unless a signed-in caller uses a
 * development gateway. Refusals are answered with HTTP 400 before any subgraph is called.
 */
export function limitsPlugin(limits: OperationLimits & { development: boolean }): ApolloServerPlugin<GatewayContext> {
  const suggest = (identity: unknown) => limits.development && Boolean(identity);
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ document, request }) {
          const cost = estimateCost(schema, document, request.variables ?? {}, request.operationName);
          if (cost > limits.maxQueryCost) {
            throw refusal(`This operation would cost about ${cost} (the limit is ${limits.maxQueryCost}): ask for fewer items or fields`);
          }
        },
        async willSendResponse({ response, contextValue, source }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
            if (source && TOO_MANY_TOKENS.test(error.message)) {
              return {
                message: `This operation is ${countTokens(source)} tokens long; the limit is ${limits.maxQueryTokens}`,
                extensions: { code: 'BAD_REQUEST' },
              };
            }
            return suggest(contextValue.identity) ? error : { ...error, message: withoutSuggestions(error.message) };
          });
        },
      };
    },
  };
}

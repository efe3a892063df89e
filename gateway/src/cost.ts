import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** Assumed size of a list that takes no `first` (the tasks or petitioners of one case, say). */
const UNPAGED_LIST_SIZE = 10;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Estimated cost of an operation: each field costs 1, times the number of items the lists around it
 * ask for: `first` from a literal, a variable or the argument's default; lists without `first` count
 * as 10 items, and the `items` of a page as the page itself. Fragments count where they are spread.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  const cost = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined | null, multiplier: number, spreading: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += multiplier;
        const fields = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : {};
        const fieldDef = fields[selection.name.value];
        if (!fieldDef || !selection.selectionSet) continue;
        let size = 1;
        const firstArg = fieldDef.args.find((a) => a.name === 'first');
        if (firstArg) {
          const given = selection.arguments?.find((a) => a.name.value === 'first')?.value;
          size = Number(firstArg.defaultValue ?? UNPAGED_LIST_SIZE);
          if (given?.kind === Kind.INT) size = Number(given.value);
          if (given?.kind === Kind.VARIABLE && variables[given.name.value] !== undefined) size = Number(variables[given.name.value]);
        } else if (isList(fieldDef.type) && !/Page$/.test(parent?.name ?? '')) {
          size = UNPAGED_LIST_SIZE;
        }
        total += cost(selection.selectionSet, getNamedType(fieldDef.type), multiplier * Math.max(1, size), spreading);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += cost(selection.selectionSet, type, multiplier, spreading);
      } else {
        const fragment = fragments.get(selection.name.value);
        // a fragment spreading itself is invalid GraphQL and refused by validation; do not loop on it
        if (!fragment || spreading.has(fragment.name.value)) continue;
        const inner = new Set(spreading).add(fragment.name.value);
        total += cost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), multiplier, inner);
      }
    }
    return total;
  };

  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    const root = definition.operation === 'mutation' ? schema.getMutationType() : definition.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
    total += cost(definition.selectionSet, root, 1, new Set());
  }
  return total;
}

/** Refuses operations estimated above `max` before any subgraph is called. */
export function costLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ document, request }) {
          const cost = estimateCost(schema, document, request.variables ?? {}, request.operationName);
          if (cost > max) {
            throw new GraphQLError(`This operation would cost about ${cost} (the limit is ${max}): ask for fewer items or fields`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

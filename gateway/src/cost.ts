import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  GraphQLError,
  Kind,
  TypeInfo,
  isListType,
  isNonNullType,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** Assumed size of a list that takes no `first` (the tasks or petitioners of one case, say). */
const UNPAGED_LIST_SIZE = 10;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Estimated cost of an operation: each field costs 1, times the number of items the lists around it
 * ask for: `first` from a literal, a variable or the argument's default; lists without `first` count
 * as 10 items, and the `items` of a page as the page itself.
 */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): number {
  const typeInfo = new TypeInfo(schema);
  const multipliers: number[] = [1];
  let cost = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const fieldDef = typeInfo.getFieldDef();
          const multiplier = multipliers[multipliers.length - 1];
          cost += multiplier;
          let size = 1;
          const firstArg = fieldDef?.args.find((a) => a.name === 'first');
          if (firstArg) {
            const given = node.arguments?.find((a) => a.name.value === 'first')?.value;
            size = Number(firstArg.defaultValue ?? UNPAGED_LIST_SIZE);
            if (given?.kind === Kind.INT) size = Number(given.value);
            if (given?.kind === Kind.VARIABLE && variables[given.name.value] !== undefined) size = Number(variables[given.name.value]);
          } else if (fieldDef && isList(fieldDef.type) && !/Page$/.test(typeInfo.getParentType()?.name ?? '')) {
            size = UNPAGED_LIST_SIZE;
          }
          multipliers.push(multiplier * Math.max(1, size));
        },
        leave() {
          multipliers.pop();
        },
      },
    }),
  );
  return cost;
}

/** Refuses operations estimated above `max` before any subgraph is called. */
export function costLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ document, request }) {
          const cost = estimateCost(schema, document, request.variables ?? {});
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

import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
  Kind,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** Assumed size of a list that takes no `first` (the tasks or petitioners of one case, say). */
const UNPAGED_LIST_SIZE = 10;

/**
 * Fields that cost far more than reading a row, by `Type.field`, counted on top of the field itself:
 * the office report aggregates a year of cases twice (the period and a year earlier); a sign-in hashes
 * a password slowly on purpose.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = Object.freeze({
  'Query.caseStatistics': 1000,
  'Mutation.login': 1000,
});

function isList(type: GraphQLType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Estimated cost of an operation: each field costs 1 (the fields in FIELD_COSTS more), times the number
 * of items the lists around it ask for: `first` from a literal, a variable (the value sent, else the
 * variable's default) or the argument's default; a list asked for by a list of ids (`departmentsByIds`)
 * as many items as ids; other lists without `first` count as 10 items, and the `items` of a page as the
 * page itself. Fragments count where they are spread.
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
  let defaults = new Map<string, ValueNode>();
  /** The value of an argument: a literal, or a variable's value as sent, else the variable's default. */
  const valueOf = (node: ValueNode | undefined): unknown => {
    if (!node) return undefined;
    if (node.kind === Kind.VARIABLE) {
      const sent = variables[node.name.value];
      return sent !== undefined && sent !== null ? sent : valueOf(defaults.get(node.name.value));
    }
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.LIST) return node.values;
    return undefined;
  };

  const cost = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined | null, multiplier: number, spreading: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += multiplier * (1 + (parent ? (FIELD_COSTS[`${parent.name}.${selection.name.value}`] ?? 0) : 0));
        const fields = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : {};
        const fieldDef = fields[selection.name.value];
        if (!fieldDef || !selection.selectionSet) continue;
        let size = 1;
        const firstArg = fieldDef.args.find((a) => a.name === 'first');
        const listArg = fieldDef.args.find((a) => isList(a.type));
        const argument = (name: string) => valueOf(selection.arguments?.find((a) => a.name.value === name)?.value);
        if (firstArg) {
          const given = argument('first');
          size = typeof given === 'number' && Number.isFinite(given) ? given : Number(firstArg.defaultValue ?? UNPAGED_LIST_SIZE);
        } else if (isList(fieldDef.type) && listArg && Array.isArray(argument(listArg.name))) {
          size = (argument(listArg.name) as unknown[]).length;
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
    defaults = new Map(
      (definition.variableDefinitions ?? [])
        .filter((v): v is VariableDefinitionNode & { defaultValue: ValueNode } => v.defaultValue !== undefined)
        .map((v) => [v.variable.name.value, v.defaultValue]),
    );
    const root = definition.operation === 'mutation' ? schema.getMutationType() : definition.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
    total += cost(definition.selectionSet, root, 1, new Set());
  }
  return total;
}

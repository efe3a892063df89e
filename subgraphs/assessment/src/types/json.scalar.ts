import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function literal(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literal(field.value)]));
    default:
      throw new TypeError('variables are not allowed inside a JSON literal: pass the whole value as a variable');
  }
}

/** A scheme definition as typed JSON: checked by the scheme rules (`parseDefinition`), not by GraphQL. */
export const SchemeDefinitionScalar = new GraphQLScalarType({
  name: 'SchemeDefinition',
  description: 'A scheme version\'s rules and cut-offs as JSON: { baseScore, floor, rewardCount, keyManagementCount, rules: [{ kind, id, title, ... }] } (see the assessment README)',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node) => literal(node),
});

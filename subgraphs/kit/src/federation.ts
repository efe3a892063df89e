import 'reflect-metadata';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, isObjectType } from 'graphql';
import gql from 'graphql-tag';
import { type NonEmptyArray, UseMiddleware, buildSchema, createResolversMap } from 'type-graphql';
import { type Identity, type Role, requireIdentity, requireWorkingIdentity } from './auth';
import { ForbiddenError } from './errors';
import { checkArgumentText, isId } from './validation';

const FEDERATION_LINK = `
  extend schema
    @link(
      url: "https://specs.apollo.dev/federation/v2.7"
      import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"]
    )
`;

/** `__resolveReference` per entity type this subgraph can resolve from a representation. */
export type ReferenceResolvers = Record<
  string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  { __resolveReference: (reference: any, context: any, info: any) => unknown }
>;

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /** Root fields anyone may call without signing in (e.g. `login`); every other root field needs a token. */
  publicFields?: string[];
}

type FieldResolve = (root: unknown, args: unknown, context: { identity: Identity | null }, info: unknown) => unknown;

/**
 * Every root field needs a signed-in caller unless it is listed as public. The check wraps the root
 * resolvers only (and `__resolveReference`, below): nested fields are reached through a root field, so a
 * per-field middleware would repeat the same check on every field of every object (and make each one
 * asynchronous) for nothing.
 */
function requireSignInAtRoots(resolvers: Record<string, Record<string, unknown>>, publicFields: Set<string>) {
  for (const root of ['Query', 'Mutation']) {
    const fields = resolvers[root] ?? {};
    for (const [name, field] of Object.entries(fields)) {
      if (publicFields.has(name)) continue;
      const resolve = (typeof field === 'function' ? field : (field as { resolve?: FieldResolve }).resolve) as FieldResolve | undefined;
      if (!resolve) continue;
      const checked: FieldResolve = (parent, args, context, info) => {
        requireWorkingIdentity(context.identity, name);
        return resolve(parent, args, context, info);
      };
      fields[name] = typeof field === 'function' ? checked : { ...(field as object), resolve: checked };
    }
  }
}

/**
 * Every subgraph's edge check of text: each argument of every field that takes arguments, before its
 * resolver runs, so a NUL or a lone surrogate in any text is a BAD_USER_INPUT naming the field and nothing
 * is written. Wrapped around those resolvers only: fields without arguments (nearly all) pay nothing.
 */
function refuseUnstorableTextInArguments(schema: GraphQLSchema, resolvers: Record<string, Record<string, unknown>>) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = resolvers[type.name]?.[field.name] as FieldResolve | undefined;
      if (!field.args.length || typeof resolve !== 'function') continue;
      resolvers[type.name][field.name] = ((parent, args, context, info) => {
        for (const [name, value] of Object.entries(args as Record<string, unknown>)) checkArgumentText(value, name);
        return resolve(parent, args, context, info);
      }) satisfies FieldResolve;
    }
  }
}

/** Restricts a query, mutation or field to some roles: FORBIDDEN for the others. */
export function Roles(...roles: Role[]) {
  return UseMiddleware(({ context }, next) => {
    const identity = requireIdentity((context as { identity: Identity | null }).identity);
    if (!roles.includes(identity.role)) {
      throw new ForbiddenError(`This needs one of the roles ${roles.join(', ')}; you sign in as ${identity.role}`);
    }
    return next();
  });
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers: type-graphql lays out the types
 * (with `@Directive('@key(fields: "id")')` on entities), @apollo/subgraph adds `_entities`/`_service`.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
    validate: false,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  refuseUnstorableTextInArguments(schema, resolvers);
  requireSignInAtRoots(resolvers, new Set(options.publicFields ?? []));
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    // `_entities` is not a type-graphql field: the sign-in check goes on each reference resolver
    resolvers[typeName] = {
      ...resolvers[typeName],
      __resolveReference: (ref: unknown, context: { identity: Identity | null }, info: unknown) => {
        requireWorkingIdentity(context.identity, '_entities');
        // every entity is keyed by a UUID: a representation with any other id names nothing
        if (!isId(String((ref as { id?: unknown }).id))) return null;
        return reference.__resolveReference(ref, context, info);
      },
    };
  }
  return buildSubgraphSchema([
    {
      typeDefs: gql`
        ${FEDERATION_LINK}
        ${printSchemaWithDirectives(schema)}
      `,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      resolvers: resolvers as any,
    },
  ]);
}

/** The SDL a subgraph contributes to composition (what `schema/subgraphs/<name>.graphql` holds). */
export function emitSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}

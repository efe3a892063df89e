import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import { migrate } from '../orm';
import { type SubgraphModule, openSubgraphOrm } from '../module';
import { databaseUrl, dropDatabase, ensureDatabase } from '../postgres';
import { SqlCounter } from '../orm';
import { createSubgraphApollo, type RequestContext } from '../subgraph';
import { type Identity, ROLES, type Role } from '../auth';

/** An identity for tests: a person of `unitId` signed in with `role`. */
export function testIdentity(role: Role, unitId = '00000000-0000-4000-8000-000000000001', personId = '00000000-0000-4000-8000-0000000000aa'): Identity {
  const accountId = `00000000-0000-4000-a000-${String(ROLES.indexOf(role) + 1).padStart(12, '0')}`;
  return { accountId, personId, username: role.toLowerCase(), role, unitId, tokenId: '00000000-0000-4000-b000-000000000001' };
}

/** A database of its own for one test file, on the test server; `drop` removes it. */
export async function createTestDatabase(serverUrl: string, label: string) {
  const name = `lianban_t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  return { name, url: databaseUrl(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}

export interface OperationResult<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: readonly GraphQLFormattedError[];
}

/**
 * A subgraph running in-process on a migrated test database: `execute` calls it as the gateway would
 * (through `executeOperation`, with a fresh request context each call).
 */
export async function startTestSubgraph<TContext extends RequestContext>(
  module: SubgraphModule<TContext>,
  dbUrl: string,
  /** Builds the request context instead of the module (e.g. to fix the time a test runs at). */
  createContext: (em: EntityManager, identity: Identity | null) => TContext = (em, identity) =>
    module.createContext(
      em,
      { name: module.name, dbSchema: module.name, host: '127.0.0.1', port: 0, databaseUrl: dbUrl, debugSql: false, serviceUrls: {}, authPublicKey: '' },
      identity,
    ),
  /** Who calls when a test does not say (a registrar of the petition bureau unless given). */
  defaultIdentity: Identity | null = testIdentity('REGISTRAR'),
) {
  const counter = new SqlCounter();
  const orm = await openSubgraphOrm(module as SubgraphModule, { databaseUrl: dbUrl, debugSql: false }, counter);
  await migrate(orm, module.name);
  const apollo = createSubgraphApollo<TContext>(await module.buildSchema());
  await apollo.start();
  return {
    orm,
    counter,
    async execute<TData = Record<string, unknown>>(
      query: string,
      variables?: Record<string, unknown>,
      identity: Identity | null = defaultIdentity,
    ): Promise<OperationResult<TData>> {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(orm.em.fork(), identity) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { data: data as TData | null | undefined, errors };
    },
    /** Empties the subgraph's tables between tests. */
    async clean() {
      await orm.schema.clear();
    },
    async close() {
      await apollo.stop();
      await orm.close();
    },
  };
}

export type TestSubgraph = Awaited<ReturnType<typeof startTestSubgraph>>;

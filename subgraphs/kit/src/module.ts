import type { MigrationObject } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Identity } from './auth';
import type { SubgraphConfig } from './config';
import { SqlCounter, createOrm, migrate } from './orm';
import { RevocationCheck, type TokenStatusLookup, remoteTokenStatus } from './revocation';
import { DEFAULT_OBSERVABILITY, Observability } from './observability';
import type { LargeBodyLimit, Route } from './http';
import { type ContextForRoute, type RequestContext, type Subgraph, startSubgraph } from './subgraph';

/** Everything the platform needs to know to run one subgraph; each subgraph exports one of these. */
export interface SubgraphModule<TContext extends RequestContext = RequestContext> {
  name: string;
  defaultPort: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  migrations: MigrationObject[];
  buildSchema: () => Promise<GraphQLSchema>;
  /**
   * Builds a request's context around its own `em.fork()`, for the verified caller. `revocation` is the
   * process's sign-out check: a subgraph that ends sign-ins (departments) makes it forget them at once.
   */
  createContext: (
    em: EntityManager,
    config: SubgraphConfig,
    identity: Identity | null,
    authorization?: string,
    revocation?: RevocationCheck,
    /** What the subgraph's `background` work hands its requests (e.g. a notice publisher). */
    services?: unknown,
  ) => TContext;
  /**
   * Work the subgraph runs beside serving requests (job-queue workers and schedules), started before it
   * listens and stopped after it stops listening and before its ORM closes. `services` is passed to
   * `createContext`.
   */
  background?: (orm: MikroORM, config: SubgraphConfig, observability: Observability) => Promise<BackgroundWork>;
  /** Other subgraphs this one calls (their URLs come as `<NAME>_URL`). */
  calls?: string[];
  /**
   * Where a token stands, read from the subgraph's own tables (only the departments subgraph, which
   * records sign-ins); every other subgraph asks the departments subgraph (`tokenStatus`). Either way the
   * answer is remembered for `revocation.cacheMs`, so a request costs no statement for it.
   */
  tokenStatus?: (orm: MikroORM) => TokenStatusLookup;
  /**
   * Why a deployment of this subgraph must not start on this database, or null when it may. Run by
   * `src/main.ts` (one process per service) before it listens; `npm start` checks for itself.
   */
  deploymentCheck?: (orm: MikroORM) => Promise<string | null>;
  /** HTTP routes served beside /graphql (e.g. the meetings subgraph's calendar feeds). */
  routes?(contextFor: ContextForRoute<TContext>): Route[];
  /** Operations that carry a file and the larger request body they may have (see `HttpOptions.largeBody`). */
  largeBody?: LargeBodyLimit;
}

/** See `SubgraphModule.background`. */
export interface BackgroundWork {
  services?: unknown;
  stop: () => Promise<void>;
}

export interface RunningSubgraph<TContext extends RequestContext = RequestContext> extends Subgraph<TContext> {
  orm: MikroORM;
  /** Its background work, when it has some (tests reach the workers through it). */
  background?: BackgroundWork;
  counter: SqlCounter;
  /** Its logger and metrics registry. */
  observability: Observability;
}

/** Opens a subgraph's ORM on its own schema. */
export function openSubgraphOrm(module: SubgraphModule, config: Pick<SubgraphConfig, 'databaseUrl' | 'debugSql'>, counter = new SqlCounter()) {
  return createOrm({
    databaseUrl: config.databaseUrl,
    schema: module.name,
    entities: module.entities,
    migrations: module.migrations,
    debugSql: config.debugSql,
    counter,
  });
}

/** Applies a subgraph's checked-in migrations to its schema (`npm run migrate`). */
export async function migrateSubgraph(module: SubgraphModule, config: Pick<SubgraphConfig, 'databaseUrl'>) {
  const orm = await openSubgraphOrm(module, { databaseUrl: config.databaseUrl, debugSql: false });
  try {
    return await migrate(orm, module.name);
  } finally {
    await orm.close();
  }
}

/**
 * Starts a subgraph: opens its ORM, builds its schema and serves it. `stop` stops serving and closes
 * the ORM. Migrations are not run here: they are an explicit step (`npm run migrate`, or `npm start`).
 */
export async function runSubgraph<TContext extends RequestContext>(
  module: SubgraphModule<TContext>,
  config: SubgraphConfig,
  /** Its logs, metrics and traces; made from `config.observability` unless given. */
  given?: Observability,
): Promise<RunningSubgraph<TContext>> {
  const departmentsUrl = config.serviceUrls.departments;
  if (!module.tokenStatus && !departmentsUrl) {
    throw new Error(`DEPARTMENTS_URL must be set: the ${module.name} subgraph asks the departments subgraph whether a token was signed out`);
  }
  const observability = given ?? (await Observability.create({ service: module.name, config: config.observability ?? DEFAULT_OBSERVABILITY }));
  const counter = new SqlCounter();
  const orm = await openSubgraphOrm(module as SubgraphModule, config, counter).catch(async (error: unknown) => {
    await observability.stop();
    throw error;
  });
  let background: BackgroundWork | undefined;
  try {
    // the ORM opens without a database; a wrong DATABASE_URL should stop the start, not every request
    await orm.em.getConnection().execute('select 1');
    observability.observePool(await orm.em.getConnection().getNativeClient());
    // the departments subgraph reads its own table, remembered like everyone's answers; its own sign-out
    // writes forget the tokens they end at once (see createContext)
    const revocation = new RevocationCheck(module.tokenStatus ? module.tokenStatus(orm) : remoteTokenStatus(departmentsUrl as string), config.revocation);
    background = module.background ? await module.background(orm, config, observability) : undefined;
    const services = background?.services;
    const subgraph = await startSubgraph({
      name: module.name,
      schema: await module.buildSchema(),
      orm,
      context: (em, identity, authorization) => module.createContext(em, config, identity, authorization, revocation, services),
      authPublicKey: config.authPublicKey,
      revocation,
      host: config.host,
      port: config.port,
      largeBody: module.largeBody,
      observability,
      routes: module.routes?.bind(module),
    });
    observability.logger.info({ url: subgraph.url }, `${module.name} subgraph ready`);
    return {
      ...subgraph,
      orm,
      counter,
      observability,
      background,
      stop: async () => {
        await subgraph.stop();
        await background?.stop();
        await orm.close();
        observability.logger.info(`${module.name} subgraph stopped`);
        await observability.stop();
      },
    };
  } catch (error) {
    await background?.stop().catch(() => undefined);
    await orm.close();
    await observability.stop();
    throw error;
  }
}

import { DefaultLogger, type LogContext, type LoggerOptions, type MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, defineConfig } from '@mikro-orm/postgresql';

/**
 * Counts the SQL statements an ORM sends. Tests and benchmarks read it to prove that a query's
 * statement count does not grow with list size (no N+1).
 */
export class SqlCounter {
  count = 0;
  readonly statements: string[] = [];
  private recording = false;

  record(query: string) {
    this.count += 1;
    if (this.recording) this.statements.push(query);
  }

  /** Resets the counter; with `keep` the statements themselves are kept for inspection. */
  reset(keep = false) {
    this.count = 0;
    this.statements.length = 0;
    this.recording = keep;
  }
}

class CountingLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly counter: SqlCounter,
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext) {
    // transaction control statements are bookkeeping, not work the resolver asked for
    if (context.level !== 'error' && !/^(begin|commit|rollback|savepoint|release)/i.test(context.query)) {
      this.counter.record(context.query);
    }
    super.logQuery(context);
  }
}

export interface OrmOptions {
  /** PostgreSQL connection URL of the database the subgraph lives in. */
  databaseUrl: string;
  /** The PostgreSQL schema this subgraph owns; it never reads another's. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  migrations: MigrationObject[];
  /** Print every SQL statement (LIANBAN_DEBUG_SQL). */
  debugSql?: boolean;
  counter?: SqlCounter;
  poolSize?: number;
  /** Folder new migrations are written to (only when creating migrations). */
  migrationsPath?: string;
}

/** Creates the subgraph's ORM: its own schema, checked-in migrations listed explicitly, no global context. */
export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  const counter = options.counter ?? new SqlCounter();
  return MikroORM.init(
    defineConfig({
      clientUrl: options.databaseUrl,
      schema: options.schema,
      entities: options.entities,
      extensions: [Migrator],
      allowGlobalContext: false,
      // a batched UPDATE of several rows checks their versions with a SELECT before it and not in its
      // WHERE, so two transactions could both pass and the later silently overwrite the earlier: one
      // UPDATE per row keeps every optimistic lock a real one (writes of several rows are rare)
      useBatchUpdates: false,
      debug: options.debugSql ? ['query', 'query-params'] : false,
      loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions, counter),
      pool: { max: options.poolSize ?? 10 },
      migrations: {
        migrationsList: options.migrations,
        path: options.migrationsPath,
        emit: 'ts',
        tableName: 'mikro_orm_migrations',
        schema: options.schema,
        transactional: true,
        allOrNothing: true,
        snapshot: false,
        silent: true,
      },
    }),
  );
}

/** Applies the subgraph's pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM, schema: string): Promise<string[]> {
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}

/**
 * "The limit" of `npm run bench:overhead`: the least a GraphQL server can do to answer the benchmark's
 * queries with the project's security. node:http, graphql-js on a hand-written schema, one pg statement
 * per list, and the same Ed25519 token check as every subgraph (jose `jwtVerify` with the same public
 * key on every request, nothing remembered). Parsed and validated documents are kept, as Apollo Server
 * keeps them, so the limit does no work the subgraphs skip.
 *
 * Env: DATABASE_URL, LIANBAN_AUTH_PUBLIC_KEY, HOST (127.0.0.1), PORT (0: a free one). Prints
 * `limit ready at <url>` once it listens.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, type DocumentNode, execute, GraphQLError, parse, validate } from 'graphql';
import { importSPKI, jwtVerify } from 'jose';
import pg from 'pg';
import { z } from 'zod';
import { readEnv, stopOnSignal } from './env';

const env = readEnv(
  z.object({
    DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgres:// URL' }),
    LIANBAN_AUTH_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'LIANBAN_AUTH_PUBLIC_KEY must be a PEM public key' }),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(0),
  }),
);

// the subgraphs' answers to the same fields: a unit's id, name and population; a case's number and the
// ids of its lead unit and township (what the cases subgraph itself knows of them)
const schema = buildSchema(`
  type Query {
    departments(first: Int! = 200): [Department!]!
    cases(first: Int! = 50): CasePage!
  }
  type Department { id: ID! name: String! population: Int }
  type CasePage { items: [Case!]! }
  type Case { number: String! leadDepartment: UnitRef township: UnitRef! }
  type UnitRef { id: ID! }
`);

interface CaseRow {
  number: string;
  lead_department_id: string | null;
  township_id: string;
}

// the same order as the subgraphs' lists, so that both answer with the same rows
const DEPARTMENTS_SQL = 'select id, name, population from "departments"."department" order by kind asc, code asc limit $1';
const CASES_SQL = `select number, lead_department_id, township_id from "cases"."case"
  where merged_into_id is null order by registered_at desc, id desc limit $1`;

const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
const root = {
  departments: async ({ first }: { first: number }) => (await pool.query(DEPARTMENTS_SQL, [first])).rows,
  cases: async ({ first }: { first: number }) => ({
    items: (await pool.query<CaseRow>(CASES_SQL, [first])).rows.map((row) => ({
      number: row.number,
      leadDepartment: row.lead_department_id ? { id: row.lead_department_id } : null,
      township: { id: row.township_id },
    })),
  }),
};

const publicKey = await importSPKI(env.LIANBAN_AUTH_PUBLIC_KEY, 'EdDSA');

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** The same check as the kit's TokenVerifier: signature, issuer, expiry and who the token names. */
async function authenticate(header: string | undefined) {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw new HttpError(401, 'Sign in first: this needs an Authorization: Bearer token', 'UNAUTHENTICATED');
  try {
    const { payload } = await jwtVerify(match[1], publicKey, { issuer: 'lianban', algorithms: ['EdDSA'] });
    if (!payload.sub || !payload.jti || typeof payload.role !== 'string' || typeof payload.unit !== 'string') throw new Error('incomplete token');
    return { accountId: payload.sub, role: payload.role, unitId: payload.unit };
  } catch {
    throw new HttpError(401, 'The sign-in token is not valid: sign in again', 'UNAUTHENTICATED');
  }
}

const documents = new Map<string, DocumentNode>();

function prepare(query: string): DocumentNode {
  const known = documents.get(query);
  if (known) return known;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    throw new HttpError(400, error instanceof GraphQLError ? error.message : 'The query does not parse', 'GRAPHQL_PARSE_FAILED');
  }
  const errors = validate(schema, document);
  if (errors.length) throw new HttpError(400, errors.map((e) => e.message).join('; '), 'GRAPHQL_VALIDATION_FAILED');
  if (documents.size >= 1000) documents.clear();
  documents.set(query, document);
  return document;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST' || !req.url?.startsWith('/graphql')) {
    send(res, 404, { errors: [{ message: 'POST GraphQL to /graphql' }] });
    return;
  }
  let body: { query?: unknown; variables?: unknown };
  try {
    body = JSON.parse(await readBody(req)) as typeof body;
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON', 'BAD_REQUEST');
  }
  if (typeof body.query !== 'string') throw new HttpError(400, 'The request needs a query', 'BAD_REQUEST');
  const identity = await authenticate(req.headers.authorization);
  const result = await execute({
    schema,
    document: prepare(body.query),
    rootValue: root,
    contextValue: identity,
    variableValues: (body.variables ?? undefined) as Record<string, unknown> | undefined,
  });
  send(res, 200, result);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    if (error instanceof HttpError) {
      send(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
      return;
    }
    console.error('[limit] request failed', error);
    send(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });
});
await new Promise<void>((resolve, reject) => {
  server.once('error', reject);
  server.listen(env.PORT, env.HOST, () => resolve());
});
console.log(`limit ready at http://${env.HOST}:${(server.address() as AddressInfo).port}/graphql`);
stopOnSignal(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  await pool.end();
});

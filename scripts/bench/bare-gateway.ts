/**
 * The bare Apollo Gateway of `npm run bench:overhead`: `@apollo/server` with `@apollo/gateway` on the
 * checked-in supergraph and the standalone server, as Apollo's documentation sets one up. Its one
 * addition is passing the caller's Authorization header on to the subgraphs, which refuse requests
 * without it. No auth of its own, no limits, no error formatting: what the project's gateway is
 * measured against.
 *
 * Env: DEPARTMENTS_URL, CASES_URL, MEETINGS_URL, ASSESSMENT_URL, HOST (127.0.0.1), PORT (0: a free one),
 * SUPERGRAPH_PATH (schema/supergraph.graphql). Prints `bare gateway ready at <url>` once it listens.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { z } from 'zod';
import { readEnv, stopOnSignal } from './env';

const subgraphUrl = (name: string) => z.string().url({ message: `${name.toUpperCase()}_URL must be the URL of the ${name} subgraph` });
const env = readEnv(
  z.object({
    DEPARTMENTS_URL: subgraphUrl('departments'),
    CASES_URL: subgraphUrl('cases'),
    MEETINGS_URL: subgraphUrl('meetings'),
    ASSESSMENT_URL: subgraphUrl('assessment'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(0),
    SUPERGRAPH_PATH: z.string().default(fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url))),
  }),
);
const urls: Record<string, string> = {
  departments: env.DEPARTMENTS_URL,
  cases: env.CASES_URL,
  meetings: env.MEETINGS_URL,
  assessment: env.ASSESSMENT_URL,
};

interface BareContext {
  authorization?: string;
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(env.SUPERGRAPH_PATH, 'utf8'),
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource<BareContext>({
      url: urls[name] ?? url,
      willSendRequest({ request, context }) {
        if (context.authorization) request.http?.headers.set('authorization', context.authorization);
      },
    }),
});
const apollo = new ApolloServer<BareContext>({ gateway });
const { url } = await startStandaloneServer(apollo, {
  listen: { host: env.HOST, port: env.PORT },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(`bare gateway ready at ${url}`);
stopOnSignal(() => apollo.stop());

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Route } from '@lianban/kit';

const require = createRequire(import.meta.url);
/** A file of a package, by path inside the package (UMD builds are not in the packages' exports). */
const packageFile = (pkg: string, path: string) => join(dirname(require.resolve(`${pkg}/package.json`)), path);

/** GraphiQL and React from node_modules: the IDE works on an intranet with no internet access. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'graphiql.min.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
  'graphiql.min.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'react.production.min.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': {
    file: packageFile('react-dom', 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
};

const EXAMPLE = `# 乡镇（街道）: 人口、属地案件及其牵头单位与联席会议议题、最新考核排名
# 登录令牌在下方 Headers 中 (mutation { login(username: "...", password: "...") { token } })
query Townships {
  departments(kinds: [TOWNSHIP, STREET], first: 5) {
    name
    population
    latestAssessment { period score rank rankedUnits }
    casesOriginatingCount
    casesOriginating(first: 3) {
      number
      channel
      summary
      leadDepartment { name }
      agendaItems { title meeting { title heldOn } }
    }
  }
}
`;

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>联办 Lianban · GraphQL</title>
<link rel="stylesheet" href="/ide/graphiql.min.css">
<style>body{margin:0}#graphiql{height:100vh}</style>
</head>
<body>
<div id="graphiql">正在加载…</div>
<script src="/ide/react.production.min.js"></script>
<script src="/ide/react-dom.production.min.js"></script>
<script src="/ide/graphiql.min.js"></script>
<script src="/ide/start.js"></script>
</body>
</html>
`;

const start = (token?: string) => `const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${JSON.stringify(EXAMPLE)},
    defaultHeaders: ${JSON.stringify(JSON.stringify({ Authorization: token ? `Bearer ${token}` : 'Bearer <token from the login mutation>' }, null, 2))},
    shouldPersistHeaders: true,
  }),
);
`;

/** Whether `host` (a listen address or host name) only accepts connections from this machine. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare) || /^::ffff:127(\.\d{1,3}){3}$/.test(bare);
}

/**
 * Why an IDE token may not be pre-signed for a gateway, or null when it may: only a development gateway
 * listening on a loopback address, so the token never reaches anyone on the network.
 */
export function ideTokenRefusal(gateway: { host: string; development: boolean }): string | null {
  if (!gateway.development) return 'the IDE runs only on a development gateway';
  if (!isLoopbackHost(gateway.host)) {
    return `the gateway listens on ${gateway.host}, which others on the network can reach: a signed-in IDE needs HOST=127.0.0.1 (or ::1, localhost)`;
  }
  return null;
}

/**
 * Serves the IDE at /ide; `token` pre-fills the Authorization header (the demo only). The token is
 * written only into pages asked for over a loopback connection, whatever address the gateway listens on.
 */
export const ideRoute = (token?: string): Route => (req, res, url) => {
  if (req.method !== 'GET' || !(url.pathname === '/ide' || url.pathname.startsWith('/ide/'))) return false;
  const name = url.pathname.slice('/ide/'.length);
  if (name === '' || url.pathname === '/ide') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  } else if (name === 'start.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    res.end(start(token && isLoopbackHost(req.socket?.localAddress) ? token : undefined));
  } else if (ASSETS[name]) {
    res.writeHead(200, { 'content-type': `${ASSETS[name].type}; charset=utf-8`, 'cache-control': 'max-age=86400' });
    res.end(readFileSync(ASSETS[name].file));
  } else {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`no such IDE asset: ${name}`);
  }
  return true;
};

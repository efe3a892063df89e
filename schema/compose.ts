/**
 * Emits each subgraph's SDL to schema/subgraphs/<name>.graphql and composes schema/supergraph.graphql.
 * `--check` writes nothing and fails when the checked-in files differ from what the code emits.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { emitSubgraphSdl } from '@lianban/kit';
import { parse } from 'graphql';
import { subgraphModules } from '../scripts/platform';

const here = dirname(fileURLToPath(import.meta.url));
const check = process.argv.includes('--check');

const files = new Map<string, string>();
const services = [];
for (const module of subgraphModules) {
  const sdl = emitSubgraphSdl(await module.buildSchema());
  files.set(join(here, 'subgraphs', `${module.name}.graphql`), sdl);
  services.push({ name: module.name, url: `http://localhost:${module.defaultPort}/graphql`, typeDefs: parse(sdl) });
}
const composed = composeServices(services);
if (composed.errors) {
  console.error('Composition failed:');
  for (const error of composed.errors) console.error(`  ${error.message}`);
  process.exit(1);
}
for (const hint of composed.hints ?? []) console.warn(`hint: ${hint.definition.code}: ${hint.message}`);
files.set(join(here, 'supergraph.graphql'), `${composed.supergraphSdl.trim()}\n`);

const stale = [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
if (check) {
  if (stale.length) {
    console.error('The checked-in schema differs from what the code emits; run `npm run schema` and commit:');
    for (const [path] of stale) console.error(`  ${path}`);
    process.exit(1);
  }
  console.log(`schema is up to date (${files.size} files)`);
} else {
  for (const [path, text] of stale) writeFileSync(path, text);
  console.log(stale.length ? `wrote ${stale.map(([p]) => p).join(', ')}` : 'schema unchanged');
}

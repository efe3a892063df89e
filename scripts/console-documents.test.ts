import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../console/codegen';
import { apiSchemaSdl } from '../console/api-schema';

const consoleDir = fileURLToPath(new URL('../console', import.meta.url));
const supergraph = readFileSync(fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url)), 'utf8');

/** Runs the console's codegen in memory on a schema; throws when a document does not validate. */
async function codegen(schema: string) {
  const files = await generate({ ...codegenConfig, schema, cwd: consoleDir, silent: true, errorsOnly: true }, false);
  return files as { filename: string; content: string }[];
}

describe('the console (联办工作台) and the checked-in supergraph', () => {
  it('every console document validates, and the checked-in typed documents are what codegen makes (npm run codegen -w console)', async () => {
    const files = await codegen(apiSchemaSdl(supergraph));
    expect(files.map((f) => f.filename.replace(/^.*src\/graphql\//, '')).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts']);
    for (const file of files) {
      const checkedIn = readFileSync(join(consoleDir, 'src', 'graphql', file.filename.replace(/^.*src\/graphql\//, '')), 'utf8');
      expect(checkedIn, `${file.filename} is stale: run npm run codegen -w console`).toBe(file.content);
    }
  });

  it('a schema change that breaks a console document fails: Case.number removed', async () => {
    const broken = apiSchemaSdl(supergraph).replace(/\n {2}"""事项编号[^"]*"""\n {2}number: String!\n/, '\n');
    expect(broken).not.toBe(apiSchemaSdl(supergraph));
    await expect(codegen(broken)).rejects.toThrow(/number/);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { apiSchemaSdl } from './api-schema';

const supergraph = readFileSync(fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url)), 'utf8');

/**
 * Typed documents for the console (graphql-codegen client preset), checked against the API schema of
 * the checked-in supergraph: `npm run codegen -w console` rewrites src/graphql/, and the scripts test
 * `console-documents.test.ts` fails when that would change anything or a document no longer validates.
 */
export const codegenConfig: CodegenConfig = {
  schema: apiSchemaSdl(supergraph),
  documents: ['src/api/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default codegenConfig;

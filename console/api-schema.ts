import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';

/** The schema clients see: the supergraph without federation's join directives and @inaccessible parts. */
export function apiSchemaSdl(supergraphSdl: string): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}

import type { ReferenceResolvers } from '@lianban/kit';

// Department and Case belong to other subgraphs: the id is all this subgraph needs to name them
export const referenceResolvers: ReferenceResolvers = {
  // the kind comes along when a field that requires it is asked
  Department: { __resolveReference: (ref: { id: string; kind?: string }) => ({ id: ref.id, kind: ref.kind }) },
  Case: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};

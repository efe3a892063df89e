import type { ReferenceResolvers } from '@lianban/kit';

// Department and Case belong to other subgraphs: the id is all this subgraph needs to name them
export const referenceResolvers: ReferenceResolvers = {
  Department: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  Case: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};

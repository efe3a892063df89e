import type { ReferenceResolvers } from '@lianban/kit';
import type { CasesContext } from '../loaders';

export const referenceResolvers: ReferenceResolvers = {
  Case: { __resolveReference: (ref: { id: string }, ctx: CasesContext) => ctx.loaders.case.load(ref.id) },
  // Department belongs to the departments subgraph: the id is all this subgraph needs to add its fields
  Department: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};

import type { ReferenceResolvers } from '@lianban/kit';
import type { AssessmentContext } from '../loaders';

export const referenceResolvers: ReferenceResolvers = {
  AssessmentScheme: {
    __resolveReference: (ref: { id: string }, ctx: AssessmentContext) => ctx.loaders.scheme.load(ref.id),
  },
  // Department belongs to the departments subgraph: the id is all this subgraph needs to add its fields
  Department: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};

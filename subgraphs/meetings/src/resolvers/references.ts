import type { ReferenceResolvers } from '@lianban/kit';
import type { MeetingsContext } from '../loaders';

export const referenceResolvers: ReferenceResolvers = {
  Meeting: { __resolveReference: (ref: { id: string }, ctx: MeetingsContext) => ctx.loaders.meeting.load(ref.id) },
  // Case belongs to the cases subgraph: the id is all this subgraph needs to add its fields
  Case: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};

import type { ReferenceResolvers } from '@lianban/kit';
import type { MeetingsContext } from '../loaders';
import { meetingVisible } from '../services/agenda-visibility';

export const referenceResolvers: ReferenceResolvers = {
  // a session a liaison may not see resolves to null through _entities, as it is NOT_FOUND by id
  Meeting: {
    __resolveReference: async (ref: { id: string }, ctx: MeetingsContext) => {
      const meeting = await ctx.loaders.meeting.load(ref.id);
      return meeting && (await meetingVisible(ctx, meeting.id)) ? meeting : null;
    },
  },
  // Case belongs to the cases subgraph: the id is all this subgraph needs to add its fields
  Case: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};

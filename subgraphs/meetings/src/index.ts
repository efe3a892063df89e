import { buildFederatedSchema, type SubgraphModule } from '@lianban/kit';
import { DEFAULT_PORT } from './config';
import { AgendaItem, AgendaItemCase } from './entities/agenda-item.entity';
import { Meeting } from './entities/meeting.entity';
import { BusyTime } from './entities/busy-time.entity';
import { MeetingPlan } from './entities/meeting-plan.entity';
import { Room } from './entities/room.entity';
import { SchedulingSettings } from './entities/scheduling-settings.entity';
import { createContext, type MeetingsContext, namesFor, participantsFor, visibilityFor } from './loaders';
import { migrations } from './migrations';
import { AgendaItemResolver, CaseAgendaResolver } from './resolvers/agenda-item.resolver';
import { MeetingResolver } from './resolvers/meeting.resolver';
import { referenceResolvers } from './resolvers/references';
import { MeetingRoomResolver, PlannedSessionResolver, SchedulingResolver } from './resolvers/scheduling.resolver';

export { loadConfig } from './config';
export { AgendaItem, AgendaItemCase } from './entities/agenda-item.entity';
export { Meeting } from './entities/meeting.entity';
export { Room } from './entities/room.entity';
export * from './types/meeting.enums';
export { createContext } from './loaders';
export { HttpCaseVisibility, StaticCaseVisibility, type CaseVisibility } from './services/case-visibility';
export { HttpCaseParticipants, StaticCaseParticipants, type CaseParticipants, type CaseParticipantsRow } from './services/case-participants';
export { HttpDirectoryNames, StaticDirectoryNames, type DirectoryNames } from './services/directory-names';
export { BusySubject, BusyTime } from './entities/busy-time.entity';
export { MeetingPlan } from './entities/meeting-plan.entity';
export { SchedulingSettings } from './entities/scheduling-settings.entity';
export { solveSchedule } from './scheduling/solve';
export { solveInWorker } from './scheduling/worker-client';

/** The meetings subgraph: joint meetings (联席会议), their agendas, and the agenda items of Case. */
export const meetingsSubgraph: SubgraphModule<MeetingsContext> = {
  name: 'meetings',
  defaultPort: DEFAULT_PORT,
  entities: [Meeting, AgendaItem, AgendaItemCase, Room, BusyTime, SchedulingSettings, MeetingPlan],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [MeetingResolver, AgendaItemResolver, CaseAgendaResolver, SchedulingResolver, PlannedSessionResolver, MeetingRoomResolver],
      referenceResolvers,
    }),
  createContext: (em, config, identity, authorization) =>
    createContext(em, { visibility: visibilityFor(config), identity, authorization, participants: participantsFor(config), names: namesFor(config) }),
  // asks the departments subgraph whether a caller's token was signed out, the cases subgraph which cases the caller may see
  calls: ['departments', 'cases'],
};

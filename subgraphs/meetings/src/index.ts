import { type NoticePublisher, buildFederatedSchema, noticePublisher, startJobQueue, stopJobQueue, type SubgraphModule } from '@lianban/kit';
import { calendarRoutes } from './calendar.routes';
import { DEFAULT_PORT } from './config';
import { AgendaItem, AgendaItemCase } from './entities/agenda-item.entity';
import { Meeting } from './entities/meeting.entity';
import { BusyTime } from './entities/busy-time.entity';
import { MeetingPlan } from './entities/meeting-plan.entity';
import { Decision } from './entities/decision.entity';
import { JointMeeting } from './entities/joint-meeting.entity';
import { Room } from './entities/room.entity';
import { SchedulingSettings } from './entities/scheduling-settings.entity';
import { caseRecordsFor, createContext, directoryFor, type MeetingsContext, namesFor, visibilityFor } from './loaders';
import { migrations } from './migrations';
import { AgendaItemResolver, CaseAgendaResolver } from './resolvers/agenda-item.resolver';
import { AgendaFollowUpResolver, DecisionResolver, JointMeetingResolver } from './resolvers/decision.resolver';
import { MeetingResolver } from './resolvers/meeting.resolver';
import { referenceResolvers } from './resolvers/references';
import { MeetingRoomResolver, PlannedSessionResolver, SchedulingResolver } from './resolvers/scheduling.resolver';

export { loadConfig } from './config';
export { AgendaItem, AgendaItemCase } from './entities/agenda-item.entity';
export { Meeting } from './entities/meeting.entity';
export { Room } from './entities/room.entity';
export { Decision } from './entities/decision.entity';
export { JointMeeting } from './entities/joint-meeting.entity';
export { StaticCaseRecords, HttpCaseRecords, type CaseRecords } from './services/case-records';
export { StaticDirectory, HttpDirectory, type Directory } from './services/directory';
export { chineseNumber, regularTitle } from './services/numerals';
export * from './types/meeting.enums';
export { createContext } from './loaders';
export { HttpCaseVisibility, StaticCaseVisibility, type CaseVisibility } from './services/case-visibility';
export { StaticCaseParticipants, type CaseParticipants, type CaseParticipantsRow } from './services/case-participants';
export { HttpDirectoryNames, StaticDirectoryNames, type DirectoryNames } from './services/directory-names';
export { BusySubject, BusyTime } from './entities/busy-time.entity';
export { MeetingPlan } from './entities/meeting-plan.entity';
export { SchedulingSettings } from './entities/scheduling-settings.entity';
export { solveSchedule } from './scheduling/solve';
export { solveInWorker } from './scheduling/worker-client';
export { meetingNotice } from './services/meeting-notices';

/** What the meetings subgraph's background work hands its requests and tests. */
export interface MeetingsServices {
  notices: NoticePublisher;
}

/** The meetings subgraph: joint meetings (联席会议), their agendas, and the agenda items of Case. */
export const meetingsSubgraph: SubgraphModule<MeetingsContext> = {
  name: 'meetings',
  defaultPort: DEFAULT_PORT,
  entities: [Meeting, AgendaItem, AgendaItemCase, Room, JointMeeting, Decision, BusyTime, SchedulingSettings, MeetingPlan],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        MeetingResolver,
        AgendaItemResolver,
        CaseAgendaResolver,
        DecisionResolver,
        AgendaFollowUpResolver,
        JointMeetingResolver,
        SchedulingResolver,
        PlannedSessionResolver,
        MeetingRoomResolver,
      ],
      referenceResolvers,
    }),
  createContext: (em, config, identity, authorization, _revocation, services) =>
    createContext(em, {
      notices: (services as MeetingsServices | undefined)?.notices,
      visibility: visibilityFor(config),
      cases: caseRecordsFor(config),
      directory: directoryFor(config),
      identity,
      authorization,
      names: namesFor(config),
    }),
  routes: calendarRoutes,
  // with the job queue: meeting notices (会议通知) to the units that must attend, sent with the schedule or the cancellation
  background: async (_orm, config, observability) => {
    if (!config.jobs) return { stop: async () => undefined };
    const boss = await startJobQueue(config.databaseUrl, config.jobs, observability.logger);
    try {
      const services: MeetingsServices = { notices: await noticePublisher(boss) };
      return { services, stop: () => stopJobQueue(boss) };
    } catch (error) {
      await stopJobQueue(boss);
      throw error;
    }
  },
  // asks the departments subgraph whether a caller's token was signed out, the cases subgraph which cases the caller may see
  calls: ['departments', 'cases'],
};

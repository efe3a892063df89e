import { type NoticePublisher, buildFederatedSchema, noticePublisher, startJobQueue, stopJobQueue, type SubgraphModule } from '@lianban/kit';
import { DEFAULT_PORT } from './config';
import { CaseEvent } from './entities/case-event.entity';
import { CaseTask } from './entities/case-task.entity';
import { Case } from './entities/case.entity';
import { PersonalDataAccess } from './entities/personal-data-access.entity';
import { ClockNotice } from './entities/clock-notice.entity';
import { Petitioner } from './entities/petitioner.entity';
import { Extension, Supervision } from './entities/supervision.entity';
import { type CasesContext, createContext, directoryFor } from './loaders';
import { migrations } from './migrations';
import { CasePageResolver, CaseResolver, HoldingPageResolver } from './resolvers/case.resolver';
import { CaseImportResolver } from './resolvers/case-import.resolver';
import { CaseEventTextResolver, CaseTaskTextResolver, CaseTextResolver, ExtensionTextResolver, SupervisionTextResolver } from './resolvers/case-text.resolver';
import { DepartmentCasesResolver } from './resolvers/department.resolver';
import { LifecycleResolver } from './resolvers/lifecycle.resolver';
import { PetitionerResolver } from './resolvers/petitioner.resolver';
import { CaseEventResolver, ExtensionResolver, SupervisionResolver } from './resolvers/record.resolver';
import { StatisticsResolver } from './resolvers/statistics.resolver';
import { TaskResolver } from './resolvers/task.resolver';
import { CaseVisibilityResolver } from './resolvers/visibility.resolver';
import { JointMeetingResolver } from './resolvers/joint-meeting.resolver';
import { VisitCandidatesResolver } from './resolvers/visit-candidates.resolver';
import { referenceResolvers } from './resolvers/references';
import { startClockScan } from './services/clock-scan.job';

export { loadConfig } from './config';
export { Case } from './entities/case.entity';
export { CaseEvent } from './entities/case-event.entity';
export { CaseTask } from './entities/case-task.entity';
export { Petitioner } from './entities/petitioner.entity';
export { PersonalDataAccess } from './entities/personal-data-access.entity';
export { Extension, Supervision } from './entities/supervision.entity';
export { ClockKind, RULE_SETS, computeDeadline } from './clocks/rules';
export * from './types/case.enums';
export { createContext } from './loaders';
export { officialCalendar } from '@lianban/kit';
export { HttpDirectory, StaticDirectory, type Directory } from './services/directory';
export { scanClockThresholds } from './services/notices';
export { CLOCK_SCAN_QUEUE } from './services/clock-scan.job';
export { caseImportTemplate, readCaseWorkbook, writeCaseWorkbook } from './import/workbook';
export { IMPORT_COLUMNS, type RawRow } from './import/columns';

/** What the cases subgraph's background work hands its requests and tests. */
export interface CasesServices {
  notices: NoticePublisher;
  /** Runs a pass of the clock scan now; the number of notices sent. */
  scanClocks: () => Promise<number>;
}

/** The cases subgraph: petition matters (信访事项) and the case fields of Department. */
export const casesSubgraph: SubgraphModule<CasesContext> = {
  name: 'cases',
  defaultPort: DEFAULT_PORT,
  entities: [Case, Petitioner, CaseTask, CaseEvent, Supervision, Extension, PersonalDataAccess, ClockNotice],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({ resolvers: [
        CaseResolver,
        CasePageResolver,
        HoldingPageResolver,
        PetitionerResolver,
        LifecycleResolver,
        TaskResolver,
        CaseEventResolver,
        SupervisionResolver,
        ExtensionResolver,
        StatisticsResolver,
        DepartmentCasesResolver,
        CaseVisibilityResolver,
        JointMeetingResolver,
        CaseImportResolver,
        CaseTextResolver,
        CaseEventTextResolver,
        CaseTaskTextResolver,
        SupervisionTextResolver,
        ExtensionTextResolver,
        VisitCandidatesResolver,
      ], referenceResolvers }),
  createContext: (em, config, identity, authorization, _revocation, services) =>
    createContext(em, { directory: directoryFor(config), identity, authorization, notices: (services as CasesServices | undefined)?.notices }),
  // with the job queue: notices of assignments, tasks and supervisions, and the periodic clock scan (预警)
  background: async (orm, config, observability) => {
    if (!config.jobs) return { stop: async () => undefined };
    const boss = await startJobQueue(config.databaseUrl, config.jobs, observability.logger);
    try {
      const notices = await noticePublisher(boss);
      const scanClocks = await startClockScan(boss, orm, notices, config.jobs);
      const services: CasesServices = { notices, scanClocks };
      return { services, stop: () => stopJobQueue(boss) };
    } catch (error) {
      await stopJobQueue(boss);
      throw error;
    }
  },
  calls: ['departments'],
  // a 10,000-row workbook is about 1 MB in base64: the import mutations (only) may send up to 12 MB
  largeBody: { maxBodyBytes: 12_000_000, rootFields: ['importCases', 'importCasesDryRun'] },
};

import { type NoticePublisher, buildFederatedSchema, noticePublisher, startJobQueue, stopJobQueue, type SubgraphModule } from '@lianban/kit';
import { startMissingReportScan } from './services/missing-report-notices';
import { startUnitRoster } from './services/unit-roster';
import { RosterUnit } from './entities/roster-unit.entity';
import { DEFAULT_PORT } from './config';
import { DailyReport } from './entities/daily-report.entity';
import { ScreeningCadenceRule, ScreeningReport } from './entities/screening-report.entity';
import { SensitivePeriod, SensitivePeriodUnit } from './entities/sensitive-period.entity';
import { Warning } from './entities/warning.entity';
import { ReportNotice } from './entities/report-notice.entity';
import { createContext, directoryFor, type ScreeningContext, visitsFor } from './loaders';
import { migrations } from './migrations';
import { DepartmentScreeningResolver } from './resolvers/department.resolver';
import { FactsResolver } from './resolvers/facts.resolver';
import { DailyReportResolver, DailyReportStatusEntryResolver, SensitivePeriodResolver } from './resolvers/period.resolver';
import { referenceResolvers } from './resolvers/references';
import { MissingScreeningReportResolver, ScreeningReportResolver } from './resolvers/screening-report.resolver';
import { WarningResolver } from './resolvers/warning.resolver';

export { loadConfig } from './config';
export { DailyReport } from './entities/daily-report.entity';
export { ScreeningCadenceRule, ScreeningReport } from './entities/screening-report.entity';
export { SensitivePeriod, SensitivePeriodUnit } from './entities/sensitive-period.entity';
export { Warning } from './entities/warning.entity';
export * from './types/screening.enums';
export { createContext, type ScreeningContext } from './loaders';
export { cycleByKey, cycleOf, cyclesDueBetween, type Cycle } from './services/cycles';
export { cutoffAt } from './services/period.service';
export { HttpDirectory, StaticDirectory, type Directory, type UnitFacts } from './services/directory';
export { MISSING_REPORT_SCAN_QUEUE, scanMissingDailyReports, scanMissingScreeningReports } from './services/missing-report-notices';
export { applyRosterUnits } from './services/unit-roster';
export { RosterUnit } from './entities/roster-unit.entity';
export { cycleLabel, dueAt, lastCycleDue } from './services/cycles';
export { ReportNotice } from './entities/report-notice.entity';

/** What the screening subgraph's background work hands its tests. */
export interface ScreeningServices {
  notices: NoticePublisher;
  /** Runs a pass of the missing-report scan (daily reports, then screening reports) now; the number of notices sent. */
  scanMissingReports: () => Promise<number>;
}
export { HttpVisits, StaticVisits, type VisitCandidate, type Visits } from './services/visits';

/**
 * The screening subgraph: screening reports (排查), early warnings (预警) and their match to registered
 * visits, sensitive periods (敏感期) with their daily and zero reports (日报告/零报告), and the reporting
 * facts the assessment engine counts.
 */
export const screeningSubgraph: SubgraphModule<ScreeningContext> = {
  name: 'screening',
  defaultPort: DEFAULT_PORT,
  entities: [ScreeningReport, ScreeningCadenceRule, Warning, SensitivePeriod, SensitivePeriodUnit, DailyReport, ReportNotice, RosterUnit],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        ScreeningReportResolver,
        MissingScreeningReportResolver,
        WarningResolver,
        SensitivePeriodResolver,
        DailyReportResolver,
        DailyReportStatusEntryResolver,
        FactsResolver,
        DepartmentScreeningResolver,
      ],
      referenceResolvers,
    }),
  createContext: (em, config, identity, authorization) =>
    createContext(em, { directory: directoryFor(config), visits: visitsFor(config), identity, authorization }),
  // with the job queue: the unit roster from the departments subgraph (ADR 0012) and the periodic
  // missing-report scan (漏报提醒) to units without their daily report after the cut-off or their
  // screening report after the cycle fell due
  background: async (orm, config, observability) => {
    if (!config.jobs) return { stop: async () => undefined };
    const boss = await startJobQueue(config.databaseUrl, config.jobs, observability.logger);
    try {
      const notices = await noticePublisher(boss);
      await startUnitRoster(boss, orm, config.jobs);
      const scanMissingReports = await startMissingReportScan(boss, orm, notices, config.jobs);
      const services: ScreeningServices = { notices, scanMissingReports };
      return { services, stop: () => stopJobQueue(boss) };
    } catch (error) {
      await stopJobQueue(boss);
      throw error;
    }
  },
  // asks the departments subgraph whether a token was signed out and which units exist, the cases
  // subgraph which collective and skip-level visits were registered
  calls: ['departments', 'cases'],
};

import { buildFederatedSchema, type SubgraphModule } from '@lianban/kit';
import { DEFAULT_PORT } from './config';
import { DailyReport } from './entities/daily-report.entity';
import { ScreeningCadenceRule, ScreeningReport } from './entities/screening-report.entity';
import { SensitivePeriod, SensitivePeriodUnit } from './entities/sensitive-period.entity';
import { Warning } from './entities/warning.entity';
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
export { HttpVisits, StaticVisits, type VisitCandidate, type Visits } from './services/visits';

/**
 * The screening subgraph: screening reports (排查), early warnings (预警) and their match to registered
 * visits, sensitive periods (敏感期) with their daily and zero reports (日报告/零报告), and the reporting
 * facts the assessment engine counts.
 */
export const screeningSubgraph: SubgraphModule<ScreeningContext> = {
  name: 'screening',
  defaultPort: DEFAULT_PORT,
  entities: [ScreeningReport, ScreeningCadenceRule, Warning, SensitivePeriod, SensitivePeriodUnit, DailyReport],
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
  // asks the departments subgraph whether a token was signed out and which units exist, the cases
  // subgraph which collective and skip-level visits were registered
  calls: ['departments', 'cases'],
};

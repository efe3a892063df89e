import { buildFederatedSchema, type SubgraphModule } from '@lianban/kit';
import { DEFAULT_PORT } from './config';
import { CaseEvent } from './entities/case-event.entity';
import { CaseTask } from './entities/case-task.entity';
import { Case } from './entities/case.entity';
import { PersonalDataAccess } from './entities/personal-data-access.entity';
import { Petitioner } from './entities/petitioner.entity';
import { Extension, Supervision } from './entities/supervision.entity';
import { type CasesContext, createContext, directoryFor } from './loaders';
import { migrations } from './migrations';
import { CasePageResolver, CaseResolver, HoldingPageResolver } from './resolvers/case.resolver';
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

/** The cases subgraph: petition matters (信访事项) and the case fields of Department. */
export const casesSubgraph: SubgraphModule<CasesContext> = {
  name: 'cases',
  defaultPort: DEFAULT_PORT,
  entities: [Case, Petitioner, CaseTask, CaseEvent, Supervision, Extension, PersonalDataAccess],
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
        CaseTextResolver,
        CaseEventTextResolver,
        CaseTaskTextResolver,
        SupervisionTextResolver,
        ExtensionTextResolver,
        VisitCandidatesResolver,
      ], referenceResolvers }),
  createContext: (em, config, identity, authorization) => createContext(em, { directory: directoryFor(config), identity, authorization }),
  calls: ['departments'],
};

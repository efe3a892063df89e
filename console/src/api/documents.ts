/**
 * Every GraphQL operation of the console. graphql-codegen (client preset) types them from the API
 * schema of schema/supergraph.graphql; `npm test` fails when a schema change breaks one of them.
 */
import { graphql } from '../graphql';

export const AccountFields = graphql(`
  fragment AccountFields on Account {
    id
    username
    role
    active
    unit { id name kind }
    person { id name position }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      account { ...AccountFields }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout { logout }
`);

export const MeQuery = graphql(`
  query Me { me { ...AccountFields } }
`);

export const WorkbenchQuery = graphql(`
  query Workbench($unitId: ID!, $after: String) {
    department(id: $unitId) {
      id
      name
      openCaseCards { green yellow red }
      casesLedCount(openOnly: true)
      casesCooperatingCount(openOnly: true)
      casesOriginatingCount(openOnly: true)
    }
    holdings(unitId: $unitId, first: 50, after: $after) {
      total
      overdue
      pageInfo { endCursor hasNextPage }
      items {
        id
        role
        status
        assignedAt
        dueDay
        dueBasis
        card
        warning
        case { id number summary status categoryMain categorySub form headCount }
      }
    }
  }
`);

export const CaseListItem = graphql(`
  fragment CaseListItem on Case {
    id
    number
    channel
    form
    headCount
    levelVisited
    categoryMain
    categorySub
    status
    summary
    registeredAt
    card
    placarded
    leadDepartment { id name }
    township { id name }
  }
`);

export const CasesQuery = graphql(`
  query Cases($filter: CaseFilter, $first: Int!, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      total
      pageInfo { endCursor hasNextPage }
      items { ...CaseListItem }
    }
  }
`);

export const CaseDetailFields = graphql(`
  fragment CaseDetailFields on Case {
    id
    number
    version
    status
    channel
    form
    headCount
    levelVisited
    categoryMain
    categorySub
    priority
    summary
    demands
    isRepeat
    isSkipLevel
    notToBeAcceptedAgain
    registeredAt
    ruleSet
    card
    warning
    placarded
    extensionDays
    assigningLevel
    assigningDocument
    reply
    repliedAt
    closedAt
    satisfaction
    notAcceptedReason
    redirectTo
    leadDepartment { id name }
    township { id name }
    leader { id name position }
    handler { id name }
    petitioners { name idNumber phone address masked }
    tasks {
      id
      role
      status
      version
      assignedAt
      dueDay
      dueBasis
      signedForAt
      completedAt
      result
      card
      warning
      unit { id name }
    }
    timeline { id at action fromStatus toStatus note actor { id name } unit { id name } }
    supervisions { id at method request answer supervisor { id name } }
    extensions { id at days reason approver { id name } }
    clocks { clock basis ruleSet days count extensionDays startedAt dueDay dueDayMovedFrom stoppedAt card warning used calendarNote }
    repeatOf { id number }
    mergedInto { id number }
    mergedCases { id number }
  }
`);

export const CaseQuery = graphql(`
  query Case($id: ID!) { case(id: $id) { ...CaseDetailFields } }
`);

export const RegisterCaseMutation = graphql(`
  mutation RegisterCase($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }
`);

export const AcceptCaseMutation = graphql(`
  mutation AcceptCase($input: CaseChangeInput!) { acceptCase(input: $input) { ...CaseDetailFields } }
`);

export const RejectCaseMutation = graphql(`
  mutation RejectCase($input: RejectCaseInput!) { rejectCase(input: $input) { ...CaseDetailFields } }
`);

export const AssignCaseMutation = graphql(`
  mutation AssignCase($input: AssignCaseInput!) { assignCase(input: $input) { ...CaseDetailFields } }
`);

export const ExtendCaseMutation = graphql(`
  mutation ExtendCase($input: ExtendDeadlineInput!) { extendCaseDeadline(input: $input) { ...CaseDetailFields } }
`);

export const SuperviseCaseMutation = graphql(`
  mutation SuperviseCase($input: SuperviseCaseInput!) { superviseCase(input: $input) { id } }
`);

export const MergeCasesMutation = graphql(`
  mutation MergeCases($input: MergeCasesInput!) { mergeCases(input: $input) { ...CaseDetailFields } }
`);

export const SignForCaseMutation = graphql(`
  mutation SignForCase($input: CaseChangeInput!) { signForCase(input: $input) { ...CaseDetailFields } }
`);

export const StartHandlingMutation = graphql(`
  mutation StartHandling($input: CaseChangeInput!) { startHandlingCase(input: $input) { ...CaseDetailFields } }
`);

export const ReportProgressMutation = graphql(`
  mutation ReportProgress($input: CaseChangeInput!) { reportProgress(input: $input) { ...CaseDetailFields } }
`);

export const ReplyCaseMutation = graphql(`
  mutation ReplyCase($input: ReplyCaseInput!) { replyCase(input: $input) { ...CaseDetailFields } }
`);

export const SignForTaskMutation = graphql(`
  mutation SignForTask($input: TaskChangeInput!) { signForTask(input: $input) { id status version } }
`);

export const CompleteTaskMutation = graphql(`
  mutation CompleteTask($input: TaskChangeInput!) { completeTask(input: $input) { id status version result } }
`);

export const DirectoryQuery = graphql(`
  query Directory {
    departments(first: 200, active: true) { id code name kind }
    categories { id main sub leadDepartment { id name } }
    leaders { id name position }
  }
`);

export const FigureFields = graphql(`
  fragment FigureFields on Figure { value lastYear change changeText }
`);

export const StatisticsQuery = graphql(`
  query Statistics($from: DateTimeISO!, $to: DateTimeISO!, $level: CategoryLevel!) {
    caseStatistics(from: $from, to: $to, categoryLevel: $level, topCategories: 10) {
      from
      to
      matters { ...FigureFields }
      persons { ...FigureFields }
      visitBatches { ...FigureFields }
      visitPersons { ...FigureFields }
      byChannel { channel matters { ...FigureFields } batches { ...FigureFields } persons { ...FigureFields } }
      byForm { form batches { ...FigureFields } persons { ...FigureFields } }
      skipLevel { level batches { ...FigureFields } persons { ...FigureFields } closed { ...FigureFields } }
      topCategories { categoryMain categorySub shareOfMatters shareOfPersons matters { ...FigureFields } persons { ...FigureFields } }
      hotline { received { ...FigureFields } closed { ...FigureFields } closureRate closureRateLastYear }
    }
  }
`);

export const MonthMattersQuery = graphql(`
  query MonthMatters($from: DateTimeISO!, $to: DateTimeISO!) {
    caseStatistics(from: $from, to: $to, topCategories: 1, compareWithLastYear: false) { matters { value } }
  }
`);

export const UnitCardsQuery = graphql(`
  query UnitCards {
    departments(first: 200, active: true) { id name kind openCaseCards { green yellow red } }
  }
`);

export const UnitsQuery = graphql(`
  query Units($kinds: [DepartmentKind!], $active: Boolean) {
    departments(first: 200, kinds: $kinds, active: $active) {
      id
      code
      name
      kind
      population
      active
      parent { id name }
    }
  }
`);

export const UnitPeopleQuery = graphql(`
  query UnitPeople($id: ID!) {
    department(id: $id) { id name people { id name position isLeader } }
  }
`);

export const AccountsQuery = graphql(`
  query Accounts($active: Boolean, $unitId: ID, $first: Int!, $offset: Int!) {
    accounts(active: $active, unitId: $unitId, first: $first, offset: $offset) {
      ...AccountFields
      lastSignInAt
      openSessions
    }
  }
`);

export const AccountEventsQuery = graphql(`
  query AccountEvents($accountId: ID!) {
    accountEvents(accountId: $accountId) { id action at by reason sessionsEnded }
  }
`);

export const DeactivateAccountMutation = graphql(`
  mutation DeactivateAccount($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { id active openSessions } }
`);

export const EndSessionsMutation = graphql(`
  mutation EndSessions($input: EndAccountSessionsInput!) { endAccountSessions(input: $input) }
`);

export const PersonalDataAccessesQuery = graphql(`
  query PersonalDataAccesses($before: ID, $first: Int!, $caseId: ID, $accountId: ID) {
    personalDataAccesses(before: $before, first: $first, caseId: $caseId, accountId: $accountId) {
      id
      at
      accountId
      username
      role
      caseId
      fields
    }
  }
`);

export const CategoriesQuery = graphql(`
  query Categories {
    categories(activeOnly: false) { id main sub active leadDepartment { id name } }
    departments(first: 200, active: true, kinds: [DEPARTMENT, TOWNSHIP, STREET]) { id name }
  }
`);

export const RoutingHistoryQuery = graphql(`
  query RoutingHistory($categoryId: ID!) {
    routingHistory(categoryId: $categoryId) { id at changedBy reason fromDepartment { id name } toDepartment { id name } }
  }
`);

export const RouteCategoryMutation = graphql(`
  mutation RouteCategory($input: RouteCategoryInput!) { routeCategory(input: $input) { id leadDepartment { id name } } }
`);

export const CloseCaseMutation = graphql(`
  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { ...CaseDetailFields } }
`);

export const UnmergeCaseMutation = graphql(`
  mutation UnmergeCase($caseId: ID!, $reason: String!) { unmergeCase(caseId: $caseId, reason: $reason) { ...CaseDetailFields } }
`);

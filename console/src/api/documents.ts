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
    mustChangePassword
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

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      token
      expiresAt
      account { ...AccountFields }
    }
  }
`);

export const ResetAccountPasswordMutation = graphql(`
  mutation ResetAccountPassword($input: ResetAccountPasswordInput!) {
    resetAccountPassword(input: $input) {
      temporaryPassword
      account { ...AccountFields }
    }
  }
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
    competenceDispute { raisedAt reason unit { id name } proposedUnit { id name } }
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

export const DisputeCompetenceMutation = graphql(`
  mutation DisputeCompetence($input: DisputeCompetenceInput!) { disputeCompetence(input: $input) { ...CaseDetailFields } }
`);

export const KeepLeadUnitMutation = graphql(`
  mutation KeepLeadUnit($input: KeepLeadUnitInput!) { keepLeadUnit(input: $input) { ...CaseDetailFields } }
`);

export const ReassignLeadMutation = graphql(`
  mutation ReassignLead($input: ReassignLeadInput!) { reassignLead(input: $input) { ...CaseDetailFields } }
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
    departments(first: 500, kinds: $kinds, active: $active) {
      id
      code
      name
      kind
      population
      active
      version
      parent { id name }
    }
  }
`);

export const CreateDepartmentMutation = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }
`);

export const UpdateDepartmentMutation = graphql(`
  mutation UpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id name version active } }
`);

export const CreatePersonMutation = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id name } }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id username } }
`);

export const UnitPeopleQuery = graphql(`
  query UnitPeople($id: ID!) {
    department(id: $id) { id name kind people { id name position isLeader } }
    accounts(unitId: $id, first: 500) { id username role active person { id } }
  }
`);

export const AccountsQuery = graphql(`
  query Accounts($active: Boolean, $unitId: ID, $search: String, $role: AccountRole, $first: Int!, $offset: Int!) {
    accounts(active: $active, unitId: $unitId, search: $search, role: $role, first: $first, offset: $offset) {
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

// 联席办: sessions, agenda, plans

export const MeetingListItem = graphql(`
  fragment MeetingListItem on Meeting {
    id
    sessionNumber
    title
    kind
    status
    heldOn
    startsAt
    endsAt
    pinnedTime
    subject
    cancelReason
    version
    room { id name }
  }
`);

export const MeetingsQuery = graphql(`
  query Meetings($filter: MeetingFilter, $after: String) {
    meetings(filter: $filter, first: 20, after: $after) {
      items { ...MeetingListItem }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingListItem
      durationMinutes
      minutes
      minutesPublishedAt
      agenda {
        id
        position
        title
        decision
        cases { id number summary status leadDepartment { id } leader { id } tasks { role status unit { id } } }
        decisions { ...DecisionFields }
      }
      requiredAttendees { units { id name } leaders { id name position } }
      followUp { rate summary }
    }
  }
`);

export const MeetingFilesQuery = graphql(`
  query MeetingFiles($id: ID!) {
    meeting(id: $id) { id calendarFile { fileName mimeType base64 } noticeDocument { fileName mimeType base64 } }
  }
`);

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) { createMeeting(input: $input) { ...MeetingListItem } }
`);

export const PublishMeetingScheduleMutation = graphql(`
  mutation PublishMeetingSchedule($id: ID!, $version: Int!) { publishMeetingSchedule(id: $id, version: $version) { ...MeetingListItem } }
`);

export const RecordMeetingHeldMutation = graphql(`
  mutation RecordMeetingHeld($id: ID!, $version: Int!) { recordMeetingHeld(id: $id, version: $version) { ...MeetingListItem } }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { ...MeetingListItem } }
`);

export const MeetingPlanFields = graphql(`
  fragment MeetingPlanFields on MeetingPlan {
    id
    fromDay
    toDay
    engine
    optimal
    feasible
    hard
    soft
    solveMs
    appliedAt
    sessions { sessionId startsAt endsAt moved kept planned meeting { id title status pinnedTime } room { id name } }
    score { constraint kind label violations penalty }
    reasons { constraint sessionIds message }
    conflict { message minimal groups { kind subject message } }
  }
`);

export const PlanMeetingsMutation = graphql(`
  mutation PlanMeetings($from: String!, $to: String!) { planMeetings(from: $from, to: $to) { ...MeetingPlanFields } }
`);

export const ApplyMeetingPlanMutation = graphql(`
  mutation ApplyMeetingPlan($planId: ID!) { applyMeetingPlan(planId: $planId) { ...MeetingPlanFields } }
`);

export const PinMeetingMutation = graphql(`
  mutation PinMeeting($meetingId: ID!, $startsAt: DateTimeISO!) { pinMeeting(meetingId: $meetingId, startsAt: $startsAt) { id pinnedTime startsAt } }
`);

export const UnpinMeetingMutation = graphql(`
  mutation UnpinMeeting($meetingId: ID!) { unpinMeeting(meetingId: $meetingId) { id pinnedTime startsAt } }
`);

export const DecisionFields = graphql(`
  fragment DecisionFields on Decision {
    id
    leadUnitId
    cooperatingUnitIds
    handlerName
    deadline
    status
    evidence
    evidenceAt
    carriedIntoCase
    version
    case { id number }
    ownerLeader { id name }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) { recordDecision(input: $input) { ...DecisionFields } }
`);

export const RecordDecisionEvidenceMutation = graphql(`
  mutation RecordDecisionEvidence($decisionId: ID!, $version: Int!, $evidence: String!) {
    recordDecisionEvidence(decisionId: $decisionId, version: $version, evidence: $evidence) { ...DecisionFields }
  }
`);

export const PublishMinutesMutation = graphql(`
  mutation PublishMinutes($id: ID!, $version: Int!, $minutes: String!) { publishMinutes(id: $id, version: $version, minutes: $minutes) { ...MeetingListItem } }
`);

/** 会议日历: the sessions of the days a month view shows. */
export const MeetingCalendarQuery = graphql(`
  query MeetingCalendar($from: String!, $to: String!, $after: String) {
    meetings(filter: { from: $from, to: $to }, first: 200, after: $after) {
      items { id title kind status heldOn startsAt endsAt room { id name } }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

// 会议室与日程设置

export const RoomFields = graphql(`
  fragment RoomFields on Room { id name seats active }
`);

export const RoomsQuery = graphql(`
  query Rooms($includeInactive: Boolean!) { rooms(includeInactive: $includeInactive) { ...RoomFields } }
`);

export const CreateRoomMutation = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) { createRoom(input: $input) { ...RoomFields } }
`);

export const UpdateRoomMutation = graphql(`
  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) { updateRoom(id: $id, input: $input) { ...RoomFields } }
`);

export const DeactivateRoomMutation = graphql(`
  mutation DeactivateRoom($id: ID!) { deactivateRoom(id: $id) { ...RoomFields } }
`);

export const BusyTimesQuery = graphql(`
  query BusyTimes {
    busyTimes { id subjectKind subjectId reason weekday startTime endTime startsAt endsAt }
  }
`);

export const CreateBusyTimeMutation = graphql(`
  mutation CreateBusyTime($input: CreateBusyTimeInput!) { createBusyTime(input: $input) { id } }
`);

export const DeleteBusyTimeMutation = graphql(`
  mutation DeleteBusyTime($id: ID!) { deleteBusyTime(id: $id) }
`);

export const SchedulingSettingsFields = graphql(`
  fragment SchedulingSettingsFields on SchedulingSettings {
    officeHours { start end }
    grainMinutes
    defaultDurationMinutes
    deadlineMarginDays
    personsPerUnit
    weights { preferredAttendees sooner unitSameHalfDay roomBreak stableRooms largerRooms seatWaste moves }
    standingAttendees
  }
`);

export const SchedulingSettingsQuery = graphql(`
  query SchedulingSettings { schedulingSettings { ...SchedulingSettingsFields } }
`);

export const UpdateSchedulingSettingsMutation = graphql(`
  mutation UpdateSchedulingSettings($input: UpdateSchedulingSettingsInput!) { updateSchedulingSettings(input: $input) { ...SchedulingSettingsFields } }
`);

// 考核办: schemes, runs, rankings

export const AssessmentSchemesQuery = graphql(`
  query AssessmentSchemes {
    assessmentSchemes { id documentNumber name issuingBody schemeVersion periodKind unitScope status validFrom validUntil publishedAt version rulesText }
  }
`);

export const AssessmentRunsQuery = graphql(`
  query AssessmentRuns($schemeVersionId: ID!) {
    assessmentRuns(schemeVersionId: $schemeVersionId) { id period status computedAt publishedAt }
  }
`);

export const PublishSchemeVersionMutation = graphql(`
  mutation PublishSchemeVersion($id: ID!, $version: Int!) { publishSchemeVersion(id: $id, version: $version) { id status publishedAt version } }
`);

/** One scheme version as the editor reads it: its metadata, its rules as entered and in words. */
export const SchemeVersionFields = graphql(`
  fragment SchemeVersionFields on AssessmentScheme {
    id documentNumber name issuingBody schemeVersion periodKind unitScope status validFrom validUntil publishedAt version definition rulesText
  }
`);

export const AssessmentSchemeQuery = graphql(`
  query AssessmentScheme($id: ID!) { assessmentScheme(id: $id) { ...SchemeVersionFields } }
`);

export const DraftSchemeVersionMutation = graphql(`
  mutation DraftSchemeVersion($input: SchemeVersionInput!) { draftSchemeVersion(input: $input) { ...SchemeVersionFields } }
`);

export const UpdateSchemeVersionMutation = graphql(`
  mutation UpdateSchemeVersion($id: ID!, $version: Int!, $input: SchemeVersionInput!) {
    updateSchemeVersion(id: $id, version: $version, input: $input) { ...SchemeVersionFields }
  }
`);

export const AssessmentRunFields = graphql(`
  fragment AssessmentRunFields on AssessmentRun {
    id
    period
    status
    computedAt
    publishedAt
    monteCarloRuns
    version
    entries {
      unitId
      name
      group
      score
      rank
      rankedUnits
      previousRank
      rankChange
      inRewardGroup
      inKeyManagementGroup
      outOfRewards
      rankedLast
      robustness { medianRank rankLow rankHigh rewardShare keyManagementShare }
      lines { ruleId title kind metric value points note cases { id number persons points warned } }
    }
  }
`);

export const RunAssessmentMutation = graphql(`
  mutation RunAssessment($schemeVersionId: ID!, $period: String!) {
    runAssessment(schemeVersionId: $schemeVersionId, period: $period) { ...AssessmentRunFields }
  }
`);

export const ComparedRun = graphql(`
  fragment ComparedRun on AssessmentRun {
    id
    period
    status
    scheme { id name documentNumber schemeVersion }
    entries {
      unitId
      name
      group
      score
      rank
      rankedUnits
      inRewardGroup
      inKeyManagementGroup
      vetoes { ruleId title }
      lines { ruleId title points }
    }
  }
`);

export const AssessmentRunComparisonQuery = graphql(`
  query AssessmentRunComparison($before: ID!, $after: ID!) {
    before: assessmentRun(id: $before) { ...ComparedRun }
    after: assessmentRun(id: $after) { ...ComparedRun }
  }
`);

export const AssessmentRunQuery = graphql(`
  query AssessmentRun($id: ID!) { assessmentRun(id: $id) { ...AssessmentRunFields } }
`);

export const PublishAssessmentRunMutation = graphql(`
  mutation PublishAssessmentRun($runId: ID!, $version: Int!) { publishAssessmentRun(runId: $runId, version: $version) { id status publishedAt version } }
`);

export const AssessmentBulletinQuery = graphql(`
  query AssessmentBulletin($runIds: [ID!]!, $format: BulletinFormat!) {
    assessmentBulletin(runIds: $runIds, format: $format) { filename mimeType contentBase64 }
  }
`);

export const HardCaseCandidatesQuery = graphql(`
  query HardCaseCandidates($olderThanDays: Int!, $after: String) {
    hardCaseCandidates(olderThanDays: $olderThanDays, first: 50, after: $after) {
      items { reasons explanations openDays case { id number summary status } }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($meetingId: ID!, $caseIds: [ID!]!, $title: String) {
    addAgendaItem(meetingId: $meetingId, caseIds: $caseIds, title: $title) { id position title }
  }
`);

export const FollowUpBoardQuery = graphql(`
  query FollowUpBoard($statuses: [DecisionStatus!], $from: String!, $to: String!, $after: String) {
    followUpBoard(statuses: $statuses, first: 50, after: $after) {
      items {
        id
        handlerName
        deadline
        status
        evidence
        case { id number summary }
        ownerLeader { id name }
        agendaItem { id title meeting { id title } }
      }
      pageInfo { endCursor hasNextPage }
    }
    meetingStatistics(from: $from, to: $to) {
      meetingsHeld casesStudied decisionsRecorded decisionsCarriedOut decisionsPending decisionsOverdue casesCarriedOut rate summary
    }
  }
`);

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountFields on Account {\n    id\n    username\n    role\n    active\n    mustChangePassword\n    unit { id name kind }\n    person { id name position }\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      account { ...AccountFields }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout { logout }\n": typeof types.LogoutDocument,
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n      expiresAt\n      account { ...AccountFields }\n    }\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  mutation ResetAccountPassword($input: ResetAccountPasswordInput!) {\n    resetAccountPassword(input: $input) {\n      temporaryPassword\n      account { ...AccountFields }\n    }\n  }\n": typeof types.ResetAccountPasswordDocument,
    "\n  query Me { me { ...AccountFields } }\n": typeof types.MeDocument,
    "\n  query Workbench($unitId: ID!, $after: String) {\n    department(id: $unitId) {\n      id\n      name\n      openCaseCards { green yellow red }\n      casesLedCount(openOnly: true)\n      casesCooperatingCount(openOnly: true)\n      casesOriginatingCount(openOnly: true)\n    }\n    holdings(unitId: $unitId, first: 50, after: $after) {\n      total\n      overdue\n      pageInfo { endCursor hasNextPage }\n      items {\n        id\n        role\n        status\n        assignedAt\n        dueDay\n        dueBasis\n        card\n        warning\n        case { id number summary status categoryMain categorySub form headCount }\n      }\n    }\n  }\n": typeof types.WorkbenchDocument,
    "\n  fragment CaseListItem on Case {\n    id\n    number\n    channel\n    form\n    headCount\n    levelVisited\n    categoryMain\n    categorySub\n    status\n    summary\n    registeredAt\n    card\n    placarded\n    leadDepartment { id name }\n    township { id name }\n  }\n": typeof types.CaseListItemFragmentDoc,
    "\n  query Cases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      total\n      pageInfo { endCursor hasNextPage }\n      items { ...CaseListItem }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  fragment CaseDetailFields on Case {\n    id\n    number\n    version\n    status\n    competenceDispute { raisedAt reason unit { id name } proposedUnit { id name } }\n    channel\n    form\n    headCount\n    levelVisited\n    categoryMain\n    categorySub\n    priority\n    summary\n    demands\n    isRepeat\n    isSkipLevel\n    notToBeAcceptedAgain\n    registeredAt\n    ruleSet\n    card\n    warning\n    placarded\n    extensionDays\n    assigningLevel\n    assigningDocument\n    reply\n    repliedAt\n    closedAt\n    satisfaction\n    notAcceptedReason\n    redirectTo\n    leadDepartment { id name }\n    township { id name }\n    leader { id name position }\n    handler { id name }\n    petitioners { name idNumber phone address masked }\n    tasks {\n      id\n      role\n      status\n      version\n      assignedAt\n      dueDay\n      dueBasis\n      signedForAt\n      completedAt\n      result\n      card\n      warning\n      unit { id name }\n    }\n    timeline { id at action fromStatus toStatus note actor { id name } unit { id name } }\n    supervisions { id at method request answer supervisor { id name } }\n    extensions { id at days reason approver { id name } }\n    clocks { clock basis ruleSet days count extensionDays startedAt dueDay dueDayMovedFrom stoppedAt card warning used calendarNote }\n    repeatOf { id number }\n    mergedInto { id number }\n    mergedCases { id number }\n  }\n": typeof types.CaseDetailFieldsFragmentDoc,
    "\n  query Case($id: ID!) { case(id: $id) { ...CaseDetailFields } }\n": typeof types.CaseDocument,
    "\n  mutation RegisterCase($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }\n": typeof types.RegisterCaseDocument,
    "\n  mutation AcceptCase($input: CaseChangeInput!) { acceptCase(input: $input) { ...CaseDetailFields } }\n": typeof types.AcceptCaseDocument,
    "\n  mutation RejectCase($input: RejectCaseInput!) { rejectCase(input: $input) { ...CaseDetailFields } }\n": typeof types.RejectCaseDocument,
    "\n  mutation AssignCase($input: AssignCaseInput!) { assignCase(input: $input) { ...CaseDetailFields } }\n": typeof types.AssignCaseDocument,
    "\n  mutation ExtendCase($input: ExtendDeadlineInput!) { extendCaseDeadline(input: $input) { ...CaseDetailFields } }\n": typeof types.ExtendCaseDocument,
    "\n  mutation DisputeCompetence($input: DisputeCompetenceInput!) { disputeCompetence(input: $input) { ...CaseDetailFields } }\n": typeof types.DisputeCompetenceDocument,
    "\n  mutation KeepLeadUnit($input: KeepLeadUnitInput!) { keepLeadUnit(input: $input) { ...CaseDetailFields } }\n": typeof types.KeepLeadUnitDocument,
    "\n  mutation ReassignLead($input: ReassignLeadInput!) { reassignLead(input: $input) { ...CaseDetailFields } }\n": typeof types.ReassignLeadDocument,
    "\n  mutation SuperviseCase($input: SuperviseCaseInput!) { superviseCase(input: $input) { id } }\n": typeof types.SuperviseCaseDocument,
    "\n  mutation MergeCases($input: MergeCasesInput!) { mergeCases(input: $input) { ...CaseDetailFields } }\n": typeof types.MergeCasesDocument,
    "\n  mutation SignForCase($input: CaseChangeInput!) { signForCase(input: $input) { ...CaseDetailFields } }\n": typeof types.SignForCaseDocument,
    "\n  mutation StartHandling($input: CaseChangeInput!) { startHandlingCase(input: $input) { ...CaseDetailFields } }\n": typeof types.StartHandlingDocument,
    "\n  mutation ReportProgress($input: CaseChangeInput!) { reportProgress(input: $input) { ...CaseDetailFields } }\n": typeof types.ReportProgressDocument,
    "\n  mutation ReplyCase($input: ReplyCaseInput!) { replyCase(input: $input) { ...CaseDetailFields } }\n": typeof types.ReplyCaseDocument,
    "\n  mutation SignForTask($input: TaskChangeInput!) { signForTask(input: $input) { id status version } }\n": typeof types.SignForTaskDocument,
    "\n  mutation CompleteTask($input: TaskChangeInput!) { completeTask(input: $input) { id status version result } }\n": typeof types.CompleteTaskDocument,
    "\n  query Directory {\n    departments(first: 200, active: true) { id code name kind }\n    categories { id main sub leadDepartment { id name } }\n    leaders { id name position }\n  }\n": typeof types.DirectoryDocument,
    "\n  fragment FigureFields on Figure { value lastYear change changeText }\n": typeof types.FigureFieldsFragmentDoc,
    "\n  query Statistics($from: DateTimeISO!, $to: DateTimeISO!, $level: CategoryLevel!) {\n    caseStatistics(from: $from, to: $to, categoryLevel: $level, topCategories: 10) {\n      from\n      to\n      matters { ...FigureFields }\n      persons { ...FigureFields }\n      visitBatches { ...FigureFields }\n      visitPersons { ...FigureFields }\n      byChannel { channel matters { ...FigureFields } batches { ...FigureFields } persons { ...FigureFields } }\n      byForm { form batches { ...FigureFields } persons { ...FigureFields } }\n      skipLevel { level batches { ...FigureFields } persons { ...FigureFields } closed { ...FigureFields } }\n      topCategories { categoryMain categorySub shareOfMatters shareOfPersons matters { ...FigureFields } persons { ...FigureFields } }\n      hotline { received { ...FigureFields } closed { ...FigureFields } closureRate closureRateLastYear }\n    }\n  }\n": typeof types.StatisticsDocument,
    "\n  query MonthMatters($from: DateTimeISO!, $to: DateTimeISO!) {\n    caseStatistics(from: $from, to: $to, topCategories: 1, compareWithLastYear: false) { matters { value } }\n  }\n": typeof types.MonthMattersDocument,
    "\n  query UnitCards {\n    departments(first: 200, active: true) { id name kind openCaseCards { green yellow red } }\n  }\n": typeof types.UnitCardsDocument,
    "\n  query Units($kinds: [DepartmentKind!], $active: Boolean) {\n    departments(first: 500, kinds: $kinds, active: $active) {\n      id\n      code\n      name\n      kind\n      population\n      active\n      version\n      parent { id name }\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id name version active } }\n": typeof types.UpdateDepartmentDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id name } }\n": typeof types.CreatePersonDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id username } }\n": typeof types.CreateAccountDocument,
    "\n  query UnitPeople($id: ID!) {\n    department(id: $id) { id name kind people { id name position isLeader } }\n    accounts(unitId: $id, first: 500) { id username role active person { id } }\n  }\n": typeof types.UnitPeopleDocument,
    "\n  query Accounts($active: Boolean, $unitId: ID, $search: String, $role: AccountRole, $first: Int!, $offset: Int!) {\n    accounts(active: $active, unitId: $unitId, search: $search, role: $role, first: $first, offset: $offset) {\n      ...AccountFields\n      lastSignInAt\n      openSessions\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query AccountEvents($accountId: ID!) {\n    accountEvents(accountId: $accountId) { id action at by reason sessionsEnded }\n  }\n": typeof types.AccountEventsDocument,
    "\n  mutation DeactivateAccount($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { id active openSessions } }\n": typeof types.DeactivateAccountDocument,
    "\n  mutation EndSessions($input: EndAccountSessionsInput!) { endAccountSessions(input: $input) }\n": typeof types.EndSessionsDocument,
    "\n  query PersonalDataAccesses($before: ID, $first: Int!, $caseId: ID, $accountId: ID) {\n    personalDataAccesses(before: $before, first: $first, caseId: $caseId, accountId: $accountId) {\n      id\n      at\n      accountId\n      username\n      role\n      caseId\n      fields\n    }\n  }\n": typeof types.PersonalDataAccessesDocument,
    "\n  query Categories {\n    categories(activeOnly: false) { id main sub active leadDepartment { id name } }\n    departments(first: 200, active: true, kinds: [DEPARTMENT, TOWNSHIP, STREET]) { id name }\n  }\n": typeof types.CategoriesDocument,
    "\n  query RoutingHistory($categoryId: ID!) {\n    routingHistory(categoryId: $categoryId) { id at changedBy reason fromDepartment { id name } toDepartment { id name } }\n  }\n": typeof types.RoutingHistoryDocument,
    "\n  mutation RouteCategory($input: RouteCategoryInput!) { routeCategory(input: $input) { id leadDepartment { id name } } }\n": typeof types.RouteCategoryDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { ...CaseDetailFields } }\n": typeof types.CloseCaseDocument,
    "\n  mutation UnmergeCase($caseId: ID!, $reason: String!) { unmergeCase(caseId: $caseId, reason: $reason) { ...CaseDetailFields } }\n": typeof types.UnmergeCaseDocument,
    "\n  fragment MeetingListItem on Meeting {\n    id\n    sessionNumber\n    title\n    kind\n    status\n    heldOn\n    startsAt\n    endsAt\n    pinnedTime\n    subject\n    cancelReason\n    version\n    room { id name }\n  }\n": typeof types.MeetingListItemFragmentDoc,
    "\n  query Meetings($filter: MeetingFilter, $after: String) {\n    meetings(filter: $filter, first: 20, after: $after) {\n      items { ...MeetingListItem }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingListItem\n      durationMinutes\n      minutes\n      minutesPublishedAt\n      agenda {\n        id\n        position\n        title\n        decision\n        cases { id number summary status leadDepartment { id } leader { id } tasks { role status unit { id } } }\n        decisions { ...DecisionFields }\n      }\n      requiredAttendees { units { id name } leaders { id name position } }\n      followUp { rate summary }\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query MeetingFiles($id: ID!) {\n    meeting(id: $id) { id calendarFile { fileName mimeType base64 } noticeDocument { fileName mimeType base64 } }\n  }\n": typeof types.MeetingFilesDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) { createMeeting(input: $input) { ...MeetingListItem } }\n": typeof types.CreateMeetingDocument,
    "\n  mutation PublishMeetingSchedule($id: ID!, $version: Int!) { publishMeetingSchedule(id: $id, version: $version) { ...MeetingListItem } }\n": typeof types.PublishMeetingScheduleDocument,
    "\n  mutation RecordMeetingHeld($id: ID!, $version: Int!) { recordMeetingHeld(id: $id, version: $version) { ...MeetingListItem } }\n": typeof types.RecordMeetingHeldDocument,
    "\n  mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { ...MeetingListItem } }\n": typeof types.CancelMeetingDocument,
    "\n  fragment MeetingPlanFields on MeetingPlan {\n    id\n    fromDay\n    toDay\n    engine\n    optimal\n    feasible\n    hard\n    soft\n    solveMs\n    appliedAt\n    sessions { sessionId startsAt endsAt moved kept planned meeting { id title status pinnedTime } room { id name } }\n    score { constraint kind label violations penalty }\n    reasons { constraint sessionIds message }\n    conflict { message minimal groups { kind subject message } }\n  }\n": typeof types.MeetingPlanFieldsFragmentDoc,
    "\n  mutation PlanMeetings($from: String!, $to: String!) { planMeetings(from: $from, to: $to) { ...MeetingPlanFields } }\n": typeof types.PlanMeetingsDocument,
    "\n  mutation ApplyMeetingPlan($planId: ID!) { applyMeetingPlan(planId: $planId) { ...MeetingPlanFields } }\n": typeof types.ApplyMeetingPlanDocument,
    "\n  mutation PinMeeting($meetingId: ID!, $startsAt: DateTimeISO!) { pinMeeting(meetingId: $meetingId, startsAt: $startsAt) { id pinnedTime startsAt } }\n": typeof types.PinMeetingDocument,
    "\n  mutation UnpinMeeting($meetingId: ID!) { unpinMeeting(meetingId: $meetingId) { id pinnedTime startsAt } }\n": typeof types.UnpinMeetingDocument,
    "\n  fragment DecisionFields on Decision {\n    id\n    leadUnitId\n    cooperatingUnitIds\n    handlerName\n    deadline\n    status\n    evidence\n    evidenceAt\n    carriedIntoCase\n    version\n    case { id number }\n    ownerLeader { id name }\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) { recordDecision(input: $input) { ...DecisionFields } }\n": typeof types.RecordDecisionDocument,
    "\n  mutation RecordDecisionEvidence($decisionId: ID!, $version: Int!, $evidence: String!) {\n    recordDecisionEvidence(decisionId: $decisionId, version: $version, evidence: $evidence) { ...DecisionFields }\n  }\n": typeof types.RecordDecisionEvidenceDocument,
    "\n  mutation PublishMinutes($id: ID!, $version: Int!, $minutes: String!) { publishMinutes(id: $id, version: $version, minutes: $minutes) { ...MeetingListItem } }\n": typeof types.PublishMinutesDocument,
    "\n  query MeetingCalendar($from: String!, $to: String!, $after: String) {\n    meetings(filter: { from: $from, to: $to }, first: 200, after: $after) {\n      items { id title kind status heldOn startsAt endsAt room { id name } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.MeetingCalendarDocument,
    "\n  fragment RoomFields on Room { id name seats active }\n": typeof types.RoomFieldsFragmentDoc,
    "\n  query Rooms($includeInactive: Boolean!) { rooms(includeInactive: $includeInactive) { ...RoomFields } }\n": typeof types.RoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) { createRoom(input: $input) { ...RoomFields } }\n": typeof types.CreateRoomDocument,
    "\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) { updateRoom(id: $id, input: $input) { ...RoomFields } }\n": typeof types.UpdateRoomDocument,
    "\n  mutation DeactivateRoom($id: ID!) { deactivateRoom(id: $id) { ...RoomFields } }\n": typeof types.DeactivateRoomDocument,
    "\n  query BusyTimes {\n    busyTimes { id subjectKind subjectId reason weekday startTime endTime startsAt endsAt }\n  }\n": typeof types.BusyTimesDocument,
    "\n  mutation CreateBusyTime($input: CreateBusyTimeInput!) { createBusyTime(input: $input) { id } }\n": typeof types.CreateBusyTimeDocument,
    "\n  mutation DeleteBusyTime($id: ID!) { deleteBusyTime(id: $id) }\n": typeof types.DeleteBusyTimeDocument,
    "\n  fragment SchedulingSettingsFields on SchedulingSettings {\n    officeHours { start end }\n    grainMinutes\n    defaultDurationMinutes\n    deadlineMarginDays\n    personsPerUnit\n    weights { preferredAttendees sooner unitSameHalfDay roomBreak stableRooms largerRooms seatWaste moves }\n    standingAttendees\n  }\n": typeof types.SchedulingSettingsFieldsFragmentDoc,
    "\n  query SchedulingSettings { schedulingSettings { ...SchedulingSettingsFields } }\n": typeof types.SchedulingSettingsDocument,
    "\n  mutation UpdateSchedulingSettings($input: UpdateSchedulingSettingsInput!) { updateSchedulingSettings(input: $input) { ...SchedulingSettingsFields } }\n": typeof types.UpdateSchedulingSettingsDocument,
    "\n  query AssessmentSchemes {\n    assessmentSchemes { id documentNumber name issuingBody schemeVersion periodKind unitScope status validFrom validUntil publishedAt version rulesText }\n  }\n": typeof types.AssessmentSchemesDocument,
    "\n  query AssessmentRuns($schemeVersionId: ID!) {\n    assessmentRuns(schemeVersionId: $schemeVersionId) { id period status computedAt publishedAt }\n  }\n": typeof types.AssessmentRunsDocument,
    "\n  mutation PublishSchemeVersion($id: ID!, $version: Int!) { publishSchemeVersion(id: $id, version: $version) { id status publishedAt version } }\n": typeof types.PublishSchemeVersionDocument,
    "\n  fragment SchemeVersionFields on AssessmentScheme {\n    id documentNumber name issuingBody schemeVersion periodKind unitScope status validFrom validUntil publishedAt version definition rulesText\n  }\n": typeof types.SchemeVersionFieldsFragmentDoc,
    "\n  query AssessmentScheme($id: ID!) { assessmentScheme(id: $id) { ...SchemeVersionFields } }\n": typeof types.AssessmentSchemeDocument,
    "\n  mutation DraftSchemeVersion($input: SchemeVersionInput!) { draftSchemeVersion(input: $input) { ...SchemeVersionFields } }\n": typeof types.DraftSchemeVersionDocument,
    "\n  mutation UpdateSchemeVersion($id: ID!, $version: Int!, $input: SchemeVersionInput!) {\n    updateSchemeVersion(id: $id, version: $version, input: $input) { ...SchemeVersionFields }\n  }\n": typeof types.UpdateSchemeVersionDocument,
    "\n  fragment AssessmentRunFields on AssessmentRun {\n    id\n    period\n    status\n    computedAt\n    publishedAt\n    monteCarloRuns\n    version\n    entries {\n      unitId\n      name\n      group\n      score\n      rank\n      rankedUnits\n      previousRank\n      rankChange\n      inRewardGroup\n      inKeyManagementGroup\n      outOfRewards\n      rankedLast\n      robustness { medianRank rankLow rankHigh rewardShare keyManagementShare }\n      lines { ruleId title kind metric value points note cases { id number persons points warned } }\n    }\n  }\n": typeof types.AssessmentRunFieldsFragmentDoc,
    "\n  mutation RunAssessment($schemeVersionId: ID!, $period: String!) {\n    runAssessment(schemeVersionId: $schemeVersionId, period: $period) { ...AssessmentRunFields }\n  }\n": typeof types.RunAssessmentDocument,
    "\n  fragment ComparedRun on AssessmentRun {\n    id\n    period\n    status\n    scheme { id name documentNumber schemeVersion }\n    entries {\n      unitId\n      name\n      group\n      score\n      rank\n      rankedUnits\n      inRewardGroup\n      inKeyManagementGroup\n      vetoes { ruleId title }\n      lines { ruleId title points }\n    }\n  }\n": typeof types.ComparedRunFragmentDoc,
    "\n  query AssessmentRunComparison($before: ID!, $after: ID!) {\n    before: assessmentRun(id: $before) { ...ComparedRun }\n    after: assessmentRun(id: $after) { ...ComparedRun }\n  }\n": typeof types.AssessmentRunComparisonDocument,
    "\n  query AssessmentRun($id: ID!) { assessmentRun(id: $id) { ...AssessmentRunFields } }\n": typeof types.AssessmentRunDocument,
    "\n  mutation PublishAssessmentRun($runId: ID!, $version: Int!) { publishAssessmentRun(runId: $runId, version: $version) { id status publishedAt version } }\n": typeof types.PublishAssessmentRunDocument,
    "\n  query AssessmentBulletin($runIds: [ID!]!, $format: BulletinFormat!) {\n    assessmentBulletin(runIds: $runIds, format: $format) { filename mimeType contentBase64 }\n  }\n": typeof types.AssessmentBulletinDocument,
    "\n  query HardCaseCandidates($olderThanDays: Int!, $after: String) {\n    hardCaseCandidates(olderThanDays: $olderThanDays, first: 50, after: $after) {\n      items { reasons explanations openDays case { id number summary status } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.HardCaseCandidatesDocument,
    "\n  mutation AddAgendaItem($meetingId: ID!, $caseIds: [ID!]!, $title: String) {\n    addAgendaItem(meetingId: $meetingId, caseIds: $caseIds, title: $title) { id position title }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  query FollowUpBoard($statuses: [DecisionStatus!], $from: String!, $to: String!, $after: String) {\n    followUpBoard(statuses: $statuses, first: 50, after: $after) {\n      items {\n        id\n        handlerName\n        deadline\n        status\n        evidence\n        case { id number summary }\n        ownerLeader { id name }\n        agendaItem { id title meeting { id title } }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n    meetingStatistics(from: $from, to: $to) {\n      meetingsHeld casesStudied decisionsRecorded decisionsCarriedOut decisionsPending decisionsOverdue casesCarriedOut rate summary\n    }\n  }\n": typeof types.FollowUpBoardDocument,
    "\n  fragment ScreeningReportFields on ScreeningReport {\n    id\n    cadence\n    cycleKey\n    cycleStartsOn\n    cycleEndsOn\n    dueOn\n    nothingFound\n    factors { description riskLevel peopleInvolved place measures responsible }\n    filedAt\n    updatedAt\n    late\n    version\n    unit { id name kind }\n  }\n": typeof types.ScreeningReportFieldsFragmentDoc,
    "\n  query UnitScreening($unitId: ID!, $after: String) {\n    department(id: $unitId) {\n      id\n      name\n      kind\n      screeningStatus {\n        cycle { key cadence startsOn endsOn dueOn }\n        overdue\n        report { ...ScreeningReportFields }\n      }\n    }\n    screeningReports(unitId: $unitId, first: 20, after: $after) {\n      items { ...ScreeningReportFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.UnitScreeningDocument,
    "\n  mutation FileScreeningReport($input: FileScreeningReportInput!) {\n    fileScreeningReport(input: $input) { ...ScreeningReportFields }\n  }\n": typeof types.FileScreeningReportDocument,
    "\n  query BureauScreening($cycle: String) {\n    weekly: currentScreeningCycle(cadence: WEEKLY) { key cadence startsOn endsOn dueOn }\n    monthly: currentScreeningCycle(cadence: MONTHLY) { key cadence startsOn endsOn dueOn }\n    screeningCadences { unitKind cadence }\n    missingScreeningReports(cycle: $cycle) {\n      unitName\n      unitKind\n      cycle { key cadence startsOn endsOn dueOn }\n      unit { id }\n    }\n  }\n": typeof types.BureauScreeningDocument,
    "\n  query ScreeningReports($unitId: ID, $cycle: String, $after: String) {\n    screeningReports(unitId: $unitId, cycle: $cycle, first: 30, after: $after) {\n      items { ...ScreeningReportFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.ScreeningReportsDocument,
    "\n  mutation SetScreeningCadence($unitKind: DepartmentKind!, $cadence: Cadence!) {\n    setScreeningCadence(unitKind: $unitKind, cadence: $cadence) { unitKind cadence }\n  }\n": typeof types.SetScreeningCadenceDocument,
    "\n  fragment EarlyWarningFields on EarlyWarning {\n    id\n    expectedOn\n    destinationLevel\n    expectedHeadCount\n    matter\n    categoryMain\n    categorySub\n    filedAt\n    status\n    matchedCaseNumber\n    visitRegisteredAt\n    matchedAt\n    filedBeforeVisit\n    version\n    unit { id name }\n    township { id name }\n    matchedCase { id }\n  }\n": typeof types.EarlyWarningFieldsFragmentDoc,
    "\n  query EarlyWarnings($unitId: ID, $status: EarlyWarningStatus, $after: String) {\n    earlyWarnings(unitId: $unitId, status: $status, first: 30, after: $after) {\n      items { ...EarlyWarningFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.EarlyWarningsDocument,
    "\n  query EarlyWarningSuggestions($id: ID!) {\n    earlyWarning(id: $id) {\n      ...EarlyWarningFields\n      matchSuggestions { caseId number registeredAt form headCount levelVisited categoryMain categorySub score reasons beforeWarning }\n    }\n  }\n": typeof types.EarlyWarningSuggestionsDocument,
    "\n  mutation FileWarning($input: FileWarningInput!) {\n    fileWarning(input: $input) { ...EarlyWarningFields }\n  }\n": typeof types.FileWarningDocument,
    "\n  mutation ConfirmWarningMatch($warningId: ID!, $caseId: ID!, $version: Int) {\n    confirmWarningMatch(warningId: $warningId, caseId: $caseId, version: $version) { ...EarlyWarningFields }\n  }\n": typeof types.ConfirmWarningMatchDocument,
    "\n  mutation RejectWarningMatch($warningId: ID!, $caseId: ID!, $version: Int) {\n    rejectWarningMatch(warningId: $warningId, caseId: $caseId, version: $version) { ...EarlyWarningFields }\n  }\n": typeof types.RejectWarningMatchDocument,
    "\n  fragment SensitivePeriodFields on SensitivePeriod {\n    id\n    name\n    startsOn\n    endsOn\n    cutoff\n    declaredAt\n    units { id name }\n    days { day cutoffAt onTime late missing pending }\n  }\n": typeof types.SensitivePeriodFieldsFragmentDoc,
    "\n  query SensitivePeriods {\n    sensitivePeriods { ...SensitivePeriodFields }\n  }\n": typeof types.SensitivePeriodsDocument,
    "\n  query DailyReportStatus($periodId: ID!, $day: String!) {\n    dailyReportStatus(periodId: $periodId, day: $day) {\n      day\n      cutoffAt\n      onTime\n      late\n      missing\n      pending\n      entries {\n        state\n        unit { id name }\n        report { id zero content filedAt late }\n      }\n    }\n  }\n": typeof types.DailyReportStatusDocument,
    "\n  mutation DeclareSensitivePeriod($input: DeclareSensitivePeriodInput!) {\n    declareSensitivePeriod(input: $input) { ...SensitivePeriodFields }\n  }\n": typeof types.DeclareSensitivePeriodDocument,
    "\n  mutation FileDailyReport($input: FileDailyReportInput!) {\n    fileDailyReport(input: $input) { id day zero content filedAt late }\n  }\n": typeof types.FileDailyReportDocument,
    "\n  fragment NoticeFields on Notice {\n    id\n    kind\n    title\n    body\n    subjectType\n    subjectId\n    subjectLabel\n    occurredAt\n    createdAt\n    readAt\n  }\n": typeof types.NoticeFieldsFragmentDoc,
    "\n  query MyNotices($unreadOnly: Boolean!, $after: String) {\n    myNotices(unreadOnly: $unreadOnly, first: 20, after: $after) {\n      items { ...NoticeFields }\n      pageInfo { endCursor hasNextPage }\n    }\n    unreadNoticeCount\n  }\n": typeof types.MyNoticesDocument,
    "\n  query UnreadNoticeCount { unreadNoticeCount }\n": typeof types.UnreadNoticeCountDocument,
    "\n  mutation MarkNoticesRead($ids: [ID!]!) {\n    markNoticesRead(ids: $ids) { id readAt }\n  }\n": typeof types.MarkNoticesReadDocument,
    "\n  query MyNoticeContacts { myNoticeContacts { email mobile updatedAt } }\n": typeof types.MyNoticeContactsDocument,
    "\n  mutation SetMyNoticeContacts($email: String, $mobile: String) {\n    setMyNoticeContacts(email: $email, mobile: $mobile) { email mobile updatedAt }\n  }\n": typeof types.SetMyNoticeContactsDocument,
    "\n  query ReportingDuties($unitId: ID!, $today: String!) {\n    department(id: $unitId) {\n      id\n      screeningStatus {\n        cycle { key dueOn }\n        overdue\n        report { id late updatedAt }\n      }\n    }\n    sensitivePeriods(activeOn: $today) { id name cutoff days { day cutoffAt onTime late missing pending } }\n  }\n": typeof types.ReportingDutiesDocument,
};
const documents: Documents = {
    "\n  fragment AccountFields on Account {\n    id\n    username\n    role\n    active\n    mustChangePassword\n    unit { id name kind }\n    person { id name position }\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      account { ...AccountFields }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout { logout }\n": types.LogoutDocument,
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n      expiresAt\n      account { ...AccountFields }\n    }\n  }\n": types.ChangeMyPasswordDocument,
    "\n  mutation ResetAccountPassword($input: ResetAccountPasswordInput!) {\n    resetAccountPassword(input: $input) {\n      temporaryPassword\n      account { ...AccountFields }\n    }\n  }\n": types.ResetAccountPasswordDocument,
    "\n  query Me { me { ...AccountFields } }\n": types.MeDocument,
    "\n  query Workbench($unitId: ID!, $after: String) {\n    department(id: $unitId) {\n      id\n      name\n      openCaseCards { green yellow red }\n      casesLedCount(openOnly: true)\n      casesCooperatingCount(openOnly: true)\n      casesOriginatingCount(openOnly: true)\n    }\n    holdings(unitId: $unitId, first: 50, after: $after) {\n      total\n      overdue\n      pageInfo { endCursor hasNextPage }\n      items {\n        id\n        role\n        status\n        assignedAt\n        dueDay\n        dueBasis\n        card\n        warning\n        case { id number summary status categoryMain categorySub form headCount }\n      }\n    }\n  }\n": types.WorkbenchDocument,
    "\n  fragment CaseListItem on Case {\n    id\n    number\n    channel\n    form\n    headCount\n    levelVisited\n    categoryMain\n    categorySub\n    status\n    summary\n    registeredAt\n    card\n    placarded\n    leadDepartment { id name }\n    township { id name }\n  }\n": types.CaseListItemFragmentDoc,
    "\n  query Cases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      total\n      pageInfo { endCursor hasNextPage }\n      items { ...CaseListItem }\n    }\n  }\n": types.CasesDocument,
    "\n  fragment CaseDetailFields on Case {\n    id\n    number\n    version\n    status\n    competenceDispute { raisedAt reason unit { id name } proposedUnit { id name } }\n    channel\n    form\n    headCount\n    levelVisited\n    categoryMain\n    categorySub\n    priority\n    summary\n    demands\n    isRepeat\n    isSkipLevel\n    notToBeAcceptedAgain\n    registeredAt\n    ruleSet\n    card\n    warning\n    placarded\n    extensionDays\n    assigningLevel\n    assigningDocument\n    reply\n    repliedAt\n    closedAt\n    satisfaction\n    notAcceptedReason\n    redirectTo\n    leadDepartment { id name }\n    township { id name }\n    leader { id name position }\n    handler { id name }\n    petitioners { name idNumber phone address masked }\n    tasks {\n      id\n      role\n      status\n      version\n      assignedAt\n      dueDay\n      dueBasis\n      signedForAt\n      completedAt\n      result\n      card\n      warning\n      unit { id name }\n    }\n    timeline { id at action fromStatus toStatus note actor { id name } unit { id name } }\n    supervisions { id at method request answer supervisor { id name } }\n    extensions { id at days reason approver { id name } }\n    clocks { clock basis ruleSet days count extensionDays startedAt dueDay dueDayMovedFrom stoppedAt card warning used calendarNote }\n    repeatOf { id number }\n    mergedInto { id number }\n    mergedCases { id number }\n  }\n": types.CaseDetailFieldsFragmentDoc,
    "\n  query Case($id: ID!) { case(id: $id) { ...CaseDetailFields } }\n": types.CaseDocument,
    "\n  mutation RegisterCase($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }\n": types.RegisterCaseDocument,
    "\n  mutation AcceptCase($input: CaseChangeInput!) { acceptCase(input: $input) { ...CaseDetailFields } }\n": types.AcceptCaseDocument,
    "\n  mutation RejectCase($input: RejectCaseInput!) { rejectCase(input: $input) { ...CaseDetailFields } }\n": types.RejectCaseDocument,
    "\n  mutation AssignCase($input: AssignCaseInput!) { assignCase(input: $input) { ...CaseDetailFields } }\n": types.AssignCaseDocument,
    "\n  mutation ExtendCase($input: ExtendDeadlineInput!) { extendCaseDeadline(input: $input) { ...CaseDetailFields } }\n": types.ExtendCaseDocument,
    "\n  mutation DisputeCompetence($input: DisputeCompetenceInput!) { disputeCompetence(input: $input) { ...CaseDetailFields } }\n": types.DisputeCompetenceDocument,
    "\n  mutation KeepLeadUnit($input: KeepLeadUnitInput!) { keepLeadUnit(input: $input) { ...CaseDetailFields } }\n": types.KeepLeadUnitDocument,
    "\n  mutation ReassignLead($input: ReassignLeadInput!) { reassignLead(input: $input) { ...CaseDetailFields } }\n": types.ReassignLeadDocument,
    "\n  mutation SuperviseCase($input: SuperviseCaseInput!) { superviseCase(input: $input) { id } }\n": types.SuperviseCaseDocument,
    "\n  mutation MergeCases($input: MergeCasesInput!) { mergeCases(input: $input) { ...CaseDetailFields } }\n": types.MergeCasesDocument,
    "\n  mutation SignForCase($input: CaseChangeInput!) { signForCase(input: $input) { ...CaseDetailFields } }\n": types.SignForCaseDocument,
    "\n  mutation StartHandling($input: CaseChangeInput!) { startHandlingCase(input: $input) { ...CaseDetailFields } }\n": types.StartHandlingDocument,
    "\n  mutation ReportProgress($input: CaseChangeInput!) { reportProgress(input: $input) { ...CaseDetailFields } }\n": types.ReportProgressDocument,
    "\n  mutation ReplyCase($input: ReplyCaseInput!) { replyCase(input: $input) { ...CaseDetailFields } }\n": types.ReplyCaseDocument,
    "\n  mutation SignForTask($input: TaskChangeInput!) { signForTask(input: $input) { id status version } }\n": types.SignForTaskDocument,
    "\n  mutation CompleteTask($input: TaskChangeInput!) { completeTask(input: $input) { id status version result } }\n": types.CompleteTaskDocument,
    "\n  query Directory {\n    departments(first: 200, active: true) { id code name kind }\n    categories { id main sub leadDepartment { id name } }\n    leaders { id name position }\n  }\n": types.DirectoryDocument,
    "\n  fragment FigureFields on Figure { value lastYear change changeText }\n": types.FigureFieldsFragmentDoc,
    "\n  query Statistics($from: DateTimeISO!, $to: DateTimeISO!, $level: CategoryLevel!) {\n    caseStatistics(from: $from, to: $to, categoryLevel: $level, topCategories: 10) {\n      from\n      to\n      matters { ...FigureFields }\n      persons { ...FigureFields }\n      visitBatches { ...FigureFields }\n      visitPersons { ...FigureFields }\n      byChannel { channel matters { ...FigureFields } batches { ...FigureFields } persons { ...FigureFields } }\n      byForm { form batches { ...FigureFields } persons { ...FigureFields } }\n      skipLevel { level batches { ...FigureFields } persons { ...FigureFields } closed { ...FigureFields } }\n      topCategories { categoryMain categorySub shareOfMatters shareOfPersons matters { ...FigureFields } persons { ...FigureFields } }\n      hotline { received { ...FigureFields } closed { ...FigureFields } closureRate closureRateLastYear }\n    }\n  }\n": types.StatisticsDocument,
    "\n  query MonthMatters($from: DateTimeISO!, $to: DateTimeISO!) {\n    caseStatistics(from: $from, to: $to, topCategories: 1, compareWithLastYear: false) { matters { value } }\n  }\n": types.MonthMattersDocument,
    "\n  query UnitCards {\n    departments(first: 200, active: true) { id name kind openCaseCards { green yellow red } }\n  }\n": types.UnitCardsDocument,
    "\n  query Units($kinds: [DepartmentKind!], $active: Boolean) {\n    departments(first: 500, kinds: $kinds, active: $active) {\n      id\n      code\n      name\n      kind\n      population\n      active\n      version\n      parent { id name }\n    }\n  }\n": types.UnitsDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id name version active } }\n": types.UpdateDepartmentDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id name } }\n": types.CreatePersonDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id username } }\n": types.CreateAccountDocument,
    "\n  query UnitPeople($id: ID!) {\n    department(id: $id) { id name kind people { id name position isLeader } }\n    accounts(unitId: $id, first: 500) { id username role active person { id } }\n  }\n": types.UnitPeopleDocument,
    "\n  query Accounts($active: Boolean, $unitId: ID, $search: String, $role: AccountRole, $first: Int!, $offset: Int!) {\n    accounts(active: $active, unitId: $unitId, search: $search, role: $role, first: $first, offset: $offset) {\n      ...AccountFields\n      lastSignInAt\n      openSessions\n    }\n  }\n": types.AccountsDocument,
    "\n  query AccountEvents($accountId: ID!) {\n    accountEvents(accountId: $accountId) { id action at by reason sessionsEnded }\n  }\n": types.AccountEventsDocument,
    "\n  mutation DeactivateAccount($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { id active openSessions } }\n": types.DeactivateAccountDocument,
    "\n  mutation EndSessions($input: EndAccountSessionsInput!) { endAccountSessions(input: $input) }\n": types.EndSessionsDocument,
    "\n  query PersonalDataAccesses($before: ID, $first: Int!, $caseId: ID, $accountId: ID) {\n    personalDataAccesses(before: $before, first: $first, caseId: $caseId, accountId: $accountId) {\n      id\n      at\n      accountId\n      username\n      role\n      caseId\n      fields\n    }\n  }\n": types.PersonalDataAccessesDocument,
    "\n  query Categories {\n    categories(activeOnly: false) { id main sub active leadDepartment { id name } }\n    departments(first: 200, active: true, kinds: [DEPARTMENT, TOWNSHIP, STREET]) { id name }\n  }\n": types.CategoriesDocument,
    "\n  query RoutingHistory($categoryId: ID!) {\n    routingHistory(categoryId: $categoryId) { id at changedBy reason fromDepartment { id name } toDepartment { id name } }\n  }\n": types.RoutingHistoryDocument,
    "\n  mutation RouteCategory($input: RouteCategoryInput!) { routeCategory(input: $input) { id leadDepartment { id name } } }\n": types.RouteCategoryDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { ...CaseDetailFields } }\n": types.CloseCaseDocument,
    "\n  mutation UnmergeCase($caseId: ID!, $reason: String!) { unmergeCase(caseId: $caseId, reason: $reason) { ...CaseDetailFields } }\n": types.UnmergeCaseDocument,
    "\n  fragment MeetingListItem on Meeting {\n    id\n    sessionNumber\n    title\n    kind\n    status\n    heldOn\n    startsAt\n    endsAt\n    pinnedTime\n    subject\n    cancelReason\n    version\n    room { id name }\n  }\n": types.MeetingListItemFragmentDoc,
    "\n  query Meetings($filter: MeetingFilter, $after: String) {\n    meetings(filter: $filter, first: 20, after: $after) {\n      items { ...MeetingListItem }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.MeetingsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingListItem\n      durationMinutes\n      minutes\n      minutesPublishedAt\n      agenda {\n        id\n        position\n        title\n        decision\n        cases { id number summary status leadDepartment { id } leader { id } tasks { role status unit { id } } }\n        decisions { ...DecisionFields }\n      }\n      requiredAttendees { units { id name } leaders { id name position } }\n      followUp { rate summary }\n    }\n  }\n": types.MeetingDocument,
    "\n  query MeetingFiles($id: ID!) {\n    meeting(id: $id) { id calendarFile { fileName mimeType base64 } noticeDocument { fileName mimeType base64 } }\n  }\n": types.MeetingFilesDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) { createMeeting(input: $input) { ...MeetingListItem } }\n": types.CreateMeetingDocument,
    "\n  mutation PublishMeetingSchedule($id: ID!, $version: Int!) { publishMeetingSchedule(id: $id, version: $version) { ...MeetingListItem } }\n": types.PublishMeetingScheduleDocument,
    "\n  mutation RecordMeetingHeld($id: ID!, $version: Int!) { recordMeetingHeld(id: $id, version: $version) { ...MeetingListItem } }\n": types.RecordMeetingHeldDocument,
    "\n  mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { ...MeetingListItem } }\n": types.CancelMeetingDocument,
    "\n  fragment MeetingPlanFields on MeetingPlan {\n    id\n    fromDay\n    toDay\n    engine\n    optimal\n    feasible\n    hard\n    soft\n    solveMs\n    appliedAt\n    sessions { sessionId startsAt endsAt moved kept planned meeting { id title status pinnedTime } room { id name } }\n    score { constraint kind label violations penalty }\n    reasons { constraint sessionIds message }\n    conflict { message minimal groups { kind subject message } }\n  }\n": types.MeetingPlanFieldsFragmentDoc,
    "\n  mutation PlanMeetings($from: String!, $to: String!) { planMeetings(from: $from, to: $to) { ...MeetingPlanFields } }\n": types.PlanMeetingsDocument,
    "\n  mutation ApplyMeetingPlan($planId: ID!) { applyMeetingPlan(planId: $planId) { ...MeetingPlanFields } }\n": types.ApplyMeetingPlanDocument,
    "\n  mutation PinMeeting($meetingId: ID!, $startsAt: DateTimeISO!) { pinMeeting(meetingId: $meetingId, startsAt: $startsAt) { id pinnedTime startsAt } }\n": types.PinMeetingDocument,
    "\n  mutation UnpinMeeting($meetingId: ID!) { unpinMeeting(meetingId: $meetingId) { id pinnedTime startsAt } }\n": types.UnpinMeetingDocument,
    "\n  fragment DecisionFields on Decision {\n    id\n    leadUnitId\n    cooperatingUnitIds\n    handlerName\n    deadline\n    status\n    evidence\n    evidenceAt\n    carriedIntoCase\n    version\n    case { id number }\n    ownerLeader { id name }\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) { recordDecision(input: $input) { ...DecisionFields } }\n": types.RecordDecisionDocument,
    "\n  mutation RecordDecisionEvidence($decisionId: ID!, $version: Int!, $evidence: String!) {\n    recordDecisionEvidence(decisionId: $decisionId, version: $version, evidence: $evidence) { ...DecisionFields }\n  }\n": types.RecordDecisionEvidenceDocument,
    "\n  mutation PublishMinutes($id: ID!, $version: Int!, $minutes: String!) { publishMinutes(id: $id, version: $version, minutes: $minutes) { ...MeetingListItem } }\n": types.PublishMinutesDocument,
    "\n  query MeetingCalendar($from: String!, $to: String!, $after: String) {\n    meetings(filter: { from: $from, to: $to }, first: 200, after: $after) {\n      items { id title kind status heldOn startsAt endsAt room { id name } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.MeetingCalendarDocument,
    "\n  fragment RoomFields on Room { id name seats active }\n": types.RoomFieldsFragmentDoc,
    "\n  query Rooms($includeInactive: Boolean!) { rooms(includeInactive: $includeInactive) { ...RoomFields } }\n": types.RoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) { createRoom(input: $input) { ...RoomFields } }\n": types.CreateRoomDocument,
    "\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) { updateRoom(id: $id, input: $input) { ...RoomFields } }\n": types.UpdateRoomDocument,
    "\n  mutation DeactivateRoom($id: ID!) { deactivateRoom(id: $id) { ...RoomFields } }\n": types.DeactivateRoomDocument,
    "\n  query BusyTimes {\n    busyTimes { id subjectKind subjectId reason weekday startTime endTime startsAt endsAt }\n  }\n": types.BusyTimesDocument,
    "\n  mutation CreateBusyTime($input: CreateBusyTimeInput!) { createBusyTime(input: $input) { id } }\n": types.CreateBusyTimeDocument,
    "\n  mutation DeleteBusyTime($id: ID!) { deleteBusyTime(id: $id) }\n": types.DeleteBusyTimeDocument,
    "\n  fragment SchedulingSettingsFields on SchedulingSettings {\n    officeHours { start end }\n    grainMinutes\n    defaultDurationMinutes\n    deadlineMarginDays\n    personsPerUnit\n    weights { preferredAttendees sooner unitSameHalfDay roomBreak stableRooms largerRooms seatWaste moves }\n    standingAttendees\n  }\n": types.SchedulingSettingsFieldsFragmentDoc,
    "\n  query SchedulingSettings { schedulingSettings { ...SchedulingSettingsFields } }\n": types.SchedulingSettingsDocument,
    "\n  mutation UpdateSchedulingSettings($input: UpdateSchedulingSettingsInput!) { updateSchedulingSettings(input: $input) { ...SchedulingSettingsFields } }\n": types.UpdateSchedulingSettingsDocument,
    "\n  query AssessmentSchemes {\n    assessmentSchemes { id documentNumber name issuingBody schemeVersion periodKind unitScope status validFrom validUntil publishedAt version rulesText }\n  }\n": types.AssessmentSchemesDocument,
    "\n  query AssessmentRuns($schemeVersionId: ID!) {\n    assessmentRuns(schemeVersionId: $schemeVersionId) { id period status computedAt publishedAt }\n  }\n": types.AssessmentRunsDocument,
    "\n  mutation PublishSchemeVersion($id: ID!, $version: Int!) { publishSchemeVersion(id: $id, version: $version) { id status publishedAt version } }\n": types.PublishSchemeVersionDocument,
    "\n  fragment SchemeVersionFields on AssessmentScheme {\n    id documentNumber name issuingBody schemeVersion periodKind unitScope status validFrom validUntil publishedAt version definition rulesText\n  }\n": types.SchemeVersionFieldsFragmentDoc,
    "\n  query AssessmentScheme($id: ID!) { assessmentScheme(id: $id) { ...SchemeVersionFields } }\n": types.AssessmentSchemeDocument,
    "\n  mutation DraftSchemeVersion($input: SchemeVersionInput!) { draftSchemeVersion(input: $input) { ...SchemeVersionFields } }\n": types.DraftSchemeVersionDocument,
    "\n  mutation UpdateSchemeVersion($id: ID!, $version: Int!, $input: SchemeVersionInput!) {\n    updateSchemeVersion(id: $id, version: $version, input: $input) { ...SchemeVersionFields }\n  }\n": types.UpdateSchemeVersionDocument,
    "\n  fragment AssessmentRunFields on AssessmentRun {\n    id\n    period\n    status\n    computedAt\n    publishedAt\n    monteCarloRuns\n    version\n    entries {\n      unitId\n      name\n      group\n      score\n      rank\n      rankedUnits\n      previousRank\n      rankChange\n      inRewardGroup\n      inKeyManagementGroup\n      outOfRewards\n      rankedLast\n      robustness { medianRank rankLow rankHigh rewardShare keyManagementShare }\n      lines { ruleId title kind metric value points note cases { id number persons points warned } }\n    }\n  }\n": types.AssessmentRunFieldsFragmentDoc,
    "\n  mutation RunAssessment($schemeVersionId: ID!, $period: String!) {\n    runAssessment(schemeVersionId: $schemeVersionId, period: $period) { ...AssessmentRunFields }\n  }\n": types.RunAssessmentDocument,
    "\n  fragment ComparedRun on AssessmentRun {\n    id\n    period\n    status\n    scheme { id name documentNumber schemeVersion }\n    entries {\n      unitId\n      name\n      group\n      score\n      rank\n      rankedUnits\n      inRewardGroup\n      inKeyManagementGroup\n      vetoes { ruleId title }\n      lines { ruleId title points }\n    }\n  }\n": types.ComparedRunFragmentDoc,
    "\n  query AssessmentRunComparison($before: ID!, $after: ID!) {\n    before: assessmentRun(id: $before) { ...ComparedRun }\n    after: assessmentRun(id: $after) { ...ComparedRun }\n  }\n": types.AssessmentRunComparisonDocument,
    "\n  query AssessmentRun($id: ID!) { assessmentRun(id: $id) { ...AssessmentRunFields } }\n": types.AssessmentRunDocument,
    "\n  mutation PublishAssessmentRun($runId: ID!, $version: Int!) { publishAssessmentRun(runId: $runId, version: $version) { id status publishedAt version } }\n": types.PublishAssessmentRunDocument,
    "\n  query AssessmentBulletin($runIds: [ID!]!, $format: BulletinFormat!) {\n    assessmentBulletin(runIds: $runIds, format: $format) { filename mimeType contentBase64 }\n  }\n": types.AssessmentBulletinDocument,
    "\n  query HardCaseCandidates($olderThanDays: Int!, $after: String) {\n    hardCaseCandidates(olderThanDays: $olderThanDays, first: 50, after: $after) {\n      items { reasons explanations openDays case { id number summary status } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.HardCaseCandidatesDocument,
    "\n  mutation AddAgendaItem($meetingId: ID!, $caseIds: [ID!]!, $title: String) {\n    addAgendaItem(meetingId: $meetingId, caseIds: $caseIds, title: $title) { id position title }\n  }\n": types.AddAgendaItemDocument,
    "\n  query FollowUpBoard($statuses: [DecisionStatus!], $from: String!, $to: String!, $after: String) {\n    followUpBoard(statuses: $statuses, first: 50, after: $after) {\n      items {\n        id\n        handlerName\n        deadline\n        status\n        evidence\n        case { id number summary }\n        ownerLeader { id name }\n        agendaItem { id title meeting { id title } }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n    meetingStatistics(from: $from, to: $to) {\n      meetingsHeld casesStudied decisionsRecorded decisionsCarriedOut decisionsPending decisionsOverdue casesCarriedOut rate summary\n    }\n  }\n": types.FollowUpBoardDocument,
    "\n  fragment ScreeningReportFields on ScreeningReport {\n    id\n    cadence\n    cycleKey\n    cycleStartsOn\n    cycleEndsOn\n    dueOn\n    nothingFound\n    factors { description riskLevel peopleInvolved place measures responsible }\n    filedAt\n    updatedAt\n    late\n    version\n    unit { id name kind }\n  }\n": types.ScreeningReportFieldsFragmentDoc,
    "\n  query UnitScreening($unitId: ID!, $after: String) {\n    department(id: $unitId) {\n      id\n      name\n      kind\n      screeningStatus {\n        cycle { key cadence startsOn endsOn dueOn }\n        overdue\n        report { ...ScreeningReportFields }\n      }\n    }\n    screeningReports(unitId: $unitId, first: 20, after: $after) {\n      items { ...ScreeningReportFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.UnitScreeningDocument,
    "\n  mutation FileScreeningReport($input: FileScreeningReportInput!) {\n    fileScreeningReport(input: $input) { ...ScreeningReportFields }\n  }\n": types.FileScreeningReportDocument,
    "\n  query BureauScreening($cycle: String) {\n    weekly: currentScreeningCycle(cadence: WEEKLY) { key cadence startsOn endsOn dueOn }\n    monthly: currentScreeningCycle(cadence: MONTHLY) { key cadence startsOn endsOn dueOn }\n    screeningCadences { unitKind cadence }\n    missingScreeningReports(cycle: $cycle) {\n      unitName\n      unitKind\n      cycle { key cadence startsOn endsOn dueOn }\n      unit { id }\n    }\n  }\n": types.BureauScreeningDocument,
    "\n  query ScreeningReports($unitId: ID, $cycle: String, $after: String) {\n    screeningReports(unitId: $unitId, cycle: $cycle, first: 30, after: $after) {\n      items { ...ScreeningReportFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.ScreeningReportsDocument,
    "\n  mutation SetScreeningCadence($unitKind: DepartmentKind!, $cadence: Cadence!) {\n    setScreeningCadence(unitKind: $unitKind, cadence: $cadence) { unitKind cadence }\n  }\n": types.SetScreeningCadenceDocument,
    "\n  fragment EarlyWarningFields on EarlyWarning {\n    id\n    expectedOn\n    destinationLevel\n    expectedHeadCount\n    matter\n    categoryMain\n    categorySub\n    filedAt\n    status\n    matchedCaseNumber\n    visitRegisteredAt\n    matchedAt\n    filedBeforeVisit\n    version\n    unit { id name }\n    township { id name }\n    matchedCase { id }\n  }\n": types.EarlyWarningFieldsFragmentDoc,
    "\n  query EarlyWarnings($unitId: ID, $status: EarlyWarningStatus, $after: String) {\n    earlyWarnings(unitId: $unitId, status: $status, first: 30, after: $after) {\n      items { ...EarlyWarningFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.EarlyWarningsDocument,
    "\n  query EarlyWarningSuggestions($id: ID!) {\n    earlyWarning(id: $id) {\n      ...EarlyWarningFields\n      matchSuggestions { caseId number registeredAt form headCount levelVisited categoryMain categorySub score reasons beforeWarning }\n    }\n  }\n": types.EarlyWarningSuggestionsDocument,
    "\n  mutation FileWarning($input: FileWarningInput!) {\n    fileWarning(input: $input) { ...EarlyWarningFields }\n  }\n": types.FileWarningDocument,
    "\n  mutation ConfirmWarningMatch($warningId: ID!, $caseId: ID!, $version: Int) {\n    confirmWarningMatch(warningId: $warningId, caseId: $caseId, version: $version) { ...EarlyWarningFields }\n  }\n": types.ConfirmWarningMatchDocument,
    "\n  mutation RejectWarningMatch($warningId: ID!, $caseId: ID!, $version: Int) {\n    rejectWarningMatch(warningId: $warningId, caseId: $caseId, version: $version) { ...EarlyWarningFields }\n  }\n": types.RejectWarningMatchDocument,
    "\n  fragment SensitivePeriodFields on SensitivePeriod {\n    id\n    name\n    startsOn\n    endsOn\n    cutoff\n    declaredAt\n    units { id name }\n    days { day cutoffAt onTime late missing pending }\n  }\n": types.SensitivePeriodFieldsFragmentDoc,
    "\n  query SensitivePeriods {\n    sensitivePeriods { ...SensitivePeriodFields }\n  }\n": types.SensitivePeriodsDocument,
    "\n  query DailyReportStatus($periodId: ID!, $day: String!) {\n    dailyReportStatus(periodId: $periodId, day: $day) {\n      day\n      cutoffAt\n      onTime\n      late\n      missing\n      pending\n      entries {\n        state\n        unit { id name }\n        report { id zero content filedAt late }\n      }\n    }\n  }\n": types.DailyReportStatusDocument,
    "\n  mutation DeclareSensitivePeriod($input: DeclareSensitivePeriodInput!) {\n    declareSensitivePeriod(input: $input) { ...SensitivePeriodFields }\n  }\n": types.DeclareSensitivePeriodDocument,
    "\n  mutation FileDailyReport($input: FileDailyReportInput!) {\n    fileDailyReport(input: $input) { id day zero content filedAt late }\n  }\n": types.FileDailyReportDocument,
    "\n  fragment NoticeFields on Notice {\n    id\n    kind\n    title\n    body\n    subjectType\n    subjectId\n    subjectLabel\n    occurredAt\n    createdAt\n    readAt\n  }\n": types.NoticeFieldsFragmentDoc,
    "\n  query MyNotices($unreadOnly: Boolean!, $after: String) {\n    myNotices(unreadOnly: $unreadOnly, first: 20, after: $after) {\n      items { ...NoticeFields }\n      pageInfo { endCursor hasNextPage }\n    }\n    unreadNoticeCount\n  }\n": types.MyNoticesDocument,
    "\n  query UnreadNoticeCount { unreadNoticeCount }\n": types.UnreadNoticeCountDocument,
    "\n  mutation MarkNoticesRead($ids: [ID!]!) {\n    markNoticesRead(ids: $ids) { id readAt }\n  }\n": types.MarkNoticesReadDocument,
    "\n  query MyNoticeContacts { myNoticeContacts { email mobile updatedAt } }\n": types.MyNoticeContactsDocument,
    "\n  mutation SetMyNoticeContacts($email: String, $mobile: String) {\n    setMyNoticeContacts(email: $email, mobile: $mobile) { email mobile updatedAt }\n  }\n": types.SetMyNoticeContactsDocument,
    "\n  query ReportingDuties($unitId: ID!, $today: String!) {\n    department(id: $unitId) {\n      id\n      screeningStatus {\n        cycle { key dueOn }\n        overdue\n        report { id late updatedAt }\n      }\n    }\n    sensitivePeriods(activeOn: $today) { id name cutoff days { day cutoffAt onTime late missing pending } }\n  }\n": types.ReportingDutiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    username\n    role\n    active\n    mustChangePassword\n    unit { id name kind }\n    person { id name position }\n  }\n"): (typeof documents)["\n  fragment AccountFields on Account {\n    id\n    username\n    role\n    active\n    mustChangePassword\n    unit { id name kind }\n    person { id name position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      account { ...AccountFields }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      account { ...AccountFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout }\n"): (typeof documents)["\n  mutation Logout { logout }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n      expiresAt\n      account { ...AccountFields }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n      expiresAt\n      account { ...AccountFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAccountPassword($input: ResetAccountPasswordInput!) {\n    resetAccountPassword(input: $input) {\n      temporaryPassword\n      account { ...AccountFields }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetAccountPassword($input: ResetAccountPasswordInput!) {\n    resetAccountPassword(input: $input) {\n      temporaryPassword\n      account { ...AccountFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { me { ...AccountFields } }\n"): (typeof documents)["\n  query Me { me { ...AccountFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workbench($unitId: ID!, $after: String) {\n    department(id: $unitId) {\n      id\n      name\n      openCaseCards { green yellow red }\n      casesLedCount(openOnly: true)\n      casesCooperatingCount(openOnly: true)\n      casesOriginatingCount(openOnly: true)\n    }\n    holdings(unitId: $unitId, first: 50, after: $after) {\n      total\n      overdue\n      pageInfo { endCursor hasNextPage }\n      items {\n        id\n        role\n        status\n        assignedAt\n        dueDay\n        dueBasis\n        card\n        warning\n        case { id number summary status categoryMain categorySub form headCount }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Workbench($unitId: ID!, $after: String) {\n    department(id: $unitId) {\n      id\n      name\n      openCaseCards { green yellow red }\n      casesLedCount(openOnly: true)\n      casesCooperatingCount(openOnly: true)\n      casesOriginatingCount(openOnly: true)\n    }\n    holdings(unitId: $unitId, first: 50, after: $after) {\n      total\n      overdue\n      pageInfo { endCursor hasNextPage }\n      items {\n        id\n        role\n        status\n        assignedAt\n        dueDay\n        dueBasis\n        card\n        warning\n        case { id number summary status categoryMain categorySub form headCount }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListItem on Case {\n    id\n    number\n    channel\n    form\n    headCount\n    levelVisited\n    categoryMain\n    categorySub\n    status\n    summary\n    registeredAt\n    card\n    placarded\n    leadDepartment { id name }\n    township { id name }\n  }\n"): (typeof documents)["\n  fragment CaseListItem on Case {\n    id\n    number\n    channel\n    form\n    headCount\n    levelVisited\n    categoryMain\n    categorySub\n    status\n    summary\n    registeredAt\n    card\n    placarded\n    leadDepartment { id name }\n    township { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      total\n      pageInfo { endCursor hasNextPage }\n      items { ...CaseListItem }\n    }\n  }\n"): (typeof documents)["\n  query Cases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      total\n      pageInfo { endCursor hasNextPage }\n      items { ...CaseListItem }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetailFields on Case {\n    id\n    number\n    version\n    status\n    competenceDispute { raisedAt reason unit { id name } proposedUnit { id name } }\n    channel\n    form\n    headCount\n    levelVisited\n    categoryMain\n    categorySub\n    priority\n    summary\n    demands\n    isRepeat\n    isSkipLevel\n    notToBeAcceptedAgain\n    registeredAt\n    ruleSet\n    card\n    warning\n    placarded\n    extensionDays\n    assigningLevel\n    assigningDocument\n    reply\n    repliedAt\n    closedAt\n    satisfaction\n    notAcceptedReason\n    redirectTo\n    leadDepartment { id name }\n    township { id name }\n    leader { id name position }\n    handler { id name }\n    petitioners { name idNumber phone address masked }\n    tasks {\n      id\n      role\n      status\n      version\n      assignedAt\n      dueDay\n      dueBasis\n      signedForAt\n      completedAt\n      result\n      card\n      warning\n      unit { id name }\n    }\n    timeline { id at action fromStatus toStatus note actor { id name } unit { id name } }\n    supervisions { id at method request answer supervisor { id name } }\n    extensions { id at days reason approver { id name } }\n    clocks { clock basis ruleSet days count extensionDays startedAt dueDay dueDayMovedFrom stoppedAt card warning used calendarNote }\n    repeatOf { id number }\n    mergedInto { id number }\n    mergedCases { id number }\n  }\n"): (typeof documents)["\n  fragment CaseDetailFields on Case {\n    id\n    number\n    version\n    status\n    competenceDispute { raisedAt reason unit { id name } proposedUnit { id name } }\n    channel\n    form\n    headCount\n    levelVisited\n    categoryMain\n    categorySub\n    priority\n    summary\n    demands\n    isRepeat\n    isSkipLevel\n    notToBeAcceptedAgain\n    registeredAt\n    ruleSet\n    card\n    warning\n    placarded\n    extensionDays\n    assigningLevel\n    assigningDocument\n    reply\n    repliedAt\n    closedAt\n    satisfaction\n    notAcceptedReason\n    redirectTo\n    leadDepartment { id name }\n    township { id name }\n    leader { id name position }\n    handler { id name }\n    petitioners { name idNumber phone address masked }\n    tasks {\n      id\n      role\n      status\n      version\n      assignedAt\n      dueDay\n      dueBasis\n      signedForAt\n      completedAt\n      result\n      card\n      warning\n      unit { id name }\n    }\n    timeline { id at action fromStatus toStatus note actor { id name } unit { id name } }\n    supervisions { id at method request answer supervisor { id name } }\n    extensions { id at days reason approver { id name } }\n    clocks { clock basis ruleSet days count extensionDays startedAt dueDay dueDayMovedFrom stoppedAt card warning used calendarNote }\n    repeatOf { id number }\n    mergedInto { id number }\n    mergedCases { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) { case(id: $id) { ...CaseDetailFields } }\n"): (typeof documents)["\n  query Case($id: ID!) { case(id: $id) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCase($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }\n"): (typeof documents)["\n  mutation RegisterCase($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCase($input: CaseChangeInput!) { acceptCase(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation AcceptCase($input: CaseChangeInput!) { acceptCase(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCase($input: RejectCaseInput!) { rejectCase(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation RejectCase($input: RejectCaseInput!) { rejectCase(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCase($input: AssignCaseInput!) { assignCase(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation AssignCase($input: AssignCaseInput!) { assignCase(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendCase($input: ExtendDeadlineInput!) { extendCaseDeadline(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation ExtendCase($input: ExtendDeadlineInput!) { extendCaseDeadline(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisputeCompetence($input: DisputeCompetenceInput!) { disputeCompetence(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation DisputeCompetence($input: DisputeCompetenceInput!) { disputeCompetence(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeepLeadUnit($input: KeepLeadUnitInput!) { keepLeadUnit(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation KeepLeadUnit($input: KeepLeadUnitInput!) { keepLeadUnit(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignLead($input: ReassignLeadInput!) { reassignLead(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation ReassignLead($input: ReassignLeadInput!) { reassignLead(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuperviseCase($input: SuperviseCaseInput!) { superviseCase(input: $input) { id } }\n"): (typeof documents)["\n  mutation SuperviseCase($input: SuperviseCaseInput!) { superviseCase(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCases($input: MergeCasesInput!) { mergeCases(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation MergeCases($input: MergeCasesInput!) { mergeCases(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignForCase($input: CaseChangeInput!) { signForCase(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation SignForCase($input: CaseChangeInput!) { signForCase(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartHandling($input: CaseChangeInput!) { startHandlingCase(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation StartHandling($input: CaseChangeInput!) { startHandlingCase(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportProgress($input: CaseChangeInput!) { reportProgress(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation ReportProgress($input: CaseChangeInput!) { reportProgress(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyCase($input: ReplyCaseInput!) { replyCase(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation ReplyCase($input: ReplyCaseInput!) { replyCase(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignForTask($input: TaskChangeInput!) { signForTask(input: $input) { id status version } }\n"): (typeof documents)["\n  mutation SignForTask($input: TaskChangeInput!) { signForTask(input: $input) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($input: TaskChangeInput!) { completeTask(input: $input) { id status version result } }\n"): (typeof documents)["\n  mutation CompleteTask($input: TaskChangeInput!) { completeTask(input: $input) { id status version result } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory {\n    departments(first: 200, active: true) { id code name kind }\n    categories { id main sub leadDepartment { id name } }\n    leaders { id name position }\n  }\n"): (typeof documents)["\n  query Directory {\n    departments(first: 200, active: true) { id code name kind }\n    categories { id main sub leadDepartment { id name } }\n    leaders { id name position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureFields on Figure { value lastYear change changeText }\n"): (typeof documents)["\n  fragment FigureFields on Figure { value lastYear change changeText }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statistics($from: DateTimeISO!, $to: DateTimeISO!, $level: CategoryLevel!) {\n    caseStatistics(from: $from, to: $to, categoryLevel: $level, topCategories: 10) {\n      from\n      to\n      matters { ...FigureFields }\n      persons { ...FigureFields }\n      visitBatches { ...FigureFields }\n      visitPersons { ...FigureFields }\n      byChannel { channel matters { ...FigureFields } batches { ...FigureFields } persons { ...FigureFields } }\n      byForm { form batches { ...FigureFields } persons { ...FigureFields } }\n      skipLevel { level batches { ...FigureFields } persons { ...FigureFields } closed { ...FigureFields } }\n      topCategories { categoryMain categorySub shareOfMatters shareOfPersons matters { ...FigureFields } persons { ...FigureFields } }\n      hotline { received { ...FigureFields } closed { ...FigureFields } closureRate closureRateLastYear }\n    }\n  }\n"): (typeof documents)["\n  query Statistics($from: DateTimeISO!, $to: DateTimeISO!, $level: CategoryLevel!) {\n    caseStatistics(from: $from, to: $to, categoryLevel: $level, topCategories: 10) {\n      from\n      to\n      matters { ...FigureFields }\n      persons { ...FigureFields }\n      visitBatches { ...FigureFields }\n      visitPersons { ...FigureFields }\n      byChannel { channel matters { ...FigureFields } batches { ...FigureFields } persons { ...FigureFields } }\n      byForm { form batches { ...FigureFields } persons { ...FigureFields } }\n      skipLevel { level batches { ...FigureFields } persons { ...FigureFields } closed { ...FigureFields } }\n      topCategories { categoryMain categorySub shareOfMatters shareOfPersons matters { ...FigureFields } persons { ...FigureFields } }\n      hotline { received { ...FigureFields } closed { ...FigureFields } closureRate closureRateLastYear }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthMatters($from: DateTimeISO!, $to: DateTimeISO!) {\n    caseStatistics(from: $from, to: $to, topCategories: 1, compareWithLastYear: false) { matters { value } }\n  }\n"): (typeof documents)["\n  query MonthMatters($from: DateTimeISO!, $to: DateTimeISO!) {\n    caseStatistics(from: $from, to: $to, topCategories: 1, compareWithLastYear: false) { matters { value } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitCards {\n    departments(first: 200, active: true) { id name kind openCaseCards { green yellow red } }\n  }\n"): (typeof documents)["\n  query UnitCards {\n    departments(first: 200, active: true) { id name kind openCaseCards { green yellow red } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($kinds: [DepartmentKind!], $active: Boolean) {\n    departments(first: 500, kinds: $kinds, active: $active) {\n      id\n      code\n      name\n      kind\n      population\n      active\n      version\n      parent { id name }\n    }\n  }\n"): (typeof documents)["\n  query Units($kinds: [DepartmentKind!], $active: Boolean) {\n    departments(first: 500, kinds: $kinds, active: $active) {\n      id\n      code\n      name\n      kind\n      population\n      active\n      version\n      parent { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }\n"): (typeof documents)["\n  mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id name version active } }\n"): (typeof documents)["\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id name version active } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id name } }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id username } }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id username } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPeople($id: ID!) {\n    department(id: $id) { id name kind people { id name position isLeader } }\n    accounts(unitId: $id, first: 500) { id username role active person { id } }\n  }\n"): (typeof documents)["\n  query UnitPeople($id: ID!) {\n    department(id: $id) { id name kind people { id name position isLeader } }\n    accounts(unitId: $id, first: 500) { id username role active person { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($active: Boolean, $unitId: ID, $search: String, $role: AccountRole, $first: Int!, $offset: Int!) {\n    accounts(active: $active, unitId: $unitId, search: $search, role: $role, first: $first, offset: $offset) {\n      ...AccountFields\n      lastSignInAt\n      openSessions\n    }\n  }\n"): (typeof documents)["\n  query Accounts($active: Boolean, $unitId: ID, $search: String, $role: AccountRole, $first: Int!, $offset: Int!) {\n    accounts(active: $active, unitId: $unitId, search: $search, role: $role, first: $first, offset: $offset) {\n      ...AccountFields\n      lastSignInAt\n      openSessions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountEvents($accountId: ID!) {\n    accountEvents(accountId: $accountId) { id action at by reason sessionsEnded }\n  }\n"): (typeof documents)["\n  query AccountEvents($accountId: ID!) {\n    accountEvents(accountId: $accountId) { id action at by reason sessionsEnded }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAccount($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { id active openSessions } }\n"): (typeof documents)["\n  mutation DeactivateAccount($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { id active openSessions } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSessions($input: EndAccountSessionsInput!) { endAccountSessions(input: $input) }\n"): (typeof documents)["\n  mutation EndSessions($input: EndAccountSessionsInput!) { endAccountSessions(input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataAccesses($before: ID, $first: Int!, $caseId: ID, $accountId: ID) {\n    personalDataAccesses(before: $before, first: $first, caseId: $caseId, accountId: $accountId) {\n      id\n      at\n      accountId\n      username\n      role\n      caseId\n      fields\n    }\n  }\n"): (typeof documents)["\n  query PersonalDataAccesses($before: ID, $first: Int!, $caseId: ID, $accountId: ID) {\n    personalDataAccesses(before: $before, first: $first, caseId: $caseId, accountId: $accountId) {\n      id\n      at\n      accountId\n      username\n      role\n      caseId\n      fields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories(activeOnly: false) { id main sub active leadDepartment { id name } }\n    departments(first: 200, active: true, kinds: [DEPARTMENT, TOWNSHIP, STREET]) { id name }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories(activeOnly: false) { id main sub active leadDepartment { id name } }\n    departments(first: 200, active: true, kinds: [DEPARTMENT, TOWNSHIP, STREET]) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingHistory($categoryId: ID!) {\n    routingHistory(categoryId: $categoryId) { id at changedBy reason fromDepartment { id name } toDepartment { id name } }\n  }\n"): (typeof documents)["\n  query RoutingHistory($categoryId: ID!) {\n    routingHistory(categoryId: $categoryId) { id at changedBy reason fromDepartment { id name } toDepartment { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RouteCategory($input: RouteCategoryInput!) { routeCategory(input: $input) { id leadDepartment { id name } } }\n"): (typeof documents)["\n  mutation RouteCategory($input: RouteCategoryInput!) { routeCategory(input: $input) { id leadDepartment { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmergeCase($caseId: ID!, $reason: String!) { unmergeCase(caseId: $caseId, reason: $reason) { ...CaseDetailFields } }\n"): (typeof documents)["\n  mutation UnmergeCase($caseId: ID!, $reason: String!) { unmergeCase(caseId: $caseId, reason: $reason) { ...CaseDetailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingListItem on Meeting {\n    id\n    sessionNumber\n    title\n    kind\n    status\n    heldOn\n    startsAt\n    endsAt\n    pinnedTime\n    subject\n    cancelReason\n    version\n    room { id name }\n  }\n"): (typeof documents)["\n  fragment MeetingListItem on Meeting {\n    id\n    sessionNumber\n    title\n    kind\n    status\n    heldOn\n    startsAt\n    endsAt\n    pinnedTime\n    subject\n    cancelReason\n    version\n    room { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($filter: MeetingFilter, $after: String) {\n    meetings(filter: $filter, first: 20, after: $after) {\n      items { ...MeetingListItem }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query Meetings($filter: MeetingFilter, $after: String) {\n    meetings(filter: $filter, first: 20, after: $after) {\n      items { ...MeetingListItem }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingListItem\n      durationMinutes\n      minutes\n      minutesPublishedAt\n      agenda {\n        id\n        position\n        title\n        decision\n        cases { id number summary status leadDepartment { id } leader { id } tasks { role status unit { id } } }\n        decisions { ...DecisionFields }\n      }\n      requiredAttendees { units { id name } leaders { id name position } }\n      followUp { rate summary }\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingListItem\n      durationMinutes\n      minutes\n      minutesPublishedAt\n      agenda {\n        id\n        position\n        title\n        decision\n        cases { id number summary status leadDepartment { id } leader { id } tasks { role status unit { id } } }\n        decisions { ...DecisionFields }\n      }\n      requiredAttendees { units { id name } leaders { id name position } }\n      followUp { rate summary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingFiles($id: ID!) {\n    meeting(id: $id) { id calendarFile { fileName mimeType base64 } noticeDocument { fileName mimeType base64 } }\n  }\n"): (typeof documents)["\n  query MeetingFiles($id: ID!) {\n    meeting(id: $id) { id calendarFile { fileName mimeType base64 } noticeDocument { fileName mimeType base64 } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) { createMeeting(input: $input) { ...MeetingListItem } }\n"): (typeof documents)["\n  mutation CreateMeeting($input: CreateMeetingInput!) { createMeeting(input: $input) { ...MeetingListItem } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMeetingSchedule($id: ID!, $version: Int!) { publishMeetingSchedule(id: $id, version: $version) { ...MeetingListItem } }\n"): (typeof documents)["\n  mutation PublishMeetingSchedule($id: ID!, $version: Int!) { publishMeetingSchedule(id: $id, version: $version) { ...MeetingListItem } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeetingHeld($id: ID!, $version: Int!) { recordMeetingHeld(id: $id, version: $version) { ...MeetingListItem } }\n"): (typeof documents)["\n  mutation RecordMeetingHeld($id: ID!, $version: Int!) { recordMeetingHeld(id: $id, version: $version) { ...MeetingListItem } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { ...MeetingListItem } }\n"): (typeof documents)["\n  mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { ...MeetingListItem } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingPlanFields on MeetingPlan {\n    id\n    fromDay\n    toDay\n    engine\n    optimal\n    feasible\n    hard\n    soft\n    solveMs\n    appliedAt\n    sessions { sessionId startsAt endsAt moved kept planned meeting { id title status pinnedTime } room { id name } }\n    score { constraint kind label violations penalty }\n    reasons { constraint sessionIds message }\n    conflict { message minimal groups { kind subject message } }\n  }\n"): (typeof documents)["\n  fragment MeetingPlanFields on MeetingPlan {\n    id\n    fromDay\n    toDay\n    engine\n    optimal\n    feasible\n    hard\n    soft\n    solveMs\n    appliedAt\n    sessions { sessionId startsAt endsAt moved kept planned meeting { id title status pinnedTime } room { id name } }\n    score { constraint kind label violations penalty }\n    reasons { constraint sessionIds message }\n    conflict { message minimal groups { kind subject message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanMeetings($from: String!, $to: String!) { planMeetings(from: $from, to: $to) { ...MeetingPlanFields } }\n"): (typeof documents)["\n  mutation PlanMeetings($from: String!, $to: String!) { planMeetings(from: $from, to: $to) { ...MeetingPlanFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyMeetingPlan($planId: ID!) { applyMeetingPlan(planId: $planId) { ...MeetingPlanFields } }\n"): (typeof documents)["\n  mutation ApplyMeetingPlan($planId: ID!) { applyMeetingPlan(planId: $planId) { ...MeetingPlanFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinMeeting($meetingId: ID!, $startsAt: DateTimeISO!) { pinMeeting(meetingId: $meetingId, startsAt: $startsAt) { id pinnedTime startsAt } }\n"): (typeof documents)["\n  mutation PinMeeting($meetingId: ID!, $startsAt: DateTimeISO!) { pinMeeting(meetingId: $meetingId, startsAt: $startsAt) { id pinnedTime startsAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinMeeting($meetingId: ID!) { unpinMeeting(meetingId: $meetingId) { id pinnedTime startsAt } }\n"): (typeof documents)["\n  mutation UnpinMeeting($meetingId: ID!) { unpinMeeting(meetingId: $meetingId) { id pinnedTime startsAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    id\n    leadUnitId\n    cooperatingUnitIds\n    handlerName\n    deadline\n    status\n    evidence\n    evidenceAt\n    carriedIntoCase\n    version\n    case { id number }\n    ownerLeader { id name }\n  }\n"): (typeof documents)["\n  fragment DecisionFields on Decision {\n    id\n    leadUnitId\n    cooperatingUnitIds\n    handlerName\n    deadline\n    status\n    evidence\n    evidenceAt\n    carriedIntoCase\n    version\n    case { id number }\n    ownerLeader { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordDecisionInput!) { recordDecision(input: $input) { ...DecisionFields } }\n"): (typeof documents)["\n  mutation RecordDecision($input: RecordDecisionInput!) { recordDecision(input: $input) { ...DecisionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecisionEvidence($decisionId: ID!, $version: Int!, $evidence: String!) {\n    recordDecisionEvidence(decisionId: $decisionId, version: $version, evidence: $evidence) { ...DecisionFields }\n  }\n"): (typeof documents)["\n  mutation RecordDecisionEvidence($decisionId: ID!, $version: Int!, $evidence: String!) {\n    recordDecisionEvidence(decisionId: $decisionId, version: $version, evidence: $evidence) { ...DecisionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMinutes($id: ID!, $version: Int!, $minutes: String!) { publishMinutes(id: $id, version: $version, minutes: $minutes) { ...MeetingListItem } }\n"): (typeof documents)["\n  mutation PublishMinutes($id: ID!, $version: Int!, $minutes: String!) { publishMinutes(id: $id, version: $version, minutes: $minutes) { ...MeetingListItem } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCalendar($from: String!, $to: String!, $after: String) {\n    meetings(filter: { from: $from, to: $to }, first: 200, after: $after) {\n      items { id title kind status heldOn startsAt endsAt room { id name } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query MeetingCalendar($from: String!, $to: String!, $after: String) {\n    meetings(filter: { from: $from, to: $to }, first: 200, after: $after) {\n      items { id title kind status heldOn startsAt endsAt room { id name } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomFields on Room { id name seats active }\n"): (typeof documents)["\n  fragment RoomFields on Room { id name seats active }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rooms($includeInactive: Boolean!) { rooms(includeInactive: $includeInactive) { ...RoomFields } }\n"): (typeof documents)["\n  query Rooms($includeInactive: Boolean!) { rooms(includeInactive: $includeInactive) { ...RoomFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) { createRoom(input: $input) { ...RoomFields } }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) { createRoom(input: $input) { ...RoomFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) { updateRoom(id: $id, input: $input) { ...RoomFields } }\n"): (typeof documents)["\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) { updateRoom(id: $id, input: $input) { ...RoomFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateRoom($id: ID!) { deactivateRoom(id: $id) { ...RoomFields } }\n"): (typeof documents)["\n  mutation DeactivateRoom($id: ID!) { deactivateRoom(id: $id) { ...RoomFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusyTimes {\n    busyTimes { id subjectKind subjectId reason weekday startTime endTime startsAt endsAt }\n  }\n"): (typeof documents)["\n  query BusyTimes {\n    busyTimes { id subjectKind subjectId reason weekday startTime endTime startsAt endsAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBusyTime($input: CreateBusyTimeInput!) { createBusyTime(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateBusyTime($input: CreateBusyTimeInput!) { createBusyTime(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBusyTime($id: ID!) { deleteBusyTime(id: $id) }\n"): (typeof documents)["\n  mutation DeleteBusyTime($id: ID!) { deleteBusyTime(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchedulingSettingsFields on SchedulingSettings {\n    officeHours { start end }\n    grainMinutes\n    defaultDurationMinutes\n    deadlineMarginDays\n    personsPerUnit\n    weights { preferredAttendees sooner unitSameHalfDay roomBreak stableRooms largerRooms seatWaste moves }\n    standingAttendees\n  }\n"): (typeof documents)["\n  fragment SchedulingSettingsFields on SchedulingSettings {\n    officeHours { start end }\n    grainMinutes\n    defaultDurationMinutes\n    deadlineMarginDays\n    personsPerUnit\n    weights { preferredAttendees sooner unitSameHalfDay roomBreak stableRooms largerRooms seatWaste moves }\n    standingAttendees\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulingSettings { schedulingSettings { ...SchedulingSettingsFields } }\n"): (typeof documents)["\n  query SchedulingSettings { schedulingSettings { ...SchedulingSettingsFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchedulingSettings($input: UpdateSchedulingSettingsInput!) { updateSchedulingSettings(input: $input) { ...SchedulingSettingsFields } }\n"): (typeof documents)["\n  mutation UpdateSchedulingSettings($input: UpdateSchedulingSettingsInput!) { updateSchedulingSettings(input: $input) { ...SchedulingSettingsFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentSchemes {\n    assessmentSchemes { id documentNumber name issuingBody schemeVersion periodKind unitScope status validFrom validUntil publishedAt version rulesText }\n  }\n"): (typeof documents)["\n  query AssessmentSchemes {\n    assessmentSchemes { id documentNumber name issuingBody schemeVersion periodKind unitScope status validFrom validUntil publishedAt version rulesText }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentRuns($schemeVersionId: ID!) {\n    assessmentRuns(schemeVersionId: $schemeVersionId) { id period status computedAt publishedAt }\n  }\n"): (typeof documents)["\n  query AssessmentRuns($schemeVersionId: ID!) {\n    assessmentRuns(schemeVersionId: $schemeVersionId) { id period status computedAt publishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSchemeVersion($id: ID!, $version: Int!) { publishSchemeVersion(id: $id, version: $version) { id status publishedAt version } }\n"): (typeof documents)["\n  mutation PublishSchemeVersion($id: ID!, $version: Int!) { publishSchemeVersion(id: $id, version: $version) { id status publishedAt version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchemeVersionFields on AssessmentScheme {\n    id documentNumber name issuingBody schemeVersion periodKind unitScope status validFrom validUntil publishedAt version definition rulesText\n  }\n"): (typeof documents)["\n  fragment SchemeVersionFields on AssessmentScheme {\n    id documentNumber name issuingBody schemeVersion periodKind unitScope status validFrom validUntil publishedAt version definition rulesText\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentScheme($id: ID!) { assessmentScheme(id: $id) { ...SchemeVersionFields } }\n"): (typeof documents)["\n  query AssessmentScheme($id: ID!) { assessmentScheme(id: $id) { ...SchemeVersionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftSchemeVersion($input: SchemeVersionInput!) { draftSchemeVersion(input: $input) { ...SchemeVersionFields } }\n"): (typeof documents)["\n  mutation DraftSchemeVersion($input: SchemeVersionInput!) { draftSchemeVersion(input: $input) { ...SchemeVersionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchemeVersion($id: ID!, $version: Int!, $input: SchemeVersionInput!) {\n    updateSchemeVersion(id: $id, version: $version, input: $input) { ...SchemeVersionFields }\n  }\n"): (typeof documents)["\n  mutation UpdateSchemeVersion($id: ID!, $version: Int!, $input: SchemeVersionInput!) {\n    updateSchemeVersion(id: $id, version: $version, input: $input) { ...SchemeVersionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentRunFields on AssessmentRun {\n    id\n    period\n    status\n    computedAt\n    publishedAt\n    monteCarloRuns\n    version\n    entries {\n      unitId\n      name\n      group\n      score\n      rank\n      rankedUnits\n      previousRank\n      rankChange\n      inRewardGroup\n      inKeyManagementGroup\n      outOfRewards\n      rankedLast\n      robustness { medianRank rankLow rankHigh rewardShare keyManagementShare }\n      lines { ruleId title kind metric value points note cases { id number persons points warned } }\n    }\n  }\n"): (typeof documents)["\n  fragment AssessmentRunFields on AssessmentRun {\n    id\n    period\n    status\n    computedAt\n    publishedAt\n    monteCarloRuns\n    version\n    entries {\n      unitId\n      name\n      group\n      score\n      rank\n      rankedUnits\n      previousRank\n      rankChange\n      inRewardGroup\n      inKeyManagementGroup\n      outOfRewards\n      rankedLast\n      robustness { medianRank rankLow rankHigh rewardShare keyManagementShare }\n      lines { ruleId title kind metric value points note cases { id number persons points warned } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunAssessment($schemeVersionId: ID!, $period: String!) {\n    runAssessment(schemeVersionId: $schemeVersionId, period: $period) { ...AssessmentRunFields }\n  }\n"): (typeof documents)["\n  mutation RunAssessment($schemeVersionId: ID!, $period: String!) {\n    runAssessment(schemeVersionId: $schemeVersionId, period: $period) { ...AssessmentRunFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparedRun on AssessmentRun {\n    id\n    period\n    status\n    scheme { id name documentNumber schemeVersion }\n    entries {\n      unitId\n      name\n      group\n      score\n      rank\n      rankedUnits\n      inRewardGroup\n      inKeyManagementGroup\n      vetoes { ruleId title }\n      lines { ruleId title points }\n    }\n  }\n"): (typeof documents)["\n  fragment ComparedRun on AssessmentRun {\n    id\n    period\n    status\n    scheme { id name documentNumber schemeVersion }\n    entries {\n      unitId\n      name\n      group\n      score\n      rank\n      rankedUnits\n      inRewardGroup\n      inKeyManagementGroup\n      vetoes { ruleId title }\n      lines { ruleId title points }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentRunComparison($before: ID!, $after: ID!) {\n    before: assessmentRun(id: $before) { ...ComparedRun }\n    after: assessmentRun(id: $after) { ...ComparedRun }\n  }\n"): (typeof documents)["\n  query AssessmentRunComparison($before: ID!, $after: ID!) {\n    before: assessmentRun(id: $before) { ...ComparedRun }\n    after: assessmentRun(id: $after) { ...ComparedRun }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentRun($id: ID!) { assessmentRun(id: $id) { ...AssessmentRunFields } }\n"): (typeof documents)["\n  query AssessmentRun($id: ID!) { assessmentRun(id: $id) { ...AssessmentRunFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAssessmentRun($runId: ID!, $version: Int!) { publishAssessmentRun(runId: $runId, version: $version) { id status publishedAt version } }\n"): (typeof documents)["\n  mutation PublishAssessmentRun($runId: ID!, $version: Int!) { publishAssessmentRun(runId: $runId, version: $version) { id status publishedAt version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentBulletin($runIds: [ID!]!, $format: BulletinFormat!) {\n    assessmentBulletin(runIds: $runIds, format: $format) { filename mimeType contentBase64 }\n  }\n"): (typeof documents)["\n  query AssessmentBulletin($runIds: [ID!]!, $format: BulletinFormat!) {\n    assessmentBulletin(runIds: $runIds, format: $format) { filename mimeType contentBase64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HardCaseCandidates($olderThanDays: Int!, $after: String) {\n    hardCaseCandidates(olderThanDays: $olderThanDays, first: 50, after: $after) {\n      items { reasons explanations openDays case { id number summary status } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query HardCaseCandidates($olderThanDays: Int!, $after: String) {\n    hardCaseCandidates(olderThanDays: $olderThanDays, first: 50, after: $after) {\n      items { reasons explanations openDays case { id number summary status } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($meetingId: ID!, $caseIds: [ID!]!, $title: String) {\n    addAgendaItem(meetingId: $meetingId, caseIds: $caseIds, title: $title) { id position title }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($meetingId: ID!, $caseIds: [ID!]!, $title: String) {\n    addAgendaItem(meetingId: $meetingId, caseIds: $caseIds, title: $title) { id position title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpBoard($statuses: [DecisionStatus!], $from: String!, $to: String!, $after: String) {\n    followUpBoard(statuses: $statuses, first: 50, after: $after) {\n      items {\n        id\n        handlerName\n        deadline\n        status\n        evidence\n        case { id number summary }\n        ownerLeader { id name }\n        agendaItem { id title meeting { id title } }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n    meetingStatistics(from: $from, to: $to) {\n      meetingsHeld casesStudied decisionsRecorded decisionsCarriedOut decisionsPending decisionsOverdue casesCarriedOut rate summary\n    }\n  }\n"): (typeof documents)["\n  query FollowUpBoard($statuses: [DecisionStatus!], $from: String!, $to: String!, $after: String) {\n    followUpBoard(statuses: $statuses, first: 50, after: $after) {\n      items {\n        id\n        handlerName\n        deadline\n        status\n        evidence\n        case { id number summary }\n        ownerLeader { id name }\n        agendaItem { id title meeting { id title } }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n    meetingStatistics(from: $from, to: $to) {\n      meetingsHeld casesStudied decisionsRecorded decisionsCarriedOut decisionsPending decisionsOverdue casesCarriedOut rate summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScreeningReportFields on ScreeningReport {\n    id\n    cadence\n    cycleKey\n    cycleStartsOn\n    cycleEndsOn\n    dueOn\n    nothingFound\n    factors { description riskLevel peopleInvolved place measures responsible }\n    filedAt\n    updatedAt\n    late\n    version\n    unit { id name kind }\n  }\n"): (typeof documents)["\n  fragment ScreeningReportFields on ScreeningReport {\n    id\n    cadence\n    cycleKey\n    cycleStartsOn\n    cycleEndsOn\n    dueOn\n    nothingFound\n    factors { description riskLevel peopleInvolved place measures responsible }\n    filedAt\n    updatedAt\n    late\n    version\n    unit { id name kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitScreening($unitId: ID!, $after: String) {\n    department(id: $unitId) {\n      id\n      name\n      kind\n      screeningStatus {\n        cycle { key cadence startsOn endsOn dueOn }\n        overdue\n        report { ...ScreeningReportFields }\n      }\n    }\n    screeningReports(unitId: $unitId, first: 20, after: $after) {\n      items { ...ScreeningReportFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query UnitScreening($unitId: ID!, $after: String) {\n    department(id: $unitId) {\n      id\n      name\n      kind\n      screeningStatus {\n        cycle { key cadence startsOn endsOn dueOn }\n        overdue\n        report { ...ScreeningReportFields }\n      }\n    }\n    screeningReports(unitId: $unitId, first: 20, after: $after) {\n      items { ...ScreeningReportFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileScreeningReport($input: FileScreeningReportInput!) {\n    fileScreeningReport(input: $input) { ...ScreeningReportFields }\n  }\n"): (typeof documents)["\n  mutation FileScreeningReport($input: FileScreeningReportInput!) {\n    fileScreeningReport(input: $input) { ...ScreeningReportFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BureauScreening($cycle: String) {\n    weekly: currentScreeningCycle(cadence: WEEKLY) { key cadence startsOn endsOn dueOn }\n    monthly: currentScreeningCycle(cadence: MONTHLY) { key cadence startsOn endsOn dueOn }\n    screeningCadences { unitKind cadence }\n    missingScreeningReports(cycle: $cycle) {\n      unitName\n      unitKind\n      cycle { key cadence startsOn endsOn dueOn }\n      unit { id }\n    }\n  }\n"): (typeof documents)["\n  query BureauScreening($cycle: String) {\n    weekly: currentScreeningCycle(cadence: WEEKLY) { key cadence startsOn endsOn dueOn }\n    monthly: currentScreeningCycle(cadence: MONTHLY) { key cadence startsOn endsOn dueOn }\n    screeningCadences { unitKind cadence }\n    missingScreeningReports(cycle: $cycle) {\n      unitName\n      unitKind\n      cycle { key cadence startsOn endsOn dueOn }\n      unit { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningReports($unitId: ID, $cycle: String, $after: String) {\n    screeningReports(unitId: $unitId, cycle: $cycle, first: 30, after: $after) {\n      items { ...ScreeningReportFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query ScreeningReports($unitId: ID, $cycle: String, $after: String) {\n    screeningReports(unitId: $unitId, cycle: $cycle, first: 30, after: $after) {\n      items { ...ScreeningReportFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetScreeningCadence($unitKind: DepartmentKind!, $cadence: Cadence!) {\n    setScreeningCadence(unitKind: $unitKind, cadence: $cadence) { unitKind cadence }\n  }\n"): (typeof documents)["\n  mutation SetScreeningCadence($unitKind: DepartmentKind!, $cadence: Cadence!) {\n    setScreeningCadence(unitKind: $unitKind, cadence: $cadence) { unitKind cadence }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EarlyWarningFields on EarlyWarning {\n    id\n    expectedOn\n    destinationLevel\n    expectedHeadCount\n    matter\n    categoryMain\n    categorySub\n    filedAt\n    status\n    matchedCaseNumber\n    visitRegisteredAt\n    matchedAt\n    filedBeforeVisit\n    version\n    unit { id name }\n    township { id name }\n    matchedCase { id }\n  }\n"): (typeof documents)["\n  fragment EarlyWarningFields on EarlyWarning {\n    id\n    expectedOn\n    destinationLevel\n    expectedHeadCount\n    matter\n    categoryMain\n    categorySub\n    filedAt\n    status\n    matchedCaseNumber\n    visitRegisteredAt\n    matchedAt\n    filedBeforeVisit\n    version\n    unit { id name }\n    township { id name }\n    matchedCase { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarlyWarnings($unitId: ID, $status: EarlyWarningStatus, $after: String) {\n    earlyWarnings(unitId: $unitId, status: $status, first: 30, after: $after) {\n      items { ...EarlyWarningFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query EarlyWarnings($unitId: ID, $status: EarlyWarningStatus, $after: String) {\n    earlyWarnings(unitId: $unitId, status: $status, first: 30, after: $after) {\n      items { ...EarlyWarningFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarlyWarningSuggestions($id: ID!) {\n    earlyWarning(id: $id) {\n      ...EarlyWarningFields\n      matchSuggestions { caseId number registeredAt form headCount levelVisited categoryMain categorySub score reasons beforeWarning }\n    }\n  }\n"): (typeof documents)["\n  query EarlyWarningSuggestions($id: ID!) {\n    earlyWarning(id: $id) {\n      ...EarlyWarningFields\n      matchSuggestions { caseId number registeredAt form headCount levelVisited categoryMain categorySub score reasons beforeWarning }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileWarning($input: FileWarningInput!) {\n    fileWarning(input: $input) { ...EarlyWarningFields }\n  }\n"): (typeof documents)["\n  mutation FileWarning($input: FileWarningInput!) {\n    fileWarning(input: $input) { ...EarlyWarningFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmWarningMatch($warningId: ID!, $caseId: ID!, $version: Int) {\n    confirmWarningMatch(warningId: $warningId, caseId: $caseId, version: $version) { ...EarlyWarningFields }\n  }\n"): (typeof documents)["\n  mutation ConfirmWarningMatch($warningId: ID!, $caseId: ID!, $version: Int) {\n    confirmWarningMatch(warningId: $warningId, caseId: $caseId, version: $version) { ...EarlyWarningFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectWarningMatch($warningId: ID!, $caseId: ID!, $version: Int) {\n    rejectWarningMatch(warningId: $warningId, caseId: $caseId, version: $version) { ...EarlyWarningFields }\n  }\n"): (typeof documents)["\n  mutation RejectWarningMatch($warningId: ID!, $caseId: ID!, $version: Int) {\n    rejectWarningMatch(warningId: $warningId, caseId: $caseId, version: $version) { ...EarlyWarningFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SensitivePeriodFields on SensitivePeriod {\n    id\n    name\n    startsOn\n    endsOn\n    cutoff\n    declaredAt\n    units { id name }\n    days { day cutoffAt onTime late missing pending }\n  }\n"): (typeof documents)["\n  fragment SensitivePeriodFields on SensitivePeriod {\n    id\n    name\n    startsOn\n    endsOn\n    cutoff\n    declaredAt\n    units { id name }\n    days { day cutoffAt onTime late missing pending }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SensitivePeriods {\n    sensitivePeriods { ...SensitivePeriodFields }\n  }\n"): (typeof documents)["\n  query SensitivePeriods {\n    sensitivePeriods { ...SensitivePeriodFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyReportStatus($periodId: ID!, $day: String!) {\n    dailyReportStatus(periodId: $periodId, day: $day) {\n      day\n      cutoffAt\n      onTime\n      late\n      missing\n      pending\n      entries {\n        state\n        unit { id name }\n        report { id zero content filedAt late }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DailyReportStatus($periodId: ID!, $day: String!) {\n    dailyReportStatus(periodId: $periodId, day: $day) {\n      day\n      cutoffAt\n      onTime\n      late\n      missing\n      pending\n      entries {\n        state\n        unit { id name }\n        report { id zero content filedAt late }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareSensitivePeriod($input: DeclareSensitivePeriodInput!) {\n    declareSensitivePeriod(input: $input) { ...SensitivePeriodFields }\n  }\n"): (typeof documents)["\n  mutation DeclareSensitivePeriod($input: DeclareSensitivePeriodInput!) {\n    declareSensitivePeriod(input: $input) { ...SensitivePeriodFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileDailyReport($input: FileDailyReportInput!) {\n    fileDailyReport(input: $input) { id day zero content filedAt late }\n  }\n"): (typeof documents)["\n  mutation FileDailyReport($input: FileDailyReportInput!) {\n    fileDailyReport(input: $input) { id day zero content filedAt late }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeFields on Notice {\n    id\n    kind\n    title\n    body\n    subjectType\n    subjectId\n    subjectLabel\n    occurredAt\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NoticeFields on Notice {\n    id\n    kind\n    title\n    body\n    subjectType\n    subjectId\n    subjectLabel\n    occurredAt\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotices($unreadOnly: Boolean!, $after: String) {\n    myNotices(unreadOnly: $unreadOnly, first: 20, after: $after) {\n      items { ...NoticeFields }\n      pageInfo { endCursor hasNextPage }\n    }\n    unreadNoticeCount\n  }\n"): (typeof documents)["\n  query MyNotices($unreadOnly: Boolean!, $after: String) {\n    myNotices(unreadOnly: $unreadOnly, first: 20, after: $after) {\n      items { ...NoticeFields }\n      pageInfo { endCursor hasNextPage }\n    }\n    unreadNoticeCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNoticeCount { unreadNoticeCount }\n"): (typeof documents)["\n  query UnreadNoticeCount { unreadNoticeCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoticesRead($ids: [ID!]!) {\n    markNoticesRead(ids: $ids) { id readAt }\n  }\n"): (typeof documents)["\n  mutation MarkNoticesRead($ids: [ID!]!) {\n    markNoticesRead(ids: $ids) { id readAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNoticeContacts { myNoticeContacts { email mobile updatedAt } }\n"): (typeof documents)["\n  query MyNoticeContacts { myNoticeContacts { email mobile updatedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyNoticeContacts($email: String, $mobile: String) {\n    setMyNoticeContacts(email: $email, mobile: $mobile) { email mobile updatedAt }\n  }\n"): (typeof documents)["\n  mutation SetMyNoticeContacts($email: String, $mobile: String) {\n    setMyNoticeContacts(email: $email, mobile: $mobile) { email mobile updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingDuties($unitId: ID!, $today: String!) {\n    department(id: $unitId) {\n      id\n      screeningStatus {\n        cycle { key dueOn }\n        overdue\n        report { id late updatedAt }\n      }\n    }\n    sensitivePeriods(activeOn: $today) { id name cutoff days { day cutoffAt onTime late missing pending } }\n  }\n"): (typeof documents)["\n  query ReportingDuties($unitId: ID!, $today: String!) {\n    department(id: $unitId) {\n      id\n      screeningStatus {\n        cycle { key dueOn }\n        overdue\n        report { id late updatedAt }\n      }\n    }\n    sensitivePeriods(activeOn: $today) { id name cutoff days { day cutoffAt onTime late missing pending } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
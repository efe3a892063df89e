/**
 * The console's operations for screening (排查), warnings (预警), daily reports (日报告/零报告) and the
 * inbox (我的通知). Typed by graphql-codegen like `documents.ts`, against schema/supergraph.graphql.
 */
import { graphql } from '../graphql';

export const ScreeningReportFields = graphql(`
  fragment ScreeningReportFields on ScreeningReport {
    id
    cadence
    cycleKey
    cycleStartsOn
    cycleEndsOn
    dueOn
    nothingFound
    factors { description riskLevel peopleInvolved place measures responsible }
    filedAt
    updatedAt
    late
    version
    unit { id name kind }
  }
`);

export const UnitScreeningQuery = graphql(`
  query UnitScreening($unitId: ID!, $after: String) {
    department(id: $unitId) {
      id
      name
      kind
      screeningStatus {
        cycle { key cadence startsOn endsOn dueOn }
        overdue
        report { ...ScreeningReportFields }
      }
    }
    screeningReports(unitId: $unitId, first: 20, after: $after) {
      items { ...ScreeningReportFields }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export const FileScreeningReportMutation = graphql(`
  mutation FileScreeningReport($input: FileScreeningReportInput!) {
    fileScreeningReport(input: $input) { ...ScreeningReportFields }
  }
`);

export const BureauScreeningQuery = graphql(`
  query BureauScreening($cycle: String) {
    weekly: currentScreeningCycle(cadence: WEEKLY) { key cadence startsOn endsOn dueOn }
    monthly: currentScreeningCycle(cadence: MONTHLY) { key cadence startsOn endsOn dueOn }
    screeningCadences { unitKind cadence }
    missingScreeningReports(cycle: $cycle) {
      unitName
      unitKind
      cycle { key cadence startsOn endsOn dueOn }
      unit { id }
    }
  }
`);

export const ScreeningReportsQuery = graphql(`
  query ScreeningReports($unitId: ID, $cycle: String, $after: String) {
    screeningReports(unitId: $unitId, cycle: $cycle, first: 30, after: $after) {
      items { ...ScreeningReportFields }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export const SetScreeningCadenceMutation = graphql(`
  mutation SetScreeningCadence($unitKind: DepartmentKind!, $cadence: Cadence!) {
    setScreeningCadence(unitKind: $unitKind, cadence: $cadence) { unitKind cadence }
  }
`);

export const EarlyWarningFields = graphql(`
  fragment EarlyWarningFields on EarlyWarning {
    id
    expectedOn
    destinationLevel
    expectedHeadCount
    matter
    categoryMain
    categorySub
    filedAt
    status
    matchedCaseNumber
    visitRegisteredAt
    matchedAt
    filedBeforeVisit
    version
    unit { id name }
    township { id name }
    matchedCase { id }
  }
`);

export const EarlyWarningsQuery = graphql(`
  query EarlyWarnings($unitId: ID, $status: EarlyWarningStatus, $after: String) {
    earlyWarnings(unitId: $unitId, status: $status, first: 30, after: $after) {
      items { ...EarlyWarningFields }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export const EarlyWarningSuggestionsQuery = graphql(`
  query EarlyWarningSuggestions($id: ID!) {
    earlyWarning(id: $id) {
      ...EarlyWarningFields
      matchSuggestions { caseId number registeredAt form headCount levelVisited categoryMain categorySub score reasons beforeWarning }
    }
  }
`);

export const FileWarningMutation = graphql(`
  mutation FileWarning($input: FileWarningInput!) {
    fileWarning(input: $input) { ...EarlyWarningFields }
  }
`);

export const ConfirmWarningMatchMutation = graphql(`
  mutation ConfirmWarningMatch($warningId: ID!, $caseId: ID!, $version: Int) {
    confirmWarningMatch(warningId: $warningId, caseId: $caseId, version: $version) { ...EarlyWarningFields }
  }
`);

export const RejectWarningMatchMutation = graphql(`
  mutation RejectWarningMatch($warningId: ID!, $caseId: ID!, $version: Int) {
    rejectWarningMatch(warningId: $warningId, caseId: $caseId, version: $version) { ...EarlyWarningFields }
  }
`);

export const SensitivePeriodFields = graphql(`
  fragment SensitivePeriodFields on SensitivePeriod {
    id
    name
    startsOn
    endsOn
    cutoff
    declaredAt
    units { id name }
    days { day cutoffAt onTime late missing pending }
  }
`);

export const SensitivePeriodsQuery = graphql(`
  query SensitivePeriods {
    sensitivePeriods { ...SensitivePeriodFields }
  }
`);

export const DailyReportStatusQuery = graphql(`
  query DailyReportStatus($periodId: ID!, $day: String!) {
    dailyReportStatus(periodId: $periodId, day: $day) {
      day
      cutoffAt
      onTime
      late
      missing
      pending
      entries {
        state
        unit { id name }
        report { id zero content filedAt late }
      }
    }
  }
`);

export const DeclareSensitivePeriodMutation = graphql(`
  mutation DeclareSensitivePeriod($input: DeclareSensitivePeriodInput!) {
    declareSensitivePeriod(input: $input) { ...SensitivePeriodFields }
  }
`);

export const FileDailyReportMutation = graphql(`
  mutation FileDailyReport($input: FileDailyReportInput!) {
    fileDailyReport(input: $input) { id day zero content filedAt late }
  }
`);

export const NoticeFields = graphql(`
  fragment NoticeFields on Notice {
    id
    kind
    title
    body
    subjectType
    subjectId
    subjectLabel
    occurredAt
    createdAt
    readAt
  }
`);

export const MyNoticesQuery = graphql(`
  query MyNotices($unreadOnly: Boolean!, $after: String) {
    myNotices(unreadOnly: $unreadOnly, first: 20, after: $after) {
      items { ...NoticeFields }
      pageInfo { endCursor hasNextPage }
    }
    unreadNoticeCount
  }
`);

export const UnreadNoticeCountQuery = graphql(`
  query UnreadNoticeCount { unreadNoticeCount }
`);

export const MarkNoticesReadMutation = graphql(`
  mutation MarkNoticesRead($ids: [ID!]!) {
    markNoticesRead(ids: $ids) { id readAt }
  }
`);

export const MyNoticeContactsQuery = graphql(`
  query MyNoticeContacts { myNoticeContacts { email mobile updatedAt } }
`);

export const SetMyNoticeContactsMutation = graphql(`
  mutation SetMyNoticeContacts($email: String, $mobile: String) {
    setMyNoticeContacts(email: $email, mobile: $mobile) { email mobile updatedAt }
  }
`);

export const ReportingDutiesQuery = graphql(`
  query ReportingDuties($unitId: ID!, $today: String!) {
    department(id: $unitId) {
      id
      screeningStatus {
        cycle { key dueOn }
        overdue
        report { id late updatedAt }
      }
    }
    sensitivePeriods(activeOn: $today) { id name cutoff days { day cutoffAt onTime late missing pending } }
  }
`);

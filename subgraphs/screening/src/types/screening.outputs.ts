import { PageInfo } from '@lianban/kit';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { DailyReport } from '../entities/daily-report.entity';
import { ScreeningReport } from '../entities/screening-report.entity';
import { SensitivePeriod } from '../entities/sensitive-period.entity';
import { Warning } from '../entities/warning.entity';
import { Cadence, CaseForm, DailyReportState, DepartmentKind, VisitLevel } from './screening.enums';

@ObjectType()
export class ScreeningReportPage {
  @Field(() => [ScreeningReport])
  items!: ScreeningReport[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('EarlyWarningPage')
export class WarningPage {
  @Field(() => [Warning])
  items!: Warning[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: '排查周期: a China-time week or month' })
export class ScreeningCycle {
  @Field(() => String, { description: '2026-W48 or 2026-11' })
  key!: string;

  @Field(() => Cadence)
  cadence!: Cadence;

  @Field(() => String)
  startsOn!: string;

  @Field(() => String)
  endsOn!: string;

  @Field(() => String, { description: 'Due by the end of this day: the last working day of the cycle' })
  dueOn!: string;
}

@ObjectType({ description: 'A unit that has not filed its screening report for a cycle' })
export class MissingScreeningReport {
  unitId!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => DepartmentKind)
  unitKind!: DepartmentKind;

  @Field(() => ScreeningCycle)
  cycle!: ScreeningCycle;
}

@ObjectType({ description: 'How often a kind of unit screens' })
export class ScreeningCadenceSetting {
  @Field(() => DepartmentKind)
  unitKind!: DepartmentKind;

  @Field(() => Cadence)
  cadence!: Cadence;
}

@ObjectType('EarlyWarningMatchSuggestion', { description: 'A registered visit that may be the one a warning announced' })
export class WarningMatchSuggestion {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: '事项编号' })
  number!: string;

  @Field(() => GraphQLISODateTime)
  registeredAt!: Date;

  @Field(() => CaseForm)
  form!: CaseForm;

  @Field(() => Int)
  headCount!: number;

  @Field(() => VisitLevel)
  levelVisited!: VisitLevel;

  @Field(() => String)
  categoryMain!: string;

  @Field(() => String)
  categorySub!: string;

  @Field(() => Int, { description: '0..100: higher is likelier' })
  score!: number;

  @Field(() => [String], { description: 'Why it is suggested (township, days apart, category, head-count, level)' })
  reasons!: string[];

  @Field(() => Boolean, { description: 'Registered before the warning was filed: a match would not count for the unit' })
  beforeWarning!: boolean;
}

@ObjectType({ description: 'One unit\'s daily report of a day, at the cut-off' })
export class DailyReportStatusEntry {
  unitId!: string;

  @Field(() => DailyReportState)
  state!: DailyReportState;

  @Field(() => DailyReport, { nullable: true })
  report!: DailyReport | null;
}

@ObjectType({ description: 'The daily reports of one day of a sensitive period' })
export class DailyReportDay {
  @Field(() => SensitivePeriod)
  period!: SensitivePeriod;

  @Field(() => String)
  day!: string;

  @Field(() => GraphQLISODateTime, { description: 'The cut-off of the day (China time)' })
  cutoffAt!: Date;

  @Field(() => [DailyReportStatusEntry], { description: 'Missing first, then late, pending, on time' })
  entries!: DailyReportStatusEntry[];

  @Field(() => Int)
  onTime!: number;

  @Field(() => Int, { description: '迟报' })
  late!: number;

  @Field(() => Int, { description: '漏报' })
  missing!: number;

  @Field(() => Int, { description: 'Not filed, the cut-off has not come' })
  pending!: number;
}

@ObjectType({ description: 'Service call for the assessment engine: one unit\'s reporting in a range' })
export class UnitReportingFacts {
  @Field(() => ID)
  unitId!: string;

  @Field(() => Int)
  warningsFiled!: number;

  @Field(() => [ID])
  warnedCaseIds!: string[];

  @Field(() => Int)
  dailyReportsMissing!: number;

  @Field(() => Int)
  dailyReportsLate!: number;

  @Field(() => Int)
  screeningReportsMissing!: number;
}

@ObjectType({ description: 'One day of a sensitive period: how many units reported on time, late, or not at all' })
export class DailyReportTally {
  @Field(() => String)
  day!: string;

  @Field(() => GraphQLISODateTime, { description: 'The cut-off of the day (China time)' })
  cutoffAt!: Date;

  @Field(() => Int)
  onTime!: number;

  @Field(() => Int, { description: '迟报' })
  late!: number;

  @Field(() => Int, { description: '漏报: the cut-off passed without a report' })
  missing!: number;

  @Field(() => Int, { description: 'Not filed, the cut-off has not come' })
  pending!: number;
}

@ObjectType({ description: 'A unit\'s current screening cycle and its report' })
export class UnitScreeningStatus {
  @Field(() => ScreeningCycle)
  cycle!: ScreeningCycle;

  @Field(() => ScreeningReport, { nullable: true, description: 'The report filed for the cycle, if any' })
  report!: ScreeningReport | null;

  @Field(() => Boolean, { description: 'Not filed and past due' })
  overdue!: boolean;
}

import { Field, ID, InputType, Int } from 'type-graphql';
import { RiskLevel, VisitLevel } from './screening.enums';

@InputType({ description: '不稳定因素' })
export class UnstableFactorInput {
  @Field(() => String, { description: '情况' })
  description!: string;

  @Field(() => RiskLevel)
  riskLevel!: RiskLevel;

  @Field(() => Int, { description: '涉及人数' })
  peopleInvolved!: number;

  @Field(() => String, { description: '地点' })
  place!: string;

  @Field(() => String, { description: '已采取的措施' })
  measures!: string;

  @Field(() => String, { description: '责任人' })
  responsible!: string;
}

@InputType()
export class FileScreeningReportInput {
  @Field(() => ID, { nullable: true, description: 'The unit reporting: a liaison\'s own unit when left out; required when the bureau files' })
  unitId?: string;

  @Field(() => String, { nullable: true, description: 'The cycle (2026-W48, 2026-11); the current cycle of the unit when left out' })
  cycle?: string;

  @Field(() => Boolean, { description: '无: the screening found nothing (then factors is empty)' })
  nothingFound!: boolean;

  @Field(() => [UnstableFactorInput], { defaultValue: [] })
  factors!: UnstableFactorInput[];

  @Field(() => Int, { nullable: true, description: 'To replace the report already filed for the cycle: the version read' })
  version?: number;
}

@InputType()
export class FileWarningInput {
  @Field(() => ID, { nullable: true, description: 'The unit warning: a liaison\'s own unit when left out; required when the bureau files' })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: '属地: the township or street the visitors come from; the unit itself when it is one' })
  townshipId?: string;

  @Field(() => String, { description: '预计日期, YYYY-MM-DD (China time), today or later' })
  expectedOn!: string;

  @Field(() => VisitLevel, { description: '去向' })
  destinationLevel!: VisitLevel;

  @Field(() => Int, { description: '预计人数, 1 or more' })
  expectedHeadCount!: number;

  @Field(() => String, { description: '事由' })
  matter!: string;

  @Field(() => String, { nullable: true })
  categoryMain?: string;

  @Field(() => String, { nullable: true })
  categorySub?: string;
}

@InputType()
export class DeclareSensitivePeriodInput {
  @Field(() => String, { description: 'e.g. 全国两会' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD (China time)' })
  startsOn?: string;

  @Field(() => String, { nullable: true, description: 'Last day, not before the first' })
  endsOn?: string;

  @Field(() => [ID], { description: 'The units concerned' })
  unitIds!: string[];

  @Field(() => String, { defaultValue: '10:00', description: 'Daily cut-off, HH:MM China time' })
  cutoff!: string;
}

@InputType()
export class FileDailyReportInput {
  @Field(() => ID)
  periodId!: string;

  @Field(() => ID, { nullable: true, description: 'A liaison\'s own unit when left out; required when the bureau files' })
  unitId?: string;

  @Field(() => String, { nullable: true, description: 'The day reported on; today (China time) when left out' })
  day?: string;

  @Field(() => Boolean, { description: '零报告: nothing happened' })
  zero!: boolean;

  @Field(() => String, { nullable: true, description: 'What happened (required unless zero)' })
  content?: string;
}

import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { BulletinFormat, PeriodKind, RankingGroup, UnitScope } from './assessment.enums';
import { DepartmentRef } from './department.type';
import { SchemeDefinitionScalar } from './json.scalar';

@InputType({ description: 'A version of a scheme document: who, which periods, and its rules' })
export class SchemeVersionInput {
  @Field(() => String, { description: '文号, e.g. 党办〔2024〕25号' })
  documentNumber!: string;

  @Field(() => String, { description: 'e.g. 乡镇（街道）信访工作考核办法' })
  name!: string;

  @Field(() => String, { nullable: true, description: '印发机关' })
  issuingBody?: string;

  @Field(() => PeriodKind)
  periodKind!: PeriodKind;

  @Field(() => UnitScope)
  unitScope!: UnitScope;

  @Field(() => String, { description: 'First period, e.g. 2024-Q1' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last period; open-ended when not given' })
  validUntil?: string;

  @Field(() => SchemeDefinitionScalar)
  definition!: unknown;
}

@ObjectType({ description: 'A case that moved a rule, by number (never petitioners)' })
export class ExplainedCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  number!: string;

  @Field(() => Int, { description: '人数' })
  persons!: number;

  @Field(() => Float, { description: 'Points it moved (0 for rates and counts that score as a whole)' })
  points!: number;

  @Field(() => Boolean, { description: '事前预警: counted half' })
  warned!: boolean;

  @Field(() => Float, { description: 'Multiplier applied (e.g. 2 for a repeat counted double)' })
  factor!: number;
}

@ObjectType({ description: 'One rule\'s part in a unit\'s score' })
export class ScoreLine {
  @Field(() => String)
  ruleId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'RATE, DEDUCTION, BONUS, RANK_BONUS, CHANGE' })
  kind!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => Float, { description: 'The count, or the rate\'s numerator' })
  value!: number;

  @Field(() => Float, { nullable: true })
  denominator?: number;

  @Field(() => Float, { nullable: true })
  rate?: number;

  @Field(() => Float, { nullable: true, description: 'Per 10,000 residents' })
  perCapita?: number;

  @Field(() => Float, { nullable: true, description: 'The same count a year earlier' })
  lastYearValue?: number;

  @Field(() => Float, { description: 'Points added (positive) or taken off (negative)' })
  points!: number;

  @Field(() => String, { description: 'Why, in a sentence' })
  note!: string;

  @Field(() => [ExplainedCase])
  cases!: ExplainedCase[];
}

@ObjectType({ description: '一票否决 that applied' })
export class VetoApplied {
  @Field(() => String)
  ruleId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'RANK_LAST or NO_REWARD' })
  effect!: string;

  @Field(() => String)
  note!: string;

  @Field(() => [ExplainedCase])
  cases!: ExplainedCase[];
}

@ObjectType({ description: 'Rank interval over the Monte-Carlo runs (OECD/JRC uncertainty analysis)' })
export class RankInterval {
  @Field(() => Int)
  medianRank!: number;

  @Field(() => Int, { description: '5th percentile (best plausible) rank' })
  rankLow!: number;

  @Field(() => Int, { description: '95th percentile (worst plausible) rank' })
  rankHigh!: number;

  @Field(() => Float)
  rewardShare!: number;

  @Field(() => Float)
  keyManagementShare!: number;

  @Field(() => Boolean, { description: 'The published reward status holds in at least 90% of the runs' })
  rewardRobust!: boolean;

  @Field(() => Boolean, { description: 'The published key-management status holds in at least 90% of the runs' })
  keyManagementRobust!: boolean;
}

@ObjectType({ description: 'A unit\'s result in a run, explained line by line' })
export class RunEntry {
  @Field(() => ID)
  unitId!: string;

  @Field(() => DepartmentRef)
  unit!: DepartmentRef;

  @Field(() => String, { description: 'Unit name at computation' })
  name!: string;

  @Field(() => RankingGroup)
  group!: RankingGroup;

  @Field(() => Int, { nullable: true })
  population?: number | null;

  @Field(() => Float)
  score!: number;

  @Field(() => Int)
  rank!: number;

  @Field(() => Int)
  rankedUnits!: number;

  @Field(() => Int, { nullable: true })
  previousRank?: number | null;

  @Field(() => Int, { nullable: true, description: 'Places gained since the previous period (negative: lost)' })
  rankChange?: number | null;

  @Field(() => Boolean)
  inRewardGroup!: boolean;

  @Field(() => Boolean)
  inKeyManagementGroup!: boolean;

  @Field(() => Boolean, { description: 'Out of the reward group by a veto' })
  outOfRewards!: boolean;

  @Field(() => Boolean, { description: 'Ranked last by a veto' })
  rankedLast!: boolean;

  @Field(() => [VetoApplied])
  vetoes!: VetoApplied[];

  @Field(() => [ScoreLine])
  lines!: ScoreLine[];

  @Field(() => RankInterval, { nullable: true })
  robustness?: RankInterval;
}

@ObjectType({ description: '通报: a downloadable file, base64-encoded' })
export class Bulletin {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => BulletinFormat)
  format!: BulletinFormat;

  @Field(() => String, { description: 'The file, base64' })
  contentBase64!: string;
}

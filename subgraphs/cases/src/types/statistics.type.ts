import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CaseForm, Channel, VisitLevel } from './case.enums';

/** A count this period, the same period a year earlier, and the change; rounding is for display only. */
@ObjectType({ description: '一个数字及其同比' })
export class Figure {
  @Field(() => Int)
  value!: number;

  @Field(() => Int, { nullable: true, description: 'The same period a year earlier' })
  lastYear?: number;

  @Field(() => Float, { nullable: true, description: 'Change against last year as a ratio (-0.345 is a 34.5% fall); null when last year was 0' })
  change?: number;

  @Field(() => String, { nullable: true, description: 'e.g. 下降34.5%, 上升2.0%, 持平' })
  changeText?: string;
}

@ObjectType({ description: '按渠道: 件次, and for visits 批次 and 人次' })
export class ChannelFigures {
  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Figure, { description: '件次 (matters)' })
  matters!: Figure;

  @Field(() => Figure, { description: '批次 (batches; for visits)' })
  batches!: Figure;

  @Field(() => Figure, { description: '人次 (person-visits; for visits)' })
  persons!: Figure;
}

@ObjectType({ description: '个人访/集体访' })
export class FormFigures {
  @Field(() => CaseForm)
  form!: CaseForm;

  @Field(() => Figure, { description: '批次' })
  batches!: Figure;

  @Field(() => Figure, { description: '人次' })
  persons!: Figure;
}

@ObjectType({ description: '越级访 by level, and how many are closed' })
export class SkipLevelFigures {
  @Field(() => VisitLevel)
  level!: VisitLevel;

  @Field(() => Figure, { description: '批次' })
  batches!: Figure;

  @Field(() => Figure, { description: '人次' })
  persons!: Figure;

  @Field(() => Figure, { description: 'Of these, closed (办结)' })
  closed!: Figure;
}

@ObjectType({ description: 'A problem category and its share of the total' })
export class CategoryFigures {
  @Field(() => String)
  categoryMain!: string;

  @Field(() => String, { nullable: true, description: 'Set when grouped by sub-category' })
  categorySub?: string;

  @Field(() => Figure, { description: '件次' })
  matters!: Figure;

  @Field(() => Figure, { description: '人次' })
  persons!: Figure;

  @Field(() => Float, { description: 'Share of all matters (0..1)' })
  shareOfMatters!: number;

  @Field(() => Float, { description: 'Share of all persons (0..1)' })
  shareOfPersons!: number;
}

@ObjectType({ description: '热线: calls received, closed, closure rate' })
export class HotlineFigures {
  @Field(() => Figure)
  received!: Figure;

  @Field(() => Figure)
  closed!: Figure;

  @Field(() => Float, { nullable: true, description: 'closed / received (0..1); null with no calls' })
  closureRate?: number;

  @Field(() => Float, { nullable: true, description: 'The same rate a year earlier' })
  closureRateLastYear?: number;
}

@ObjectType({ description: '信访情况统计: the office report for a period' })
export class CaseStatistics {
  @Field(() => GraphQLISODateTime)
  from!: Date;

  @Field(() => GraphQLISODateTime)
  to!: Date;

  @Field(() => Figure, { description: 'All intakes, 件次 (merged duplicates each count)' })
  matters!: Figure;

  @Field(() => Figure, { description: 'All people, 人次' })
  persons!: Figure;

  @Field(() => [ChannelFigures])
  byChannel!: ChannelFigures[];

  @Field(() => Figure, { description: 'Visits (来访 and 领导接访): 批次' })
  visitBatches!: Figure;

  @Field(() => Figure, { description: 'Visits: 人次' })
  visitPersons!: Figure;

  @Field(() => [FormFigures], { description: 'Visits, individual vs collective' })
  byForm!: FormFigures[];

  @Field(() => [SkipLevelFigures], { description: '越级访: to Beijing, the province, the city' })
  skipLevel!: SkipLevelFigures[];

  @Field(() => [CategoryFigures], { description: 'Categories, largest first' })
  topCategories!: CategoryFigures[];

  @Field(() => HotlineFigures)
  hotline!: HotlineFigures;
}

export enum CategoryLevel {
  MAIN = 'MAIN',
  SUB = 'SUB',
}
registerEnumType(CategoryLevel, { name: 'CategoryLevel', description: '按一级或二级问题类别' });

@InputType({ description: 'Which intakes the report counts' })
export class StatisticsFilter {
  @Field(() => [Channel], { nullable: true })
  channels?: Channel[];

  @Field(() => CaseForm, { nullable: true })
  form?: CaseForm;

  @Field(() => [VisitLevel], { nullable: true })
  levels?: VisitLevel[];

  @Field(() => ID, { nullable: true })
  townshipId?: string;

  @Field(() => ID, { nullable: true })
  leadDepartmentId?: string;
}

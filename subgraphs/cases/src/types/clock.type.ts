import { Field, Float, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Card, ClockKind, DayCount, Warning } from '../clocks/rules';

/** One statutory clock of a case, with the rule that set it and where it stands. */
@ObjectType({ description: '办理时限' })
export class CaseClock {
  @Field(() => ClockKind)
  clock!: ClockKind;

  @Field(() => String, { description: 'The rule that produced the deadline, e.g. 《信访工作条例》第三十三条: 自受理之日起60日内办结' })
  basis!: string;

  @Field(() => String, { description: 'The rule set, e.g. 《信访工作条例》(2022)' })
  ruleSet!: string;

  @Field(() => Int)
  days!: number;

  @Field(() => DayCount)
  count!: DayCount;

  @Field(() => Int, { description: 'Days added by approved extensions' })
  extensionDays!: number;

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;

  @Field(() => String, { description: 'Due day (YYYY-MM-DD, CST); due at its end' })
  dueDay!: string;

  @Field(() => GraphQLISODateTime, { description: 'The end of dueDay, China time (23:59:59.999+08:00)' })
  dueAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The day the period ended on before it was moved to the next working day because that day was a rest day (《民法典》第二百零三条)',
  })
  dueDayMovedFrom?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the clock stopped (the work was done)' })
  stoppedAt?: Date;

  @Field(() => Card)
  card!: Card;

  @Field(() => Warning)
  warning!: Warning;

  @Field(() => Float, { description: 'Share of the allowed time used' })
  used!: number;

  @Field(() => String, { nullable: true, description: 'Set when working days were counted without a published official calendar' })
  calendarNote?: string;
}

@ObjectType({ description: 'Open cases by card' })
export class CardCounts {
  @Field(() => Int)
  green!: number;

  @Field(() => Int)
  yellow!: number;

  @Field(() => Int)
  red!: number;
}

import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { SensitivePeriod } from './sensitive-period.entity';

/**
 * 日报告: a unit's report of one day of a sensitive period; a zero report (零报告) says nothing happened.
 * Filed once: its filing time decides whether it was on time, so it is never replaced.
 */
@ObjectType({ description: '日报告' })
@Entity({ tableName: 'daily_report' })
@Unique({ properties: ['period', 'unitId', 'day'] })
@Index({ properties: ['unitId', 'day'] })
export class DailyReport {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => SensitivePeriod, { deleteRule: 'cascade' })
  period!: SensitivePeriod;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, { description: 'The day reported on, YYYY-MM-DD (China time)' })
  @Property({ type: 'date' })
  day!: string;

  @Field(() => Boolean, { description: '零报告: nothing happened' })
  @Property({ type: 'boolean' })
  zero!: boolean;

  @Field(() => String, { nullable: true, description: 'What happened (none on a zero report)' })
  @Property({ type: 'text', nullable: true })
  content?: string;

  @Field(() => GraphQLISODateTime, { description: '报送时间' })
  @Property({ type: 'datetime' })
  filedAt!: Date;

  @Property({ type: 'uuid' })
  filedBy!: string;

  @Field(() => Boolean, { description: '迟报: filed after the cut-off of its day' })
  @Property({ type: 'boolean' })
  late!: boolean;
}

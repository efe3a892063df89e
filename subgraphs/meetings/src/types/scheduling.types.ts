import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { BusySubject } from '../entities/busy-time.entity';

@InputType({ description: 'A new room' })
export class CreateRoomInput {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  seats!: number;
}

@InputType({ description: 'What changes in a room (fields left out stay as they are)' })
export class UpdateRoomInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Int, { nullable: true })
  seats?: number;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

@InputType({ description: 'A busy time: weekly (weekday, startTime, endTime) or once (startsAt, endsAt)' })
export class CreateBusyTimeInput {
  @Field(() => BusySubject)
  subjectKind!: BusySubject;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => String, { description: 'e.g. 区委常委会' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'ISO weekday, 1 Monday .. 7 Sunday' })
  weekday?: number;

  @Field(() => String, { nullable: true, description: 'HH:MM' })
  startTime?: string;

  @Field(() => String, { nullable: true, description: 'HH:MM' })
  endTime?: string;

  @Field(() => Date, { nullable: true })
  startsAt?: Date;

  @Field(() => Date, { nullable: true })
  endsAt?: Date;
}

@ObjectType('OfficeHours', { description: 'A period of office hours, China time' })
@InputType('OfficeHoursInput')
export class OfficeHoursType {
  @Field(() => String, { description: 'HH:MM' })
  start!: string;

  @Field(() => String, { description: 'HH:MM' })
  end!: string;
}

@ObjectType('SchedulingWeights', { description: 'Weights of the soft constraints (0 switches one off)' })
@InputType('SchedulingWeightsInput')
export class WeightsType {
  @Field(() => Float, { nullable: true, description: '希望出席的人员能出席: per preferred attendee who is busy' })
  preferredAttendees?: number;

  @Field(() => Float, { nullable: true, description: '尽早召开: per working day from the start of the horizon' })
  sooner?: number;

  @Field(() => Float, { nullable: true, description: '同一单位半天内只参加一场: per extra session' })
  unitSameHalfDay?: number;

  @Field(() => Float, { nullable: true, description: '同一会议室两场会之间留出间隔: per back-to-back pair' })
  roomBreak?: number;

  @Field(() => Float, { nullable: true, description: '会议室尽量不变: per session given another room than the current plan' })
  stableRooms?: number;

  @Field(() => Float, { nullable: true, description: '优先使用大会议室: per larger room left unused' })
  largerRooms?: number;

  @Field(() => Float, { nullable: true, description: '少空座位: per ten empty seats' })
  seatWaste?: number;

  @Field(() => Float, { nullable: true, description: '重新排会时尽量少改动: per session moved' })
  moves?: number;
}

@ObjectType('SchedulingSettings', { description: '排会设置' })
export class SchedulingSettingsType {
  @Field(() => [OfficeHoursType])
  officeHours!: OfficeHoursType[];

  @Field(() => Int)
  grainMinutes!: number;

  @Field(() => Int)
  defaultDurationMinutes!: number;

  @Field(() => Int, { description: 'Sessions are held this many days before an agenda case falls due' })
  deadlineMarginDays!: number;

  @Field(() => Int, { description: 'People each required unit sends (for room sizes)' })
  personsPerUnit!: number;

  @Field(() => WeightsType)
  weights!: WeightsType;

  @Field(() => [ID], { description: 'People at every session (the convenor, ...)' })
  standingAttendees!: string[];
}

@InputType({ description: 'What changes in the scheduling settings (fields left out stay as they are)' })
export class UpdateSchedulingSettingsInput {
  @Field(() => [OfficeHoursType], { nullable: true })
  officeHours?: OfficeHoursType[];

  @Field(() => Int, { nullable: true })
  grainMinutes?: number;

  @Field(() => Int, { nullable: true })
  defaultDurationMinutes?: number;

  @Field(() => Int, { nullable: true })
  deadlineMarginDays?: number;

  @Field(() => Int, { nullable: true })
  personsPerUnit?: number;

  @Field(() => WeightsType, { nullable: true })
  weights?: WeightsType;

  @Field(() => [ID], { nullable: true })
  standingAttendees?: string[];
}

@ObjectType('PlannedSession', { description: 'A session in a plan: where and when it is proposed' })
export class PlannedSessionType {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => Date)
  startsAt!: string;

  @Field(() => Date)
  endsAt!: string;

  @Field(() => ID, { nullable: true })
  roomId?: string | null;

  @Field(() => Boolean, { description: 'Differs from where the session is now' })
  moved!: boolean;

  @Field(() => Boolean, { description: 'Pinned or published: kept where it was' })
  kept!: boolean;

  @Field(() => Boolean, { description: 'A planned session this plan places (the others were planned around)' })
  planned!: boolean;
}

@ObjectType('ConstraintScore', { description: 'How a plan does on one constraint' })
export class ConstraintScoreType {
  @Field(() => String, { description: 'e.g. no-double-booking, busy-times, sooner' })
  constraint!: string;

  @Field(() => String, { description: 'HARD or SOFT' })
  kind!: string;

  @Field(() => String, { description: 'The constraint in Chinese' })
  label!: string;

  @Field(() => Int)
  violations!: number;

  @Field(() => Float, { description: 'Weighted penalty (soft) or violations (hard)' })
  penalty!: number;
}

@ObjectType('PlanReason', { description: 'Why a constraint is violated, in the users\' words' })
export class PlanReasonType {
  @Field(() => String)
  constraint!: string;

  @Field(() => [ID])
  sessionIds!: string[];

  @Field(() => String)
  message!: string;
}

@ObjectType('ConflictGroup', { description: 'One constraint of a conflicting set' })
export class ConflictGroupType {
  @Field(() => String, { description: 'deadline, busy, capacity, pinned, fixed, attend or room' })
  kind!: string;

  @Field(() => ID, { description: 'The session, person, unit or room it is about' })
  subject!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('PlanConflict', { description: 'Hard constraints that cannot all hold: drop any one and the rest can' })
export class PlanConflictType {
  @Field(() => String)
  message!: string;

  @Field(() => [ConflictGroupType])
  groups!: ConflictGroupType[];

  @Field(() => Boolean, { description: 'false when the search for the smallest set ran out of time' })
  minimal!: boolean;
}

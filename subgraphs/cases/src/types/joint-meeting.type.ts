import { PageInfo } from '@lianban/kit';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Case } from '../entities/case.entity';
import { CaseStatus } from './case.enums';

/** Who must attend when the joint meeting takes a case up (service call `caseParticipants`). */
@ObjectType({ description: 'Who handles a case: the units and the leader a joint-meeting session must have in the room' })
export class CaseParticipants {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: '事项编号' })
  number!: string;

  @Field(() => ID, { nullable: true, description: '牵头单位; null until the case is assigned' })
  leadUnitId?: string | null;

  @Field(() => [ID], { description: '配合单位 whose part is not withdrawn' })
  cooperatingUnitIds!: string[];

  @Field(() => ID, { nullable: true, description: '包案领导 (a person id of the departments directory)' })
  ownerLeaderId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the handling clock (办理期限) falls due; null when it is not running' })
  handlingDueAt?: Date | null;

  @Field(() => ID, { nullable: true, description: '属地' })
  townshipId?: string | null;
}

/** Why a case is proposed to the joint meeting. */
export enum HardCaseReason {
  /** 积案: open longer than the days asked */
  LONG_STANDING = 'LONG_STANDING',
  /** 重复访 */
  REPEAT = 'REPEAT',
  /** 越级访 */
  SKIP_LEVEL = 'SKIP_LEVEL',
  /** 集体访 */
  COLLECTIVE = 'COLLECTIVE',
  /** 超期 (红牌): a unit's clock ran out */
  OVERDUE = 'OVERDUE',
  /** 挂牌督办 */
  PLACARDED = 'PLACARDED',
  /** 管辖争议: the lead was handed to another unit (the units disputed who is competent) */
  DISPUTED_COMPETENCE = 'DISPUTED_COMPETENCE',
}

registerEnumType(HardCaseReason, {
  name: 'HardCaseReason',
  description: '疑难案件的提请理由',
  valuesConfig: {
    LONG_STANDING: { description: '积案: 办理时间超过所问天数' },
    REPEAT: { description: '重复访' },
    SKIP_LEVEL: { description: '越级访' },
    COLLECTIVE: { description: '集体访' },
    OVERDUE: { description: '超期 (红牌)' },
    PLACARDED: { description: '挂牌督办' },
    DISPUTED_COMPETENCE: { description: '管辖争议: 牵头单位曾被更换' },
  },
});

@ObjectType({ description: '疑难案件候选: a case the cases subgraph proposes for a joint-meeting agenda, with why' })
export class HardCaseCandidate {
  @Field(() => Case)
  case!: Case;

  @Field(() => [HardCaseReason])
  reasons!: HardCaseReason[];

  @Field(() => [String], { description: 'Each reason in the users\' words, e.g. 办理期限已超期12天' })
  explanations!: string[];

  @Field(() => Int, { description: 'Days since registration' })
  openDays!: number;
}

@ObjectType({ description: 'A page of candidate hard cases, longest open first' })
export class HardCaseCandidatePage {
  @Field(() => [HardCaseCandidate])
  items!: HardCaseCandidate[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/** Where a case stands for the follow-up of a joint-meeting decision (service call `caseOutcomes`). */
@ObjectType({ description: 'Whether a case was replied to or closed, for the follow-up (督查) of joint-meeting decisions' })
export class CaseOutcome {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String)
  number!: string;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  repliedAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt?: Date | null;
}

@InputType({ description: '联席会议决定: who leads, who cooperates and which leader owns a case, as a session decided' })
export class JointMeetingDecisionInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: 'The session that decided, e.g. 第三十次信访联席工作会议 (the timeline names it)' })
  meetingTitle!: string;

  @Field(() => ID)
  leadUnitId!: string;

  @Field(() => [ID], { defaultValue: [] })
  cooperatingUnitIds!: string[];

  @Field(() => ID, { nullable: true, description: '包案领导; unchanged when not given' })
  ownerLeaderId?: string;

  @Field(() => String, { nullable: true, description: 'By when the session wants it done (YYYY-MM-DD, China time); noted on the timeline' })
  deadline?: string;
}

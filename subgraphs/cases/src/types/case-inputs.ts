import { Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { CaseForm, Channel, Priority, Satisfaction, SupervisionMethod, VisitLevel } from './case.enums';

@InputType({ description: '信访人' })
export class PetitionerInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: '身份证号 (GB 11643, checked)' })
  idNumber?: string;

  @Field(() => String, { nullable: true })
  phone?: string;

  @Field(() => String, { nullable: true })
  address?: string;
}

@InputType()
export class AttachmentInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => Int)
  sizeBytes!: number;
}

@InputType({ description: '登记: a new matter from any channel' })
export class RegisterCaseInput {
  @Field(() => String, { nullable: true, description: 'Client-chosen key: sending the same registration twice creates one case' })
  idempotencyKey?: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => [PetitionerInput], { description: 'One or more; the first is the contact or representative' })
  petitioners!: PetitionerInput[];

  @Field(() => CaseForm)
  form!: CaseForm;

  @Field(() => Int, { description: '人数; 5 or more for a collective visit' })
  headCount!: number;

  @Field(() => VisitLevel, { defaultValue: VisitLevel.DISTRICT, description: '访别' })
  levelVisited!: VisitLevel;

  @Field(() => VisitLevel, { nullable: true, description: 'Required for ASSIGNED_FROM_ABOVE: the assigning level' })
  assigningLevel?: VisitLevel;

  @Field(() => String, { nullable: true, description: 'Required for ASSIGNED_FROM_ABOVE: the document number' })
  assigningDocument?: string;

  @Field(() => ID, { description: '属地: township or street of origin' })
  townshipId!: string;

  @Field(() => String)
  categoryMain!: string;

  @Field(() => String)
  categorySub!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { nullable: true })
  demands?: string;

  @Field(() => Priority, { defaultValue: Priority.NORMAL })
  priority!: Priority;

  @Field(() => String, { defaultValue: 'NATIONAL', description: 'Rule set of the clocks' })
  ruleSet!: string;

  @Field(() => [AttachmentInput], { defaultValue: [] })
  attachments!: AttachmentInput[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was received, if not now (not in the future)' })
  receivedAt?: Date;

  @Field(() => ID, { nullable: true, description: 'Not used: the timeline always records the signed-in caller as the actor (首问责任人 for a registration)' })
  actorId?: string;

  @Field(() => ID, { nullable: true })
  unitId?: string;
}

/** The common part of every change to a case: which case, at which version, by whom. */
@InputType({ description: 'A change to a case at the version the client last saw' })
export class CaseChangeInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: 'The version read; a newer one on the server is a CONFLICT' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Not used: the timeline always records the signed-in caller as the actor' })
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'The unit acting' })
  unitId?: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType()
export class RejectCaseInput extends CaseChangeInput {
  @Field(() => String, { description: '不予受理理由' })
  reason!: string;

  @Field(() => String, { description: 'The organ the petitioner should go to' })
  redirectTo!: string;
}

@InputType()
export class CooperatingUnitInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => Int, { nullable: true, description: 'Days for its sub-task (default: the handling deadline)' })
  days?: number;
}

@InputType()
export class AssignCaseInput extends CaseChangeInput {
  @Field(() => ID, { description: '牵头单位' })
  leadUnitId!: string;

  @Field(() => [CooperatingUnitInput], { defaultValue: [] })
  cooperating!: CooperatingUnitInput[];

  @Field(() => ID, { nullable: true, description: '包案领导' })
  leaderId?: string;

  @Field(() => ID, { nullable: true, description: '承办人' })
  handlerId?: string;
}

@InputType()
export class ReplyCaseInput extends CaseChangeInput {
  @Field(() => String, { description: '答复意见' })
  reply!: string;
}

@InputType()
export class CloseCaseInput extends CaseChangeInput {
  @Field(() => Satisfaction)
  satisfaction!: Satisfaction;
}

@InputType()
export class DecideInput extends CaseChangeInput {
  @Field(() => String, { description: '复查/复核意见' })
  opinion!: string;
}

@InputType()
export class ExtendDeadlineInput extends CaseChangeInput {
  @Field(() => Int)
  days!: number;

  @Field(() => ID, { description: '审批人' })
  approverId!: string;

  @Field(() => String, { description: 'Why; the petitioner is told (延期告知)' })
  reason!: string;
}

@InputType()
export class ReassignLeadInput extends CaseChangeInput {
  @Field(() => ID)
  leadUnitId!: string;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: '管辖异议: the lead unit disputes that it is competent for the matter' })
export class DisputeCompetenceInput extends CaseChangeInput {
  @Field(() => String, { description: 'Why the unit holds it is not competent (职责依据)' })
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'The unit it holds competent, if it can name one' })
  proposedUnitId?: string;
}

@InputType({ description: '维持牵头: the bureau decides the lead unit stays, ending its dispute' })
export class KeepLeadUnitInput extends CaseChangeInput {
  @Field(() => String, { description: 'Why the lead stays (kept on the timeline)' })
  reason!: string;
}

@InputType()
export class AddCooperatingUnitInput extends CaseChangeInput {
  @Field(() => ID)
  cooperatingUnitId!: string;

  @Field(() => Int, { nullable: true })
  days?: number;
}

@InputType()
export class TaskChangeInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Not used: the timeline always records the signed-in caller as the actor' })
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'The result, when completing' })
  result?: string;
}

@InputType()
export class SuperviseCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  supervisorId!: string;

  @Field(() => SupervisionMethod)
  method!: SupervisionMethod;

  @Field(() => String)
  request!: string;

  @Field(() => String, { nullable: true })
  answer?: string;

  @Field(() => Boolean, { defaultValue: false, description: '挂牌督办' })
  placard!: boolean;
}

@InputType()
export class MergeCasesInput {
  @Field(() => ID, { description: 'The case that stays' })
  intoCaseId!: string;

  @Field(() => [ID], { description: 'Duplicates from other channels' })
  caseIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Not used: the timeline always records the signed-in caller as the actor' })
  actorId?: string;

  @Field(() => String)
  reason!: string;
}

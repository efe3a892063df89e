import { randomUUID } from 'node:crypto';
import { ConflictError, NO_NOTICES, type NoticeJob, type NoticePublisher, NotFoundError, ValidationError, checkId, checkText } from '@lianban/kit';
import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type WorkCalendar, addDays, dayOf, endOfDay } from '@lianban/kit';
import { ClockKind, RULE_SETS, type RuleSet, computeDeadline } from '../clocks/rules';
import { CaseEvent } from '../entities/case-event.entity';
import { CaseTask } from '../entities/case-task.entity';
import { Case } from '../entities/case.entity';
import { Petitioner } from '../entities/petitioner.entity';
import { Extension, Supervision } from '../entities/supervision.entity';
import {
  CaseForm,
  CaseStatus,
  Channel,
  FINISHED_STATUSES,
  TaskRole,
  TaskStatus,
  VisitLevel,
} from '../types/case.enums';
import type {
  AddCooperatingUnitInput,
  AssignCaseInput,
  CaseChangeInput,
  CloseCaseInput,
  DecideInput,
  DisputeCompetenceInput,
  ExtendDeadlineInput,
  KeepLeadUnitInput,
  MergeCasesInput,
  ReassignLeadInput,
  RegisterCaseInput,
  RejectCaseInput,
  ReplyCaseInput,
  SuperviseCaseInput,
  TaskChangeInput,
} from '../types/case-inputs';
import type { JointMeetingDecisionInput } from '../types/joint-meeting.type';
import { phoneProblem, residentIdProblem } from '../validation/identity';
import { type Directory, checkAgainstDirectory } from './directory';
import { caseNotices } from './notices';

/** Who acts and when; `now` is injectable so clocks can be tested. */
export interface Actor {
  actorId?: string;
  unitId?: string;
}

const text = checkText;

/**
 * The petition lifecycle (domain.md §3): every change checks the state it starts from and the version
 * the client saw, runs in one transaction and leaves an event on the case's timeline.
 */
export class LifecycleService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: WorkCalendar,
    private readonly now: () => Date,
    private readonly directory: Directory,
    /** Headers the directory call passes on (the kit's `forwardedHeaders` of the request). */
    private readonly forwarded: Record<string, string> = {},
    /** Where the notices of an assignment, a task or a supervision go, in the transaction of the change. */
    private readonly notices: NoticePublisher = NO_NOTICES,
  ) {}

  /** Checks the units and people a change names (and who acts) against the unit directory. */
  private verify(
    actor: Actor,
    units: { id: string | undefined; field: string; rule?: 'territorial' | 'any' }[] = [],
    people: { id: string | undefined; field: string; leader?: boolean }[] = [],
    category?: { main: string; sub: string },
  ) {
    return checkAgainstDirectory(
      this.directory,
      this.forwarded,
      [...units.map((u) => ({ ...u, rule: u.rule ?? ('any' as const) })), { id: actor.unitId, field: 'input.unitId', rule: 'any' as const }],
      [...people, { id: actor.actorId, field: 'input.actorId' }],
      category,
    );
  }

  // ---------------------------------------------------------------- intake

  async register(input: RegisterCaseInput): Promise<Case> {
    const checked = this.checkRegistration(input);
    await this.verify(input, [{ id: checked.townshipId, field: 'input.townshipId', rule: 'territorial' }], [], {
      main: checked.categoryMain,
      sub: checked.categorySub,
    });
    const replayed = await this.replayed(this.em, input, checked);
    if (replayed) return replayed;
    return this.em.transactional(async (em) => {
      const year = dayOf(checked.receivedAt).slice(0, 4);
      const number = await this.nextNumber(em, year);
      // a registration with the same key that committed while we waited for the number: answer with its case
      const committed = await this.replayed(em, input, checked);
      if (committed) return committed;
      const repeat = await this.findRepeatedMatter(em, input);
      const matter = em.create(Case, {
        id: randomUUID(),
        number,
        channel: input.channel,
        form: input.form,
        headCount: input.headCount,
        levelVisited: input.levelVisited,
        assigningLevel: input.assigningLevel,
        assigningDocument: checked.assigningDocument,
        townshipId: checked.townshipId,
        categoryMain: checked.categoryMain,
        categorySub: checked.categorySub,
        summary: checked.summary,
        demands: checked.demands,
        priority: input.priority,
        ruleSet: input.ruleSet,
        attachments: input.attachments.map((a) => ({ name: a.name, mimeType: a.mimeType, sizeBytes: a.sizeBytes })),
        idempotencyKey: input.idempotencyKey,
        status: CaseStatus.REGISTERED,
        registeredAt: checked.receivedAt,
        isRepeat: Boolean(repeat),
        repeatOfId: repeat?.id,
        notToBeAcceptedAgain: repeat?.status === CaseStatus.TERMINATED,
      });
      checked.petitioners.forEach((p, i) => em.create(Petitioner, { id: randomUUID(), case: matter, position: i + 1, ...p }));
      this.startClock(matter, ClockKind.ACCEPT, checked.receivedAt);
      this.record(em, matter, 'REGISTERED', { actorId: input.actorId, unitId: input.unitId }, undefined, CaseStatus.REGISTERED,
        repeat ? `重复访: repeats ${repeat.number}${repeat.status === CaseStatus.TERMINATED ? ' (终结, 不再受理)' : ''}` : undefined);
      return matter;
    });
  }

  /**
   * The case already registered under the input's idempotency key, when it is the same registration
   * sent again. A key reused for a different matter is a CONFLICT: answering with the other case would
   * acknowledge a registration that was never written.
   */
  private async replayed(em: EntityManager, input: RegisterCaseInput, checked: ReturnType<LifecycleService['checkRegistration']>) {
    if (!input.idempotencyKey) return null;
    const existing = await em.findOne(Case, { idempotencyKey: input.idempotencyKey });
    if (!existing) return null;
    const same =
      existing.channel === input.channel && existing.form === input.form && existing.headCount === input.headCount &&
      existing.townshipId === checked.townshipId && existing.categoryMain === checked.categoryMain &&
      existing.categorySub === checked.categorySub && existing.summary === checked.summary;
    if (!same) {
      throw new ConflictError(
        `input.idempotencyKey ${input.idempotencyKey} was already used to register ${existing.number}, a different matter: send a new key for a new registration`,
      );
    }
    return existing;
  }

  /**
   * The next number of `year` (XF2026-000123): consecutive, without gaps or doubles. The lock is taken,
   * and the last number read, through the registering transaction's own connection (`em.execute`), so
   * the lock is held until that transaction ends and a rolled-back registration gives its number back;
   * taking them on another pooled connection let two registrations read the same last number, and with
   * every connection held by a waiting transaction, starved the pool for good.
   */
  private async nextNumber(em: EntityManager, year: string): Promise<string> {
    await em.execute(`select pg_advisory_xact_lock(hashtext('cases.case.number'), ?)`, [Number(year)]);
    const [row] = await em.execute<{ number: string }[]>(
      `select number from "cases"."case" where number like ? order by number desc limit 1`,
      [`XF${year}-%`],
    );
    const sequence = row ? Number(row.number.slice(-6)) + 1 : 1;
    if (sequence > 999_999) throw new Error(`case numbers of ${year} are used up`);
    return `XF${year}-${String(sequence).padStart(6, '0')}`;
  }

  private checkRegistration(input: RegisterCaseInput) {
    if (input.idempotencyKey !== undefined && !/^[\w.:-]{8,64}$/.test(input.idempotencyKey)) {
      throw new ValidationError('input.idempotencyKey must be 8 to 64 letters, digits or . : _ -', 'input.idempotencyKey');
    }
    if (!RULE_SETS[input.ruleSet]) {
      throw new ValidationError(`input.ruleSet must be one of ${Object.keys(RULE_SETS).join(', ')}`, 'input.ruleSet');
    }
    if (!Number.isInteger(input.headCount) || input.headCount < 1 || input.headCount > 10_000) {
      throw new ValidationError('input.headCount must be a whole number from 1', 'input.headCount');
    }
    if (input.form === CaseForm.COLLECTIVE && input.headCount < 5) {
      throw new ValidationError('a collective visit (集体访) has 5 or more people: input.headCount is below 5', 'input.headCount');
    }
    if (input.form === CaseForm.INDIVIDUAL && input.headCount >= 5) {
      throw new ValidationError('5 or more people make a collective visit: set input.form to COLLECTIVE', 'input.form');
    }
    if (input.petitioners.length === 0) throw new ValidationError('at least one petitioner is needed', 'input.petitioners');
    if (input.petitioners.length > input.headCount) {
      throw new ValidationError('more petitioners than input.headCount', 'input.petitioners');
    }
    const petitioners = input.petitioners.map((p, i) => {
      const field = `input.petitioners[${i}]`;
      const idNumber = p.idNumber?.trim().toUpperCase() || undefined;
      if (idNumber) {
        const problem = residentIdProblem(idNumber, this.now());
        if (problem) throw new ValidationError(`${field}.idNumber ${problem}`, `${field}.idNumber`);
      }
      const phone = p.phone?.replace(/[\s-]/g, '') || undefined;
      if (phone) {
        const problem = phoneProblem(phone);
        if (problem) throw new ValidationError(`${field}.phone ${problem}`, `${field}.phone`);
      }
      return {
        name: text(p.name, `${field}.name`, 50),
        idNumber,
        phone,
        address: text(p.address, `${field}.address`, 200, false),
      };
    });
    if (input.channel === Channel.ASSIGNED_FROM_ABOVE) {
      if (!input.assigningLevel || input.assigningLevel === VisitLevel.DISTRICT) {
        throw new ValidationError('a matter assigned from above needs input.assigningLevel above the district', 'input.assigningLevel');
      }
      text(input.assigningDocument, 'input.assigningDocument', 100);
    } else if (input.assigningLevel || input.assigningDocument) {
      throw new ValidationError('input.assigningLevel and input.assigningDocument are only for ASSIGNED_FROM_ABOVE', 'input.assigningLevel');
    }
    if (input.channel !== Channel.VISIT && input.channel !== Channel.LEADER_RECEPTION && input.levelVisited !== VisitLevel.DISTRICT
      && input.channel !== Channel.ASSIGNED_FROM_ABOVE) {
      throw new ValidationError('input.levelVisited above the district is for visits and matters assigned from above', 'input.levelVisited');
    }
    input.attachments.forEach((a, i) => {
      text(a.name, `input.attachments[${i}].name`, 200);
      if (!Number.isInteger(a.sizeBytes) || a.sizeBytes < 0) {
        throw new ValidationError(`input.attachments[${i}].sizeBytes must be a whole number of bytes`, `input.attachments[${i}].sizeBytes`);
      }
    });
    const receivedAt = input.receivedAt ?? this.now();
    if (receivedAt.getTime() > this.now().getTime() + 60_000) {
      throw new ValidationError('input.receivedAt is in the future', 'input.receivedAt');
    }
    return {
      petitioners,
      receivedAt,
      townshipId: checkId(input.townshipId, 'input.townshipId'),
      categoryMain: text(input.categoryMain, 'input.categoryMain', 50),
      categorySub: text(input.categorySub, 'input.categorySub', 50),
      summary: text(input.summary, 'input.summary', 2000),
      demands: text(input.demands, 'input.demands', 2000, false),
      assigningDocument: text(input.assigningDocument, 'input.assigningDocument', 100, false),
    };
  }

  /**
   * 同人+同事: the most recent earlier matter of the same category from a petitioner with the same ID
   * number, or the same name and phone.
   */
  private async findRepeatedMatter(em: EntityManager, input: RegisterCaseInput): Promise<Case | null> {
    const people = input.petitioners
      .map((p) => ({ idNumber: p.idNumber?.trim().toUpperCase(), name: p.name.trim(), phone: p.phone?.replace(/[\s-]/g, '') }))
      .filter((p) => p.idNumber || p.phone);
    if (people.length === 0) return null;
    const match = await em.findOne(
      Petitioner,
      {
        $or: people.map((p) => (p.idNumber ? { idNumber: p.idNumber } : { name: p.name, phone: p.phone })),
        case: { categorySub: input.categorySub.trim(), mergedIntoId: null },
      },
      { populate: ['case'], orderBy: [{ case: { registeredAt: 'desc' } }, { case: { number: 'desc' } }] },
    );
    return match?.case ?? null;
  }

  // ---------------------------------------------------------------- transitions

  async accept(input: CaseChangeInput) {
    await this.verify(input);
    return this.change(input, 'ACCEPTED', [CaseStatus.REGISTERED], CaseStatus.ACCEPTED, async (matter) => {
      if (matter.notToBeAcceptedAgain) {
        const earlier = matter.repeatOfId ? await this.em.findOne(Case, { id: matter.repeatOfId }) : null;
        throw new ValidationError(
          `this matter repeats ${earlier?.number ?? 'a terminated matter'}, which was terminated after re-review: the same facts and reasons are not accepted again (不再受理)`,
          'caseId',
        );
      }
      matter.acceptedAt = this.now();
      this.startClock(matter, ClockKind.HANDLE, matter.acceptedAt);
    });
  }

  async reject(input: RejectCaseInput) {
    await this.verify(input);
    return this.change(input, 'NOT_ACCEPTED', [CaseStatus.REGISTERED], CaseStatus.NOT_ACCEPTED, (matter) => {
      matter.notAcceptedReason = text(input.reason, 'input.reason', 2000);
      matter.redirectTo = text(input.redirectTo, 'input.redirectTo', 100);
      matter.closedAt = this.now();
      this.stopClock(matter);
    }, input.reason);
  }

  async assign(input: AssignCaseInput) {
    await this.verify(
      input,
      [{ id: input.leadUnitId, field: 'input.leadUnitId' }, ...input.cooperating.map((c, i) => ({ id: c.unitId, field: `input.cooperating[${i}].unitId` }))],
      [{ id: input.leaderId, field: 'input.leaderId', leader: true }, { id: input.handlerId, field: 'input.handlerId' }],
    );
    return this.change(input, 'ASSIGNED', [CaseStatus.ACCEPTED], CaseStatus.ASSIGNED, async (matter, em) => {
      const lead = checkId(input.leadUnitId, 'input.leadUnitId');
      const seen = new Set([lead]);
      const cooperating = input.cooperating.map((c, i) => {
        const unitId = checkId(c.unitId, `input.cooperating[${i}].unitId`);
        if (seen.has(unitId)) throw new ValidationError(`input.cooperating[${i}].unitId is already on this case`, `input.cooperating[${i}].unitId`);
        seen.add(unitId);
        return { unitId, dueDays: c.days ?? undefined, dueAt: this.taskDue(matter, c.days, `input.cooperating[${i}].days`) };
      });
      const now = this.now();
      matter.leadDepartmentId = lead;
      matter.assignedAt = now;
      if (input.leaderId) matter.leaderId = checkId(input.leaderId, 'input.leaderId');
      if (input.handlerId) matter.handlerId = checkId(input.handlerId, 'input.handlerId');
      const leadTask = em.create(CaseTask, { id: randomUUID(), case: matter, unitId: lead, role: TaskRole.LEAD, status: TaskStatus.ASSIGNED, assignedAt: now, dueAt: matter.dueAt as Date });
      const notices = [caseNotices.assigned(matter, leadTask.id, lead, leadTask.dueAt, now)];
      for (const c of cooperating) {
        const task = em.create(CaseTask, { id: randomUUID(), case: matter, unitId: c.unitId, role: TaskRole.COOPERATING, status: TaskStatus.ASSIGNED, assignedAt: now, dueAt: c.dueAt, dueDays: c.dueDays });
        notices.push(caseNotices.task(matter, task.id, c.unitId, c.dueAt, now));
      }
      await this.notices.publish(em, notices);
    });
  }

  async signFor(input: CaseChangeInput) {
    await this.verify(input);
    return this.change(input, 'SIGNED_FOR', [CaseStatus.ASSIGNED], CaseStatus.SIGNED_FOR, async (matter, em) => {
      const task = await em.findOne(CaseTask, { case: matter, role: TaskRole.LEAD, status: TaskStatus.ASSIGNED });
      if (!task) throw new ConflictError('the lead unit has no task waiting to be signed for');
      matter.signedForAt = this.now();
      task.status = TaskStatus.SIGNED_FOR;
      task.signedForAt = matter.signedForAt;
    });
  }

  async startHandling(input: CaseChangeInput) {
    await this.verify(input);
    return this.change(input, 'IN_PROGRESS', [CaseStatus.SIGNED_FOR], CaseStatus.IN_PROGRESS, () => undefined);
  }

  async reportProgress(input: CaseChangeInput) {
    text(input.note, 'input.note', 2000);
    await this.verify(input);
    return this.change(input, 'PROGRESS', [CaseStatus.IN_PROGRESS], CaseStatus.IN_PROGRESS, () => undefined);
  }

  async reply(input: ReplyCaseInput) {
    await this.verify(input);
    let note: string | undefined;
    return this.change(input, 'REPLIED', [CaseStatus.IN_PROGRESS], CaseStatus.REPLIED, async (matter, em) => {
      matter.reply = text(input.reply, 'input.reply', 5000);
      matter.repliedAt = this.now();
      if (matter.competenceDisputedAt) {
        // the lead unit answered the petitioner itself: its 管辖异议 is moot, and stays on the timeline
        this.endDispute(matter);
        note = '管辖异议随答复终结';
      }
      const lead = await em.findOne(CaseTask, { case: matter, role: TaskRole.LEAD, status: { $ne: TaskStatus.WITHDRAWN } });
      if (lead) {
        lead.status = TaskStatus.DONE;
        lead.completedAt = matter.repliedAt;
        lead.result = matter.reply;
      }
      this.startClock(matter, ClockKind.REVIEW_REQUEST, matter.repliedAt);
    }, () => note);
  }

  async close(input: CloseCaseInput) {
    await this.verify(input);
    return this.change(input, 'CLOSED', [CaseStatus.REPLIED], CaseStatus.CLOSED, (matter) => {
      matter.satisfaction = input.satisfaction;
      matter.closedAt = this.now();
    });
  }

  async archive(input: CaseChangeInput) {
    await this.verify(input);
    return this.change(input, 'ARCHIVED', [CaseStatus.CLOSED], CaseStatus.ARCHIVED, (matter) => {
      if (matter.runningClock === ClockKind.REVIEW_REQUEST || matter.runningClock === ClockKind.RE_REVIEW_REQUEST) {
        if (matter.dueAt && this.now() <= matter.dueAt) {
          throw new ValidationError(`the petitioner may still ask for review until ${dayOf(matter.dueAt)}: archive after that`, 'caseId');
        }
      }
      this.stopClock(matter);
    });
  }

  async requestReview(input: CaseChangeInput) {
    await this.verify(input);
    return this.change(input, 'REVIEW_REQUESTED', [CaseStatus.REPLIED, CaseStatus.CLOSED], CaseStatus.UNDER_REVIEW, (matter) => {
      if (matter.reviewRequestedAt) throw new ValidationError('review (复查) was already requested; ask for re-review (复核) instead', 'caseId');
      this.checkWithin(matter, ClockKind.REVIEW_REQUEST, 'review (复查)');
      matter.reviewRequestedAt = this.now();
      this.startClock(matter, ClockKind.REVIEW_DECISION, matter.reviewRequestedAt);
    });
  }

  async decideReview(input: DecideInput) {
    await this.verify(input);
    return this.change(input, 'REVIEW_DECIDED', [CaseStatus.UNDER_REVIEW], CaseStatus.CLOSED, (matter) => {
      text(input.opinion, 'input.opinion', 5000);
      matter.reviewDecidedAt = this.now();
      this.startClock(matter, ClockKind.RE_REVIEW_REQUEST, matter.reviewDecidedAt);
    }, input.opinion);
  }

  async requestReReview(input: CaseChangeInput) {
    await this.verify(input);
    return this.change(input, 'RE_REVIEW_REQUESTED', [CaseStatus.CLOSED], CaseStatus.UNDER_RE_REVIEW, (matter) => {
      if (!matter.reviewDecidedAt) throw new ValidationError('re-review (复核) follows a review (复查) opinion; there is none', 'caseId');
      if (matter.reReviewRequestedAt) throw new ValidationError('re-review (复核) was already requested', 'caseId');
      this.checkWithin(matter, ClockKind.RE_REVIEW_REQUEST, 're-review (复核)');
      matter.reReviewRequestedAt = this.now();
      this.startClock(matter, ClockKind.RE_REVIEW_DECISION, matter.reReviewRequestedAt);
    });
  }

  async decideReReview(input: DecideInput) {
    await this.verify(input);
    return this.change(input, 'TERMINATED', [CaseStatus.UNDER_RE_REVIEW], CaseStatus.TERMINATED, (matter) => {
      text(input.opinion, 'input.opinion', 5000);
      matter.reReviewDecidedAt = this.now();
      this.stopClock(matter);
    }, input.opinion);
  }

  async extend(input: ExtendDeadlineInput) {
    await this.verify(input, [], [{ id: input.approverId, field: 'input.approverId' }]);
    return this.change(input, 'EXTENDED', [CaseStatus.ACCEPTED, CaseStatus.ASSIGNED, CaseStatus.SIGNED_FOR, CaseStatus.IN_PROGRESS], undefined, async (matter, em) => {
      const rules = this.rules(matter);
      if (!Number.isInteger(input.days) || input.days < 1) throw new ValidationError('input.days must be a whole number from 1', 'input.days');
      if (matter.extensionDays + input.days > rules.maxExtensionDays) {
        throw new ValidationError(
          `extensions may add at most ${rules.maxExtensionDays} days in all under ${rules.name}; ${matter.extensionDays} already added`,
          'input.days',
        );
      }
      const reason = text(input.reason, 'input.reason', 2000);
      em.create(Extension, { id: randomUUID(), case: matter, at: this.now(), days: input.days, approverId: checkId(input.approverId, 'input.approverId'), reason });
      matter.extensionDays += input.days;
      this.startClock(matter, ClockKind.HANDLE, matter.acceptedAt as Date);
      // tasks that follow the case's deadline move with it
      const following = await em.find(CaseTask, { case: matter, dueDays: null, status: { $in: [TaskStatus.ASSIGNED, TaskStatus.SIGNED_FOR] } });
      for (const task of following) task.dueAt = matter.dueAt as Date;
    }, `+${input.days}: ${input.reason}`);
  }

  async reassignLead(input: ReassignLeadInput) {
    await this.verify(input, [{ id: input.leadUnitId, field: 'input.leadUnitId' }]);
    return this.change(input, 'LEAD_REASSIGNED', [CaseStatus.ASSIGNED, CaseStatus.SIGNED_FOR, CaseStatus.IN_PROGRESS], CaseStatus.ASSIGNED, async (matter, em) => {
      const lead = checkId(input.leadUnitId, 'input.leadUnitId');
      if (lead === matter.leadDepartmentId) throw new ValidationError('that unit already leads this case', 'input.leadUnitId');
      text(input.reason, 'input.reason', 2000);
      const tasks = await em.find(CaseTask, { case: matter, status: { $ne: TaskStatus.WITHDRAWN } });
      if (tasks.some((t) => t.role === TaskRole.COOPERATING && t.unitId === lead)) {
        throw new ValidationError('that unit cooperates on this case: withdraw it first or choose another', 'input.leadUnitId');
      }
      for (const task of tasks.filter((t) => t.role === TaskRole.LEAD)) task.status = TaskStatus.WITHDRAWN;
      matter.leadDepartmentId = lead;
      matter.signedForAt = undefined;
      // a reassignment decides an open 管辖异议
      this.endDispute(matter);
      const task = em.create(CaseTask, { id: randomUUID(), case: matter, unitId: lead, role: TaskRole.LEAD, status: TaskStatus.ASSIGNED, assignedAt: this.now(), dueAt: matter.dueAt as Date });
      await this.notices.publish(em, [caseNotices.assigned(matter, task.id, lead, task.dueAt, task.assignedAt)]);
    }, input.reason);
  }

  /**
   * 管辖异议: the lead unit holds it is not competent for the matter (and may name the unit it holds
   * competent). The case stays with it meanwhile (首问负责: nothing is dropped, its clock runs on) and is
   * proposed to the joint meeting (`hardCaseCandidates`), which decides; the bureau may also reassign the
   * lead or keep it (`keepLeadUnit`). One open dispute per case.
   */
  async disputeCompetence(input: DisputeCompetenceInput) {
    const reason = text(input.reason, 'input.reason', 2000);
    const proposed = input.proposedUnitId ? checkId(input.proposedUnitId, 'input.proposedUnitId') : undefined;
    const answer = await this.directory.lookup({ unitIds: [proposed, input.unitId].filter((id): id is string => Boolean(id)), personIds: [] }, this.forwarded);
    if (input.unitId && !answer.units.get(input.unitId)) throw new ValidationError('input.unitId names no known unit', 'input.unitId');
    const proposedName = proposed ? answer.units.get(proposed)?.name : undefined;
    if (proposed && !proposedName) throw new ValidationError('input.proposedUnitId names no known unit', 'input.proposedUnitId');
    if (proposed && !answer.units.get(proposed)?.active) throw new ValidationError(`input.proposedUnitId: ${proposedName} is no longer active`, 'input.proposedUnitId');
    return this.change(input, 'COMPETENCE_DISPUTED', [CaseStatus.ASSIGNED, CaseStatus.SIGNED_FOR, CaseStatus.IN_PROGRESS], undefined, (matter) => {
      if (matter.competenceDisputedAt) {
        throw new ValidationError(`${matter.number} already has an open 管辖异议 (raised ${dayOf(matter.competenceDisputedAt)}): the joint meeting or the bureau decides it first`, 'input.caseId');
      }
      if (proposed && proposed === matter.leadDepartmentId) throw new ValidationError('input.proposedUnitId is the lead unit itself: name another unit, or none', 'input.proposedUnitId');
      matter.competenceDisputedAt = this.now();
      matter.competenceDisputeUnitId = matter.leadDepartmentId;
      matter.competenceDisputeReason = reason;
      matter.competenceDisputeProposedUnitId = proposed;
    }, `管辖异议: ${reason}${proposedName ? `（认为应由${proposedName}牵头）` : ''}`);
  }

  /** 维持牵头: the bureau decides an open 管辖异议 by keeping the lead unit. */
  async keepLeadUnit(input: KeepLeadUnitInput) {
    const reason = text(input.reason, 'input.reason', 2000);
    await this.verify(input);
    return this.change(input, 'COMPETENCE_DISPUTE_DECIDED', [CaseStatus.ASSIGNED, CaseStatus.SIGNED_FOR, CaseStatus.IN_PROGRESS], undefined, (matter) => {
      if (!matter.competenceDisputedAt) throw new ValidationError(`${matter.number} has no open 管辖异议 to decide`, 'input.caseId');
      this.endDispute(matter);
    }, `维持牵头单位: ${reason}`);
  }

  /** Ends an open 管辖异议 (decided by a reassignment, the bureau or the joint meeting). */
  private endDispute(matter: Case) {
    matter.competenceDisputedAt = undefined;
    matter.competenceDisputeUnitId = undefined;
    matter.competenceDisputeReason = undefined;
    matter.competenceDisputeProposedUnitId = undefined;
  }

  async addCooperatingUnit(input: AddCooperatingUnitInput) {
    await this.verify(input, [{ id: input.cooperatingUnitId, field: 'input.cooperatingUnitId' }]);
    return this.change(input, 'COOPERATING_ADDED', [CaseStatus.ASSIGNED, CaseStatus.SIGNED_FOR, CaseStatus.IN_PROGRESS], undefined, async (matter, em) => {
      const unitId = checkId(input.cooperatingUnitId, 'input.cooperatingUnitId');
      const existing = await em.count(CaseTask, { case: matter, unitId, status: { $ne: TaskStatus.WITHDRAWN } });
      if (existing > 0) throw new ValidationError('that unit already has a part in this case', 'input.cooperatingUnitId');
      const task = em.create(CaseTask, { id: randomUUID(), case: matter, unitId, role: TaskRole.COOPERATING, status: TaskStatus.ASSIGNED, assignedAt: this.now(), dueAt: this.taskDue(matter, input.days, 'input.days'), dueDays: input.days ?? undefined });
      await this.notices.publish(em, [caseNotices.task(matter, task.id, unitId, task.dueAt, task.assignedAt)]);
    });
  }

  /**
   * 依联席会议决定: a joint-meeting session decided who leads, who cooperates and which leader owns the
   * case. The same rules as `assignCase` (an accepted case), `reassignLead` and `addCooperatingUnit`
   * apply: units and the leader must be known and active in the directory, no unit twice, only a case
   * still being handled; cooperating units the session left out are withdrawn (their part ends). The
   * timeline says which session decided. Carries no client version (the secretariat works from the
   * session, not from the case screen): the case row is locked and the change applied to what it holds.
   * Nothing changes (and nothing is recorded) when the case already stands as decided.
   */
  async applyJointMeetingDecision(input: JointMeetingDecisionInput, actor: Actor): Promise<Case> {
    const meetingTitle = text(input.meetingTitle, 'input.meetingTitle', 100);
    const lead = checkId(input.leadUnitId, 'input.leadUnitId');
    const cooperating = input.cooperatingUnitIds.map((id, i) => checkId(id, `input.cooperatingUnitIds[${i}]`));
    cooperating.forEach((id, i) => {
      if (id === lead || cooperating.indexOf(id) !== i) {
        throw new ValidationError(`input.cooperatingUnitIds[${i}] names a unit already on the decision`, `input.cooperatingUnitIds[${i}]`);
      }
    });
    if (input.deadline !== undefined && input.deadline !== null && !/^\d{4}-\d\d-\d\d$/.test(input.deadline)) {
      throw new ValidationError('input.deadline must be a day, YYYY-MM-DD', 'input.deadline');
    }
    const leaderId = input.ownerLeaderId ? checkId(input.ownerLeaderId, 'input.ownerLeaderId') : undefined;
    const answer = await this.directory.lookup({ unitIds: [lead, ...cooperating], personIds: leaderId ? [leaderId] : [] }, this.forwarded);
    [lead, ...cooperating].forEach((id, i) => {
      const field = i === 0 ? 'input.leadUnitId' : `input.cooperatingUnitIds[${i - 1}]`;
      const facts = answer.units.get(id);
      if (!facts) throw new ValidationError(`${field} names no known unit`, field);
      if (!facts.active) throw new ValidationError(`${field}: ${facts.name} is no longer active`, field);
    });
    if (leaderId) {
      const person = answer.people.get(leaderId);
      if (!person) throw new ValidationError('input.ownerLeaderId names no known person', 'input.ownerLeaderId');
      if (!person.isLeader) throw new ValidationError(`input.ownerLeaderId: ${person.name} is not a leader who may own cases (包案领导)`, 'input.ownerLeaderId');
    }
    const name = (id: string) => answer.units.get(id)?.name ?? id;
    return this.em.transactional(async (em) => {
      const matter = await this.load(em, input.caseId, 'input.caseId', LockMode.PESSIMISTIC_WRITE);
      const read = matter.version;
      if (matter.mergedIntoId) throw new ValidationError(`${matter.number} is merged into another case: decide on that one`, 'input.caseId');
      const handling = [CaseStatus.ACCEPTED, CaseStatus.ASSIGNED, CaseStatus.SIGNED_FOR, CaseStatus.IN_PROGRESS];
      if (!handling.includes(matter.status)) {
        throw new ValidationError(
          `${matter.number} is ${matter.status}: a joint-meeting decision changes who handles a case only while it is being handled (${handling.join(', ')})`,
          'input.caseId',
        );
      }
      const now = this.now();
      const tasks = await em.find(CaseTask, { case: matter, status: { $ne: TaskStatus.WITHDRAWN } });
      const changes: string[] = [];
      const notices: NoticeJob[] = [];
      const previous = matter.status;
      if (matter.leadDepartmentId !== lead) {
        for (const task of tasks.filter((t) => t.role === TaskRole.LEAD || t.unitId === lead)) task.status = TaskStatus.WITHDRAWN;
        const leadTask = em.create(CaseTask, { id: randomUUID(), case: matter, unitId: lead, role: TaskRole.LEAD, status: TaskStatus.ASSIGNED, assignedAt: now, dueAt: matter.dueAt as Date });
        notices.push(caseNotices.assigned(matter, leadTask.id, lead, leadTask.dueAt, now));
        changes.push(`牵头单位${matter.leadDepartmentId ? '改为' : '为'}${name(lead)}`);
        matter.leadDepartmentId = lead;
        matter.signedForAt = undefined;
        if (matter.status === CaseStatus.ACCEPTED) matter.assignedAt = now;
        matter.status = CaseStatus.ASSIGNED;
      }
      const current = tasks.filter((t) => t.role === TaskRole.COOPERATING && t.status !== TaskStatus.WITHDRAWN && t.unitId !== lead);
      const added = cooperating.filter((id) => !current.some((t) => t.unitId === id));
      const dropped = current.filter((t) => !cooperating.includes(t.unitId) && t.status !== TaskStatus.DONE);
      for (const unitId of added) {
        const task = em.create(CaseTask, { id: randomUUID(), case: matter, unitId, role: TaskRole.COOPERATING, status: TaskStatus.ASSIGNED, assignedAt: now, dueAt: matter.dueAt as Date });
        notices.push(caseNotices.task(matter, task.id, unitId, task.dueAt, now));
      }
      for (const task of dropped) task.status = TaskStatus.WITHDRAWN;
      if (added.length) changes.push(`增加配合单位${added.map(name).join('、')}`);
      if (dropped.length) changes.push(`${dropped.map((t) => name(t.unitId)).join('、')}不再配合`);
      if (leaderId && matter.leaderId !== leaderId) {
        matter.leaderId = leaderId;
        changes.push(`包案领导为${answer.people.get(leaderId)?.name ?? leaderId}`);
      }
      if (matter.competenceDisputedAt) {
        // the joint meeting is where a 管辖异议 is decided (domain.md §4)
        changes.push(lead === matter.competenceDisputeUnitId ? `管辖异议不予支持，${name(lead)}继续牵头` : '管辖异议已裁定');
        this.endDispute(matter);
      }
      if (!changes.length) return matter;
      if (input.deadline) changes.push(`限${input.deadline}前落实`);
      this.record(em, matter, 'JOINT_MEETING_DECISION', actor, previous, matter.status, `依${meetingTitle}决定: ${changes.join('; ')}`);
      await this.notices.publish(em, notices);
      await this.saveChanged(em, [[matter, read]]);
      return matter;
    });
  }

  // ---------------------------------------------------------------- tasks, supervision, merges

  async signForTask(input: TaskChangeInput): Promise<CaseTask> {
    return this.changeTask(input, TaskStatus.ASSIGNED, (task) => {
      task.status = TaskStatus.SIGNED_FOR;
      task.signedForAt = this.now();
      return 'TASK_SIGNED_FOR';
    });
  }

  async completeTask(input: TaskChangeInput): Promise<CaseTask> {
    return this.changeTask(input, TaskStatus.SIGNED_FOR, (task) => {
      if (task.role === TaskRole.LEAD) throw new ValidationError('the lead unit completes its part by replying to the petitioner (replyCase)', 'input.taskId');
      task.result = text(input.result, 'input.result', 5000);
      task.status = TaskStatus.DONE;
      task.completedAt = this.now();
      return 'TASK_DONE';
    });
  }

  /** The supervisor named is data; the timeline records `actor`, the signed-in caller who entered it. */
  async supervise(input: SuperviseCaseInput, actor: Actor): Promise<Supervision> {
    await this.verify(actor, [], [{ id: input.supervisorId, field: 'input.supervisorId' }]);
    return this.em.transactional(async (em) => {
      // supervisions carry no version: concurrent ones wait for each other on the case row and all count
      const matter = await this.load(em, input.caseId, 'input.caseId', LockMode.PESSIMISTIC_WRITE);
      const read = matter.version;
      if (FINISHED_STATUSES.includes(matter.status)) throw new ValidationError(`a ${matter.status} case needs no supervision`, 'input.caseId');
      const supervision = em.create(Supervision, {
        id: randomUUID(),
        case: matter,
        at: this.now(),
        supervisorId: checkId(input.supervisorId, 'input.supervisorId'),
        method: input.method,
        request: text(input.request, 'input.request', 2000),
        answer: text(input.answer, 'input.answer', 2000, false),
      });
      if (input.placard) matter.placarded = true;
      this.record(em, matter, input.placard ? 'PLACARDED' : 'SUPERVISED', actor, undefined, undefined, `${input.method}: ${input.request}`);
      // the unit that leads the case answers to the supervision; before it is assigned, the township it comes from
      await this.notices.publish(em, [caseNotices.supervised(matter, supervision.id, matter.leadDepartmentId ?? matter.townshipId, input.placard, supervision.request, supervision.at)]);
      await this.saveChanged(em, [[matter, read]]);
      return supervision;
    });
  }

  async merge(input: MergeCasesInput & Actor): Promise<Case> {
    return this.em.transactional(async (em) => {
      const reason = text(input.reason, 'input.reason', 2000);
      if (input.caseIds.length === 0) throw new ValidationError('name at least one case to merge', 'input.caseIds');
      const target = await this.load(em, input.intoCaseId);
      const sources: Case[] = [];
      for (const [i, id] of input.caseIds.entries()) {
        const source = await this.load(em, id, `input.caseIds[${i}]`);
        if (source.id === target.id) throw new ValidationError('a case cannot be merged into itself', `input.caseIds[${i}]`);
        if (sources.includes(source)) throw new ValidationError('input.caseIds names a case twice', `input.caseIds[${i}]`);
        sources.push(source);
      }
      const changed = await this.lockAsRead(em, [target, ...sources]);
      if (target.mergedIntoId) throw new ValidationError('the case to merge into is itself merged into another', 'input.intoCaseId');
      for (const [i, source] of sources.entries()) {
        if (source.mergedIntoId) {
          const other = await em.findOne(Case, { id: source.mergedIntoId });
          throw new ConflictError(`${source.number} is already merged into ${other?.number ?? 'another case'}: take it out of that one first`);
        }
        if ((await em.count(Case, { mergedIntoId: source.id })) > 0) {
          throw new ValidationError(`${source.number} has cases merged into it: unmerge those first`, `input.caseIds[${i}]`);
        }
        source.mergedIntoId = target.id;
        source.mergedAt = this.now();
        this.record(em, source, 'MERGED', input, undefined, undefined, `merged into ${target.number}: ${reason}`);
        this.record(em, target, 'MERGED_IN', input, undefined, undefined, `${source.number} merged in: ${reason}`);
      }
      await this.saveChanged(em, changed);
      return target;
    });
  }

  async unmerge(caseId: string, actor: Actor, reason: string): Promise<Case> {
    return this.em.transactional(async (em) => {
      const source = await this.load(em, caseId);
      if (!source.mergedIntoId) throw new ValidationError(`${source.number} is not merged into another case`, 'caseId');
      const target = await this.load(em, source.mergedIntoId);
      const changed = await this.lockAsRead(em, [source, target]);
      if (source.mergedIntoId !== target.id) throw new ConflictError(`${source.number} was taken out of ${target.number} by someone else at the same moment: reload it`);
      const why = text(reason, 'reason', 2000);
      source.mergedIntoId = undefined;
      source.mergedAt = undefined;
      this.record(em, source, 'UNMERGED', actor, undefined, undefined, `taken out of ${target.number}: ${why}`);
      this.record(em, target, 'UNMERGED_OUT', actor, undefined, undefined, `${source.number} taken out: ${why}`);
      await this.saveChanged(em, changed);
      return source;
    });
  }

  /**
   * A change that touches several cases and carries no client version (a merge) was decided on what it
   * just read: lock those cases, always in the same order so two such changes cannot deadlock, and
   * answer CONFLICT when one of them was saved by someone else in between. Returns each case with the
   * version it is saved against.
   */
  private async lockAsRead(em: EntityManager, cases: Case[]): Promise<[Case, number][]> {
    const read = new Map(cases.map((c) => [c.id, c.version]));
    const locked = await em.find(Case, { id: { $in: [...read.keys()] } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, refresh: true });
    for (const matter of locked) {
      if (matter.version !== read.get(matter.id)) {
        throw new ConflictError(`${matter.number} was changed by someone else at the same moment: reload it and try again`);
      }
    }
    return locked.map((matter) => [matter, matter.version]);
  }

  // ---------------------------------------------------------------- machinery

  private rules(matter: Case): RuleSet {
    return RULE_SETS[matter.ruleSet] ?? RULE_SETS.NATIONAL;
  }

  private startClock(matter: Case, clock: ClockKind, start: Date) {
    const deadline = computeDeadline(clock, this.rules(matter).clocks[clock], start, this.calendar, clock === ClockKind.HANDLE ? matter.extensionDays : 0);
    matter.runningClock = clock;
    matter.dueAt = deadline.dueAt;
  }

  private stopClock(matter: Case) {
    matter.runningClock = undefined;
    matter.dueAt = undefined;
  }

  private checkWithin(matter: Case, clock: ClockKind, what: string) {
    if (matter.runningClock !== clock || !matter.dueAt) throw new ValidationError(`${what} cannot be asked for now`, 'caseId');
    if (this.now() > matter.dueAt) {
      throw new ValidationError(`the time to ask for ${what} ended on ${dayOf(matter.dueAt)}`, 'caseId');
    }
  }

  private taskDue(matter: Case, days: number | undefined, field: string): Date {
    if (days === undefined || days === null) return matter.dueAt as Date;
    if (!Number.isInteger(days) || days < 1 || days > 60) throw new ValidationError(`${field} must be a whole number from 1 to 60`, field);
    // days given to a unit are calendar days, and their last day moves off a rest day as the case's do
    const lastDay = addDays(dayOf(this.now()), days);
    const due = endOfDay(this.rules(matter).lastDayOffMoves ? this.calendar.nextWorkingDayFrom(lastDay) : lastDay);
    if (matter.dueAt && due > matter.dueAt) {
      throw new ValidationError(`${field}: a cooperating task cannot fall due after the case itself (${dayOf(matter.dueAt)})`, field);
    }
    return due;
  }

  private async load(em: EntityManager, id: string, field = 'input.caseId', lockMode?: LockMode): Promise<Case> {
    const matter = await em.findOne(Case, { id: checkId(id, field) }, lockMode ? { lockMode, refresh: true } : {});
    if (!matter) throw new NotFoundError('Case', id);
    return matter;
  }

  private record(em: EntityManager, matter: Case, action: string, actor: Actor, from?: CaseStatus, to?: CaseStatus, note?: string) {
    em.create(CaseEvent, {
      case: matter,
      at: this.now(),
      actorId: actor.actorId ? checkId(actor.actorId, 'input.actorId') : undefined,
      unitId: actor.unitId ? checkId(actor.unitId, 'input.unitId') : undefined,
      action,
      fromStatus: from,
      toStatus: to,
      note,
    });
  }

  /**
   * One state change: lock the case, check the client's version and the state, apply, record, save and
   * move the version. A version that moved on (also while we waited for the lock) is a CONFLICT.
   */
  private async change(
    input: CaseChangeInput,
    action: string,
    from: CaseStatus[],
    to: CaseStatus | undefined,
    apply: (matter: Case, em: EntityManager) => void | Promise<void>,
    /** For the timeline; a function is asked after `apply`, which may decide it. */
    note?: string | (() => string | undefined),
  ): Promise<Case> {
    return this.em.transactional(async (em) => {
      // the case row stays locked until we commit: a concurrent change waits, then finds the version moved
      const matter = await this.load(em, input.caseId, 'input.caseId', LockMode.PESSIMISTIC_WRITE);
      if (matter.version !== input.version) {
        throw new ConflictError(`${matter.number} was changed by someone else (version ${matter.version}, you sent ${input.version}): reload it and try again`);
      }
      if (matter.mergedIntoId) throw new ValidationError(`${matter.number} is merged into another case: work on that one`, 'input.caseId');
      if (!from.includes(matter.status)) {
        throw new ValidationError(
          `${action.toLowerCase().replaceAll('_', ' ')} is not possible for a case that is ${matter.status}; it needs ${from.join(' or ')}`,
          'input.caseId',
        );
      }
      const previous = matter.status;
      await apply(matter, em);
      if (to) matter.status = to;
      const said = typeof note === 'function' ? note() : note;
      this.record(em, matter, action, input, previous, to ?? previous, [said, input.note?.trim()].filter(Boolean).join(' · ') || undefined);
      await this.saveChanged(em, [[matter, input.version]]);
      return matter;
    });
  }

  /**
   * Saves and moves the version of each case changed, also of one whose own columns stayed the same
   * (a progress report, a unit added, a supervision, a case merged in): every change to a case moves its
   * version, so a client holding the old one learns of it. Each case is checked against the version it
   * was read at; one saved by someone else in between fails the optimistic lock (CONFLICT).
   */
  private async saveChanged(em: EntityManager, changed: [Case, number][]) {
    await em.flush();
    for (const [matter, read] of changed) {
      if (matter.version !== read) continue;
      const [row] = await em.execute<{ version: number }[]>(
        `update "cases"."case" set version = version + 1 where id = ? and version = ? returning version`,
        [matter.id, read],
      );
      if (!row) throw OptimisticLockError.lockFailed(matter);
      await em.refresh(matter);
    }
  }

  private async changeTask(input: TaskChangeInput, from: TaskStatus, apply: (task: CaseTask) => string): Promise<CaseTask> {
    return this.em.transactional(async (em) => {
      const task = await em.findOne(CaseTask, { id: checkId(input.taskId, 'input.taskId') }, { populate: ['case'] });
      if (!task) throw new NotFoundError('CaseTask', input.taskId);
      if (task.version !== input.version) throw new ConflictError('this task was changed by someone else: reload it and try again');
      if (task.status !== from) throw new ValidationError(`the task is ${task.status}; this needs ${from}`, 'input.taskId');
      const action = apply(task);
      this.record(em, task.case, action, { actorId: input.actorId, unitId: task.unitId }, undefined, undefined, task.result);
      return task;
    });
  }
}

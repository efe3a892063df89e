import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError, checkId, checkText, dayOf, endOfDay } from '@lianban/kit';
import { LockMode } from '@mikro-orm/core';
import { AgendaItem, AgendaItemCase } from '../entities/agenda-item.entity';
import { Decision } from '../entities/decision.entity';
import { Meeting } from '../entities/meeting.entity';
import type { MeetingsContext } from '../loaders';
import { DecisionStatus, MeetingStatus } from '../types/meeting.enums';
import type { RecordDecisionInput } from '../types/meeting.inputs';
import { requireSecretariat } from './access';
import type { CaseOutcome } from './case-records';
import { checkNames } from './directory';
import { checkDay } from './meeting.service';

/**
 * 会议决定: records what a held session decided on an item. When it changes who leads, who cooperates or
 * which leader owns the case, the change is carried into the case by the cases subgraph's own mutation
 * (`applyJointMeetingDecision`, with the caller's token; its timeline names the session) before the
 * decision is committed here: if the cases subgraph refuses, nothing is written. (Should this commit fail
 * after the case changed, recording the decision again applies nothing twice: the case already stands so.)
 */
export async function recordDecision(ctx: MeetingsContext, input: RecordDecisionInput): Promise<Decision> {
  requireSecretariat(ctx.identity, 'recording a decision');
  const itemId = checkId(input.agendaItemId, 'input.agendaItemId');
  const lead = checkId(input.leadUnitId, 'input.leadUnitId');
  const cooperating = input.cooperatingUnitIds.map((id, i) => checkId(id, `input.cooperatingUnitIds[${i}]`));
  cooperating.forEach((id, i) => {
    if (id === lead || cooperating.indexOf(id) !== i) throw new ValidationError(`input.cooperatingUnitIds[${i}] names a unit already on the decision`, `input.cooperatingUnitIds[${i}]`);
  });
  const leaderId = input.ownerLeaderId ? checkId(input.ownerLeaderId, 'input.ownerLeaderId') : undefined;
  const handlerName = checkText(input.handlerName, 'input.handlerName', 50);
  const deadline = checkDay(input.deadline, 'input.deadline');
  const today = dayOf(ctx.now());
  if (deadline < today) throw new ValidationError(`input.deadline ${deadline} is before today (${today})`, 'input.deadline');
  return ctx.em.transactional(async (em) => {
    const item = await em.findOne(AgendaItem, { id: itemId });
    if (!item) throw new NotFoundError('AgendaItem', itemId);
    const meeting = await em.findOne(Meeting, { id: item.meeting.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!meeting) throw new NotFoundError('Meeting', item.meeting.id);
    if (meeting.status !== MeetingStatus.HELD && meeting.status !== MeetingStatus.MINUTES_PUBLISHED) {
      throw new ValidationError(`${meeting.title} is ${meeting.status}: decisions are recorded once the session is held`, 'input.agendaItemId');
    }
    const caseIds = (await em.find(AgendaItemCase, { agendaItem: item.id })).map((link) => link.caseId);
    let caseId: string | undefined;
    if (input.caseId) {
      caseId = checkId(input.caseId, 'input.caseId');
      if (!caseIds.includes(caseId)) throw new ValidationError('input.caseId is not one of the cases of this agenda item', 'input.caseId');
    } else if (caseIds.length === 1) {
      caseId = caseIds[0];
    } else if (caseIds.length > 1) {
      throw new ValidationError(`input.caseId: this item is about ${caseIds.length} cases: name the one decided on`, 'input.caseId');
    }
    if (await em.count(Decision, { agendaItem: item.id, caseId: caseId ?? null })) {
      throw new ConflictError(`a decision on ${caseId ? 'this case' : 'this item'} at ${meeting.title} is already recorded`);
    }
    const names = await checkNames(
      ctx.directory,
      ctx.forwarded(),
      [{ id: lead, field: 'input.leadUnitId' }, ...cooperating.map((id, i) => ({ id, field: `input.cooperatingUnitIds[${i}]` }))],
      leaderId ? [{ id: leaderId, field: 'input.ownerLeaderId', leader: true }] : [],
    );
    let carried = false;
    if (caseId) {
      const [now] = await ctx.cases.participants([caseId], ctx.forwarded());
      if (!now) throw new ValidationError('input.caseId names no case you may see', 'input.caseId');
      const sameCooperating = now.cooperatingUnitIds.length === cooperating.length && cooperating.every((id) => now.cooperatingUnitIds.includes(id));
      if (now.leadUnitId !== lead || !sameCooperating || (leaderId && leaderId !== now.ownerLeaderId)) {
        await ctx.cases.applyDecision(
          { caseId, meetingTitle: meeting.title, leadUnitId: lead, cooperatingUnitIds: cooperating, ownerLeaderId: leaderId, deadline },
          ctx.forwarded(),
        );
        carried = true;
      }
    }
    if (!item.decision) {
      const unit = (id: string) => names.units.get(id)?.name ?? id;
      item.decision = [
        `由${unit(lead)}牵头`,
        cooperating.length ? `${cooperating.map(unit).join('、')}配合` : undefined,
        leaderId ? `${names.people.get(leaderId)?.name ?? ''}包案` : undefined,
        `${deadline}前落实`,
      ].filter(Boolean).join('，');
    }
    return em.create(Decision, {
      id: randomUUID(),
      agendaItem: item,
      caseId,
      leadUnitId: lead,
      cooperatingUnitIds: cooperating,
      ownerLeaderId: leaderId,
      handlerName,
      deadline,
      recordedAt: ctx.now(),
      carriedIntoCase: carried,
    });
  });
}

/** 落实情况: the secretariat records evidence that a decision was carried out. */
export async function recordDecisionEvidence(ctx: MeetingsContext, id: string, version: number, evidence: string): Promise<Decision> {
  requireSecretariat(ctx.identity, 'recording how a decision was carried out');
  const text = checkText(evidence, 'evidence', 5000);
  return ctx.em.transactional(async (em) => {
    const decision = await em.findOne(Decision, { id: checkId(id, 'decisionId') }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!decision) throw new NotFoundError('Decision', id);
    if (decision.version !== version) throw new ConflictError(`this decision was changed by someone else (version ${decision.version}, you sent ${version}): reload it`);
    decision.evidence = text;
    decision.evidenceAt = ctx.now();
    return decision;
  });
}

/**
 * Where a decision stands: CARRIED_OUT when the secretariat recorded evidence (whenever) or the case was
 * replied to or closed by the end of the deadline day (China time); OVERDUE once that day is over without;
 * PENDING before.
 */
export function decisionStatus(decision: Pick<Decision, 'deadline' | 'evidence' | 'evidenceAt'>, outcome: CaseOutcome | null, now: Date): DecisionStatus {
  const due = endOfDay(decision.deadline);
  // the office's word settles it, whenever it came (late evidence still means carried out)
  if (decision.evidence && (!decision.evidenceAt || decision.evidenceAt <= now)) return DecisionStatus.CARRIED_OUT;
  const done = [outcome?.repliedAt, outcome?.closedAt].filter((t): t is string => Boolean(t)).map((t) => new Date(t));
  if (done.some((t) => t <= due && t <= now)) return DecisionStatus.CARRIED_OUT;
  return now > due ? DecisionStatus.OVERDUE : DecisionStatus.PENDING;
}

/** The status of each decision, asking the cases subgraph once for all their cases. */
export async function statusesOf(ctx: MeetingsContext, decisions: Pick<Decision, 'caseId' | 'deadline' | 'evidence' | 'evidenceAt'>[]): Promise<DecisionStatus[]> {
  const outcomes = await Promise.all(decisions.map((d) => (d.caseId ? ctx.loaders.outcomes.load(d.caseId) : Promise.resolve(null))));
  const now = ctx.now();
  return decisions.map((d, i) => decisionStatus(d, outcomes[i], now));
}

import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError, checkId, checkText, dayOf } from '@lianban/kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AgendaItem, AgendaItemCase } from '../entities/agenda-item.entity';
import { Meeting } from '../entities/meeting.entity';
import { Room } from '../entities/room.entity';
import type { MeetingsContext } from '../loaders';
import { MeetingKind, MeetingStatus } from '../types/meeting.enums';
import type { CreateMeetingInput } from '../types/meeting.inputs';
import { requireSecretariat } from './access';
import { requiredAttendees } from './attendees';
import { meetingNotice } from './meeting-notices';
import { regularTitle } from './numerals';

const DAY_PATTERN = /^\d{4}-\d\d-\d\d$/;

/** A day YYYY-MM-DD that exists; BAD_USER_INPUT naming `field` otherwise. */
export function checkDay(value: string, field: string): string {
  if (!DAY_PATTERN.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new ValidationError(`${field} must be a day, YYYY-MM-DD, got ${value}`, field);
  }
  return value;
}

/** The meeting row, locked for the rest of the transaction, checked against the version the client read. */
async function lockMeeting(em: EntityManager, id: string, version: number | undefined, field = 'id'): Promise<Meeting> {
  const meeting = await em.findOne(Meeting, { id: checkId(id, field) }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!meeting) throw new NotFoundError('Meeting', id);
  if (version !== undefined && version !== null && meeting.version !== version) {
    throw new ConflictError(`${meeting.title} was changed by someone else (version ${meeting.version}, you sent ${version}): reload it and try again`);
  }
  return meeting;
}

function requireStatus(meeting: Meeting, allowed: MeetingStatus[], what: string) {
  if (!allowed.includes(meeting.status)) {
    throw new ValidationError(`${what} is not possible for ${meeting.title}, which is ${meeting.status}; it needs ${allowed.join(' or ')}`, 'id');
  }
}

/**
 * Sessions of the joint meeting and their agendas. Writes are the office's (联席办), each in one
 * transaction on the meeting row; a wrong input or step is refused before anything is written.
 */
export class MeetingService {
  constructor(private readonly ctx: MeetingsContext) {}

  private get em() {
    return this.ctx.em;
  }

  /**
   * 新建会议. A regular session gets the next number, allocated inside the transaction under an advisory
   * lock (consecutive, without gaps or doubles however many are created at once; a cancelled session
   * keeps its number). A number sent by the client must be that next number. A special session (专题)
   * has a subject and no number.
   */
  async create(input: CreateMeetingInput): Promise<Meeting> {
    requireSecretariat(this.ctx.identity, 'creating a session');
    const plannedOn = checkDay(input.plannedOn, 'input.plannedOn');
    if (plannedOn < dayOf(this.ctx.now())) throw new ValidationError(`input.plannedOn ${plannedOn} is in the past`, 'input.plannedOn');
    const subject = input.kind === MeetingKind.EXTRA ? checkText(input.subject, 'input.subject', 80) : checkText(input.subject, 'input.subject', 80, false);
    if (input.kind === MeetingKind.REGULAR && subject) {
      throw new ValidationError('input.subject is for special sessions (专题); a regular session is titled by its number', 'input.subject');
    }
    if (input.kind === MeetingKind.EXTRA && input.sessionNumber !== undefined && input.sessionNumber !== null) {
      throw new ValidationError('input.sessionNumber: special sessions (专题) are not numbered', 'input.sessionNumber');
    }
    return this.em.transactional(async (em) => {
      let sessionNumber: number | undefined;
      if (input.kind === MeetingKind.REGULAR) {
        await em.execute(`select pg_advisory_xact_lock(hashtext('meetings.meeting.session_number'))`);
        const [row] = await em.execute<{ last: number | null }[]>(`select max(session_number) as last from "meetings"."meeting"`);
        sessionNumber = (row?.last ?? 0) + 1;
        if (input.sessionNumber !== undefined && input.sessionNumber !== null && input.sessionNumber !== sessionNumber) {
          const taken = input.sessionNumber < sessionNumber;
          throw new ValidationError(
            taken
              ? `input.sessionNumber ${input.sessionNumber} is already used: the next regular session is number ${sessionNumber}`
              : `input.sessionNumber ${input.sessionNumber} would leave a gap: the next regular session is number ${sessionNumber}`,
            'input.sessionNumber',
          );
        }
      }
      return em.create(Meeting, {
        id: randomUUID(),
        sessionNumber,
        title: sessionNumber ? regularTitle(sessionNumber) : `${subject}专题联席会议`,
        subject,
        kind: input.kind,
        status: MeetingStatus.PLANNED,
        heldOn: plannedOn,
      });
    });
  }

  /**
   * 发布排期: PLANNED -> SCHEDULED. The session needs its time and room (set by the plan or pinned) and a
   * room with a seat for every unit and leader that must attend.
   */
  async publishSchedule(id: string, version: number): Promise<Meeting> {
    requireSecretariat(this.ctx.identity, 'publishing a schedule');
    return this.em.transactional(async (em) => {
      const meeting = await lockMeeting(em, id, version);
      requireStatus(meeting, [MeetingStatus.PLANNED], 'publishing the schedule');
      if (!meeting.startsAt || !meeting.endsAt) throw new ValidationError(`${meeting.title} has no time yet (startsAt): plan or pin it first`, 'startsAt');
      if (meeting.endsAt <= meeting.startsAt) throw new ValidationError(`${meeting.title} ends before it starts`, 'endsAt');
      if (meeting.startsAt < this.ctx.now()) throw new ValidationError(`${meeting.title} would start in the past (${meeting.startsAt.toISOString()})`, 'startsAt');
      if (!meeting.roomId) throw new ValidationError(`${meeting.title} has no room yet (roomId): plan or pin it first`, 'roomId');
      const room = await em.findOne(Room, { id: meeting.roomId });
      if (!room || !room.active) throw new ValidationError(`${meeting.title}: its room is no longer offered`, 'roomId');
      const attendees = await requiredAttendees(this.ctx, meeting.id);
      const needed = attendees.unitIds.length + attendees.leaderIds.length;
      if (needed > room.seats) {
        throw new ValidationError(`roomId: ${room.name} has ${room.seats} seats, ${meeting.title} needs ${needed} (units and leaders who must attend)`, 'roomId');
      }
      meeting.heldOn = dayOf(meeting.startsAt);
      meeting.status = MeetingStatus.SCHEDULED;
      // 会议通知 to every unit and leader that must attend, sent with the schedule (or not at all)
      await this.ctx.notices.publish(em, [meetingNotice(meeting, { kind: 'scheduled', roomName: room.name }, attendees, meeting.version, this.ctx.now())]);
      return meeting;
    });
  }

  /** 已召开: SCHEDULED -> HELD, once the session has started. */
  async recordHeld(id: string, version: number): Promise<Meeting> {
    requireSecretariat(this.ctx.identity, 'recording a session as held');
    return this.em.transactional(async (em) => {
      const meeting = await lockMeeting(em, id, version);
      requireStatus(meeting, [MeetingStatus.SCHEDULED], 'recording the session as held');
      if (meeting.startsAt && meeting.startsAt > this.ctx.now()) {
        throw new ValidationError(`${meeting.title} starts at ${meeting.startsAt.toISOString()}: it cannot have been held yet`, 'id');
      }
      meeting.status = MeetingStatus.HELD;
      return meeting;
    });
  }

  /** 印发纪要: HELD -> MINUTES_PUBLISHED, with the minutes. */
  async publishMinutes(id: string, version: number, minutes: string): Promise<Meeting> {
    requireSecretariat(this.ctx.identity, 'publishing minutes');
    const text = checkText(minutes, 'minutes', 50_000);
    return this.em.transactional(async (em) => {
      const meeting = await lockMeeting(em, id, version);
      requireStatus(meeting, [MeetingStatus.HELD], 'publishing the minutes');
      meeting.minutes = text;
      meeting.minutesPublishedAt = this.ctx.now();
      meeting.status = MeetingStatus.MINUTES_PUBLISHED;
      return meeting;
    });
  }

  /** 取消: a planned or scheduled session, with the reason. */
  async cancel(id: string, version: number, reason: string): Promise<Meeting> {
    requireSecretariat(this.ctx.identity, 'cancelling a session');
    const why = checkText(reason, 'reason', 2000);
    return this.em.transactional(async (em) => {
      const meeting = await lockMeeting(em, id, version);
      requireStatus(meeting, [MeetingStatus.PLANNED, MeetingStatus.SCHEDULED], 'cancelling');
      // the units told of a published schedule are told it is off; a session still being planned told nobody
      if (meeting.status === MeetingStatus.SCHEDULED) {
        const attendees = await requiredAttendees(this.ctx, meeting.id);
        await this.ctx.notices.publish(em, [meetingNotice(meeting, { kind: 'cancelled', reason: why }, attendees, meeting.version, this.ctx.now())]);
      }
      meeting.cancelReason = why;
      meeting.cancelledAt = this.ctx.now();
      meeting.status = MeetingStatus.CANCELLED;
      return meeting;
    });
  }

  // ---------------------------------------------------------------- agenda

  /**
   * 列入议题: an item about one or more cases, each known to the cases subgraph and visible to the caller,
   * none already on this session's agenda. The title says which cases when none is given.
   */
  async addAgendaItem(meetingId: string, caseIds: string[], title?: string): Promise<AgendaItem> {
    requireSecretariat(this.ctx.identity, 'building an agenda');
    if (caseIds.length > 20) throw new ValidationError(`caseIds: at most 20 cases on one item, got ${caseIds.length}`, 'caseIds');
    const ids = caseIds.map((id, i) => checkId(id, `caseIds[${i}]`));
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) throw new ValidationError(`caseIds[${i}] names a case twice`, `caseIds[${i}]`);
    });
    const given = checkText(title, 'title', 200, false);
    if (!ids.length && !given) throw new ValidationError('an item about no case needs a title', 'title');
    const known = ids.length ? await this.ctx.cases.participants(ids, this.ctx.forwarded()) : [];
    const numbers = new Map(known.map((p) => [p.caseId, p.number]));
    ids.forEach((id, i) => {
      if (!numbers.has(id)) throw new ValidationError(`caseIds[${i}] names no case you may see (${id})`, `caseIds[${i}]`);
    });
    return this.em.transactional(async (em) => {
      const meeting = await lockMeeting(em, meetingId, undefined, 'meetingId');
      requireStatus(meeting, [MeetingStatus.PLANNED, MeetingStatus.SCHEDULED], 'changing the agenda');
      if (ids.length) {
        const already = await em.find(AgendaItemCase, { caseId: { $in: ids }, agendaItem: { meeting: meeting.id } });
        if (already.length) {
          const i = ids.indexOf(already[0].caseId);
          throw new ValidationError(`caseIds[${i}]: ${numbers.get(already[0].caseId)} is already on the agenda of ${meeting.title}`, `caseIds[${i}]`);
        }
      }
      const [row] = await em.execute<{ last: number | null }[]>(`select max(position) as last from "meetings"."agenda_item" where meeting_id = ?`, [meeting.id]);
      const list = ids.map((id) => numbers.get(id) as string);
      const item = em.create(AgendaItem, {
        id: randomUUID(),
        meeting,
        position: (row?.last ?? 0) + 1,
        title: given ?? (list.length > 1 ? `研究${list[0]}等${list.length}件案件` : `研究${list[0]}案件`),
      });
      for (const caseId of ids) em.create(AgendaItemCase, { id: randomUUID(), agendaItem: item, caseId });
      return item;
    });
  }

  /** Takes an item off a session not yet held; the items after it move up. */
  async removeAgendaItem(itemId: string): Promise<Meeting> {
    requireSecretariat(this.ctx.identity, 'changing an agenda');
    return this.em.transactional(async (em) => {
      const item = await em.findOne(AgendaItem, { id: checkId(itemId, 'agendaItemId') });
      if (!item) throw new NotFoundError('AgendaItem', itemId);
      const meeting = await lockMeeting(em, item.meeting.id, undefined, 'agendaItemId');
      requireStatus(meeting, [MeetingStatus.PLANNED, MeetingStatus.SCHEDULED], 'changing the agenda');
      const rest = await em.find(AgendaItem, { meeting: meeting.id, id: { $ne: item.id } }, { orderBy: { position: 'asc' } });
      em.remove(item);
      await em.flush();
      await this.renumber(em, meeting.id, rest.map((r) => r.id));
      return meeting;
    });
  }

  /** Puts the items of a session not yet held in the order given (every item, once). */
  async reorderAgenda(meetingId: string, itemIds: string[]): Promise<Meeting> {
    requireSecretariat(this.ctx.identity, 'changing an agenda');
    return this.em.transactional(async (em) => {
      const meeting = await lockMeeting(em, meetingId, undefined, 'meetingId');
      requireStatus(meeting, [MeetingStatus.PLANNED, MeetingStatus.SCHEDULED], 'changing the agenda');
      const items = await em.find(AgendaItem, { meeting: meeting.id });
      const ids = itemIds.map((id, i) => checkId(id, `agendaItemIds[${i}]`));
      ids.forEach((id, i) => {
        if (!items.some((item) => item.id === id)) throw new ValidationError(`agendaItemIds[${i}] is not on the agenda of ${meeting.title}`, `agendaItemIds[${i}]`);
        if (ids.indexOf(id) !== i) throw new ValidationError(`agendaItemIds[${i}] names an item twice`, `agendaItemIds[${i}]`);
      });
      if (ids.length !== items.length) {
        throw new ValidationError(`agendaItemIds must name every item of the agenda once: ${items.length} items, ${ids.length} named`, 'agendaItemIds');
      }
      await this.renumber(em, meeting.id, ids);
      return meeting;
    });
  }

  /** Positions 1..n in the order of `ids`; moved out of the way first, as (meeting, position) is unique. */
  private async renumber(em: EntityManager, meetingId: string, ids: string[]) {
    await em.execute(`update "meetings"."agenda_item" set position = -position where meeting_id = ?`, [meetingId]);
    for (const [i, id] of ids.entries()) {
      await em.execute(`update "meetings"."agenda_item" set position = ?, version = version + 1 where id = ?`, [i + 1, id]);
    }
  }
}

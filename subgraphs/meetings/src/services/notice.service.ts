import { ValidationError, dayOf } from '@lianban/kit';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { type EventAttributes, createEvents } from 'ics';
import { Meeting } from '../entities/meeting.entity';
import { Room } from '../entities/room.entity';
import type { MeetingsContext } from '../loaders';
import { MeetingStatus } from '../types/meeting.enums';
import { requiredAttendees } from './attendees';
import { visibleAgenda } from './agenda-visibility';

const CST = 8 * 3_600_000;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** The time zone every notice is written in (China Standard Time, no daylight saving). */
const VTIMEZONE = ['BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'TZNAME:CST', 'END:STANDARD', 'END:VTIMEZONE'];

/** Wall-clock time in China as ics's date array. */
function chinaClock(at: Date): [number, number, number, number, number] {
  const t = new Date(at.getTime() + CST);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes()];
}

/** 2026年12月18日（星期五）9:30 */
export function chinaTimeText(at: Date): string {
  const t = new Date(at.getTime() + CST);
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日（星期${WEEKDAYS[t.getUTCDay()]}）${t.getUTCHours()}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
}

interface SessionFacts {
  meeting: Meeting;
  room?: Room | null;
  units: { id: string; name: string }[];
  agenda: string[];
}

/** What a notice says of a session: time, room, the units that must attend (with names) and the agenda. */
async function sessionFacts(ctx: MeetingsContext, meeting: Meeting): Promise<SessionFacts> {
  const room = meeting.roomId ? await ctx.em.findOne(Room, { id: meeting.roomId }) : null;
  const attendees = await requiredAttendees(ctx, meeting.id);
  const names = attendees.unitIds.length ? await ctx.directory.lookup({ unitIds: attendees.unitIds, personIds: [] }, ctx.forwarded()) : { units: new Map() };
  const units = attendees.unitIds.map((id) => ({ id, name: names.units.get(id)?.name ?? id })).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const agenda = (await visibleAgenda(ctx, meeting.id)).map((item) => item.title);
  return { meeting, room, units, agenda };
}

function event(facts: SessionFacts): EventAttributes {
  const { meeting } = facts;
  return {
    uid: `${meeting.id}@lianban`,
    title: meeting.title,
    start: chinaClock(meeting.startsAt as Date),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: chinaClock(meeting.endsAt as Date),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: facts.room?.name,
    description: facts.agenda.length ? `会议议题：\n${facts.agenda.map((t, i) => `${i + 1}. ${t}`).join('\n')}` : undefined,
    status: meeting.status === MeetingStatus.CANCELLED ? 'CANCELLED' : 'CONFIRMED',
    // units have no mail address in the directory: an address that can never be delivered names each (RFC 2606 .invalid)
    attendees: facts.units.map((u) => ({ name: u.name, email: `unit-${u.id}@lianban.invalid`, role: 'REQ-PARTICIPANT', cutype: 'GROUP', rsvp: false })),
  };
}

/**
 * RFC 5545 calendar of sessions: built with `ics`, then given times in Asia/Shanghai (ics writes only UTC or
 * floating times): the wall-clock China times it was handed as "UTC" become DTSTART;TZID=Asia/Shanghai, and
 * the VTIMEZONE they refer to is added.
 */
function calendar(events: EventAttributes[], name: string): string {
  const { error, value } = createEvents(events, { productId: 'lianban/meetings', method: 'PUBLISH', calName: name });
  if (error || !value) throw error ?? new Error('the calendar could not be written');
  const lines = value
    .replace(/^(DTSTART|DTEND):(\d{8}T\d{6})Z$/gm, '$1;TZID=Asia/Shanghai:$2')
    .split('\r\n');
  const at = lines.findIndex((line) => line === 'BEGIN:VEVENT');
  lines.splice(at >= 0 ? at : lines.indexOf('END:VCALENDAR'), 0, ...VTIMEZONE);
  return lines.join('\r\n');
}

/** The ICS file of one session (needs its time). */
export async function sessionIcs(ctx: MeetingsContext, meeting: Meeting): Promise<string> {
  if (!meeting.startsAt || !meeting.endsAt) throw new ValidationError(`${meeting.title} has no time yet: there is nothing to put in a calendar`, 'id');
  return calendar([event(await sessionFacts(ctx, meeting))], meeting.title);
}

/**
 * A unit's calendar feed: the sessions with a time, from 90 days back on, that the unit must attend (its
 * agenda names a case the unit leads or cooperates on). Cancelled ones stay, marked CANCELLED, so a
 * subscribed calendar drops them.
 */
export async function unitFeed(ctx: MeetingsContext, unitId: string, unitName: string): Promise<string> {
  const since = new Date(ctx.now().getTime() - 90 * 86_400_000);
  const meetings = await ctx.em.find(Meeting, { startsAt: { $gte: since }, status: { $ne: MeetingStatus.PLANNED } }, { orderBy: { startsAt: 'asc' } });
  const attendance = await Promise.all(meetings.map((m) => requiredAttendees(ctx, m.id)));
  const mine = meetings.filter((_m, i) => attendance[i].unitIds.includes(unitId));
  const events = await Promise.all(mine.map(async (m) => event(await sessionFacts(ctx, m))));
  return calendar(events, `${unitName}·信访联席会议`);
}

/** 会议通知 as a Word document: 关于召开第N次信访联席工作会议的通知, time, place, attendees, agenda. */
export async function noticeDocx(ctx: MeetingsContext, meeting: Meeting): Promise<Buffer> {
  if (!meeting.startsAt || !meeting.roomId) throw new ValidationError(`${meeting.title} has no time and room yet: the notice is written once it is scheduled`, 'id');
  const facts = await sessionFacts(ctx, meeting);
  const body = await ctx.loaders.body();
  const font = { font: 'FangSong', size: 32 };
  const line = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold, ...font })], spacing: { line: 560 } });
  const doc = new Document({
    creator: body?.name ?? '区信访工作联席会议办公室',
    title: `关于召开${meeting.title}的通知`,
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: `关于召开${meeting.title}的通知`, bold: true, font: 'SimHei', size: 44 })] }),
        line('各成员单位：'),
        line(`\u3000\u3000经研究，定于${chinaTimeText(meeting.startsAt)}在${facts.room?.name ?? ''}召开${meeting.title}。现将有关事项通知如下：`),
        line('\u3000\u3000一、会议时间', true),
        line(`\u3000\u3000${chinaTimeText(meeting.startsAt)}${meeting.endsAt ? `至${chinaTimeText(meeting.endsAt).replace(/^.*）/, '')}` : ''}`),
        line('\u3000\u3000二、会议地点', true),
        line(`\u3000\u3000${facts.room?.name ?? ''}`),
        line('\u3000\u3000三、参会单位', true),
        line(`\u3000\u3000${facts.units.map((u) => u.name).join('、') || '各成员单位'}主要负责同志及分管负责同志。`),
        line('\u3000\u3000四、会议议题', true),
        ...facts.agenda.map((title, i) => line(`\u3000\u3000${i + 1}. ${title}`)),
        line('\u3000\u3000五、有关要求', true),
        line('\u3000\u3000请各参会单位认真准备所涉案件的办理情况汇报材料，于会前一个工作日报送联席办。请准时参会，不得缺席。'),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${body?.name ?? '区信访工作联席会议'}办公室`, ...font })] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: dayOf(ctx.now()).replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日'), ...font })] }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

import type { NoticeJob } from '@lianban/kit';
import type { Meeting } from '../entities/meeting.entity';

const CST = 8 * 3_600_000;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 12月18日（周五）14:30, China time. */
function when(at: Date): string {
  const t = new Date(at.getTime() + CST);
  return `${t.getUTCMonth() + 1}月${t.getUTCDate()}日（周${WEEKDAYS[t.getUTCDay()]}）${t.getUTCHours()}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
}

/**
 * 会议通知: what the units that must attend a session (its agenda's lead and cooperating units) and its
 * leaders (包案领导, the convenor) find in their inbox when the schedule is published or a scheduled
 * session is cancelled. Keyed per session, event and the version it was published from, so a job sent or
 * delivered twice makes one notice.
 */
export function meetingNotice(
  meeting: Meeting,
  event: { kind: 'scheduled'; roomName: string } | { kind: 'cancelled'; reason: string },
  attendees: { unitIds: string[]; leaderIds: string[] },
  version: number,
  at: Date,
): NoticeJob {
  const time = meeting.startsAt ? when(meeting.startsAt) : meeting.heldOn;
  const title =
    event.kind === 'scheduled'
      ? `${meeting.title}定于${time}在${event.roomName}召开`
      : `${meeting.title}（原定${time}）已取消：${event.reason.slice(0, 100)}`;
  return {
    key: `meeting:${meeting.id}:${event.kind}:${version}`,
    kind: 'MEETING_NOTICE',
    unitIds: attendees.unitIds,
    personIds: attendees.leaderIds,
    title,
    body: event.kind === 'scheduled' ? '请按时参会；会议通知（docx）与日历文件可在会议页下载。' : event.reason.slice(0, 500),
    subject: { type: 'Meeting', id: meeting.id, label: meeting.title },
    occurredAt: at.toISOString(),
  };
}

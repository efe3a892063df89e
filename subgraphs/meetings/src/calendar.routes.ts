import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ContextForRoute, type Route, isId } from '@lianban/kit';
import { GraphQLError } from 'graphql';
import { Meeting } from './entities/meeting.entity';
import type { MeetingsContext } from './loaders';
import { meetingVisible } from './services/agenda-visibility';
import { noticeDocx, unitFeed } from './services/notice.service';

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'private, no-store', ...extra });
  res.end(body);
}

/** A refusal as HTTP: the codes of the kit's errors, the message safe to show. */
function refuse(res: ServerResponse, error: unknown) {
  const code = error instanceof GraphQLError ? String(error.extensions?.code ?? '') : '';
  const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, PASSWORD_CHANGE_REQUIRED: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, SERVICE_UNAVAILABLE: 503 }[code];
  if (!status) throw error;
  send(res, status, (error as Error).message);
}

/**
 * The caller of a download: the token of `Authorization: Bearer`, or of `?token=` for calendar apps that
 * subscribe to a URL and cannot send headers (use a token of a dedicated account: the URL carries it).
 */
async function caller(req: IncomingMessage, url: URL, contextFor: ContextForRoute<MeetingsContext>) {
  const token = url.searchParams.get('token');
  const context = await contextFor(req.headers.authorization ?? (token ? `Bearer ${token}` : undefined));
  if (!context.identity) throw new GraphQLError('Sign in first: send Authorization: Bearer <token> or ?token=<token>', { extensions: { code: 'UNAUTHENTICATED' } });
  return context;
}

/**
 * Downloads beside GraphQL:
 * - GET /calendar/<unitId>.ics: a unit's calendar feed (RFC 5545) of the sessions it must attend; a
 *   liaison gets its own unit's only, the office, leaders and admins any unit's;
 * - GET /meetings/<meetingId>/notice.docx: the meeting notice (会议通知) as a Word document.
 */
export function calendarRoutes(contextFor: ContextForRoute<MeetingsContext>): Route[] {
  const feed: Route = async (req, res, url) => {
    const match = /^\/calendar\/([^/]+)\.ics$/.exec(url.pathname);
    if (!match || req.method !== 'GET') return false;
    try {
      const unitId = match[1];
      if (!isId(unitId)) return (send(res, 400, 'the unit in /calendar/<unitId>.ics must be a unit id'), true);
      const ctx = await caller(req, url, contextFor);
      if (ctx.identity!.role === 'LIAISON' && ctx.identity!.unitId !== unitId) return (send(res, 403, 'a liaison subscribes to the calendar of its own unit'), true);
      const unit = (await ctx.directory.lookup({ unitIds: [unitId], personIds: [] }, ctx.forwarded())).units.get(unitId);
      if (!unit) return (send(res, 404, `no unit ${unitId}`), true);
      send(res, 200, await unitFeed(ctx, unitId, unit.name), 'text/calendar; charset=utf-8');
    } catch (error) {
      refuse(res, error);
    }
    return true;
  };
  const notice: Route = async (req, res, url) => {
    const match = /^\/meetings\/([^/]+)\/notice\.docx$/.exec(url.pathname);
    if (!match || req.method !== 'GET') return false;
    try {
      if (!isId(match[1])) return (send(res, 400, 'the session in /meetings/<id>/notice.docx must be a session id'), true);
      const ctx = await caller(req, url, contextFor);
      const meeting = await ctx.em.findOne(Meeting, { id: match[1] });
      if (!meeting || !(await meetingVisible(ctx, meeting.id))) return (send(res, 404, `no session ${match[1]}`), true);
      const file = await noticeDocx(ctx, meeting);
      send(res, 200, file, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', {
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`关于召开${meeting.title}的通知.docx`)}`,
      });
    } catch (error) {
      refuse(res, error);
    }
    return true;
  };
  return [feed, notice];
}

import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  addDays,
  checkFirst,
  checkId,
  checkText,
  dayOf,
  decodeCursor,
  keysetPage,
  requireIdentity,
  selectPlain,
} from '@lianban/kit';
import { Warning } from '../entities/warning.entity';
import type { ScreeningContext } from '../loaders';
import { DepartmentKind, WarningStatus } from '../types/screening.enums';
import type { FileWarningInput } from '../types/screening.inputs';
import { isBureau, filingUnit, readingUnit } from './access';
import { checkUnits } from './directory';
import { checkCount, checkDay } from './validation';
import type { VisitCandidate } from './visits';

/** Visits registered this many days before the expected day may be the one warned of (it came early). */
export const SUGGEST_DAYS_BEFORE = 3;
/** … and this many days after it. */
export const SUGGEST_DAYS_AFTER = 7;

/** The earliest a confirmed visit may have been registered: this many days before the expected day. */
export const MATCH_DAYS_BEFORE = 366;

/** A registered visit that may be the one a warning announced, with why. */
export interface MatchSuggestion extends VisitCandidate {
  /** 0..100: higher is likelier */
  score: number;
  reasons: string[];
  /** Registered before the warning was filed: a match would not count for the unit */
  beforeWarning: boolean;
}

function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/**
 * How well a visit fits a warning: the same township is a given (only its visits are asked for); then
 * the days between the expected and the registered day, the category, the head-count and the level.
 */
export function scoreVisit(warning: Pick<Warning, 'expectedOn' | 'expectedHeadCount' | 'destinationLevel' | 'categoryMain' | 'categorySub' | 'filedAt'>, visit: VisitCandidate): MatchSuggestion {
  const reasons = ['同一属地'];
  const days = Math.round((startOfDay(dayOf(visit.registeredAt)).getTime() - startOfDay(warning.expectedOn).getTime()) / 86_400_000);
  let score = Math.max(0, 40 - 5 * Math.abs(days));
  reasons.push(days === 0 ? '预计当日' : `与预计日期相差${Math.abs(days)}天`);
  if (warning.categoryMain && warning.categoryMain === visit.categoryMain) {
    score += warning.categorySub && warning.categorySub === visit.categorySub ? 25 : 15;
    reasons.push(warning.categorySub === visit.categorySub ? '问题类别相同' : '问题大类相同');
  }
  const ratio = Math.min(warning.expectedHeadCount, visit.headCount) / Math.max(warning.expectedHeadCount, visit.headCount);
  score += Math.round(25 * ratio);
  reasons.push(`人数 ${visit.headCount}/${warning.expectedHeadCount}`);
  if (visit.levelVisited === warning.destinationLevel) {
    score += 10;
    reasons.push('访别相同');
  }
  return { ...visit, score: Math.min(100, score), reasons, beforeWarning: visit.registeredAt <= warning.filedAt };
}

/** Warnings (预警) and their match to the visits they announced. */
export class WarningService {
  constructor(private readonly ctx: ScreeningContext) {}

  async file(input: FileWarningInput): Promise<Warning> {
    const caller = requireIdentity(this.ctx.identity);
    const unitId = filingUnit(caller, input.unitId, 'input.unitId');
    const now = this.ctx.now();
    const expectedOn = checkDay(input.expectedOn, 'input.expectedOn');
    if (expectedOn < dayOf(now)) throw new ValidationError(`input.expectedOn: ${expectedOn} is in the past; a warning is filed before the visit`, 'input.expectedOn');
    const expectedHeadCount = checkCount(input.expectedHeadCount, 'input.expectedHeadCount', 1, 100_000);
    const matter = checkText(input.matter, 'input.matter', 2000);
    const categoryMain = checkText(input.categoryMain, 'input.categoryMain', 50, false);
    const categorySub = checkText(input.categorySub, 'input.categorySub', 50, false);
    if (categorySub && !categoryMain) throw new ValidationError('input.categoryMain is required with input.categorySub', 'input.categoryMain');
    const townshipGiven = input.townshipId ? checkId(input.townshipId, 'input.townshipId') : undefined;
    const units = await checkUnits(this.ctx.directory, this.ctx.forwarded(), [
      { id: unitId, field: 'input.unitId' },
      ...(townshipGiven ? [{ id: townshipGiven, field: 'input.townshipId', territorial: true }] : []),
    ]);
    const unit = units.get(unitId)!;
    const territorial = unit.kind === DepartmentKind.TOWNSHIP || unit.kind === DepartmentKind.STREET;
    if (!townshipGiven && !territorial) throw new ValidationError(`input.townshipId is required: ${unit.name} is no township, so name where the visitors come from`, 'input.townshipId');
    const warning = this.ctx.em.create(Warning, {
      id: randomUUID(),
      unitId,
      townshipId: townshipGiven ?? unitId,
      expectedOn,
      destinationLevel: input.destinationLevel,
      expectedHeadCount,
      matter,
      categoryMain,
      categorySub,
      filedAt: now,
      filedBy: caller.accountId,
    });
    await this.ctx.em.flush();
    return warning;
  }

  async get(id: string): Promise<Warning> {
    const warning = await this.ctx.loaders.warning.load(checkId(id, 'id'));
    const caller = requireIdentity(this.ctx.identity);
    if (!warning || (caller.role === 'LIAISON' && warning.unitId !== caller.unitId)) throw new NotFoundError('Warning', id);
    return warning;
  }

  async list(options: { unitId?: string | null; status?: WarningStatus | null; first: number; after?: string | null }) {
    const unitId = readingUnit(this.ctx.identity, options.unitId);
    const first = checkFirst(options.first);
    const where: string[] = [];
    const params: unknown[] = [];
    if (unitId) {
      where.push('unit_id = ?');
      params.push(unitId);
    }
    if (options.status) {
      where.push('status = ?');
      params.push(options.status);
    }
    if (options.after) {
      const [filedAt, id] = decodeCursor(options.after, ['date', 'id']);
      where.push('(filed_at, id) < (?, ?)');
      params.push(filedAt, id);
    }
    const rows = await selectPlain(this.ctx.em, Warning, `${where.length ? `where ${where.join(' and ')}` : ''} order by filed_at desc, id desc limit ?`, [...params, first + 1]);
    return keysetPage(rows, first, (w) => [w.filedAt.toISOString(), w.id]);
  }

  /**
   * Visits that may be the one this warning announced, likeliest first: collective and skip-level visits
   * from its township registered from SUGGEST_DAYS_BEFORE days before the expected day to
   * SUGGEST_DAYS_AFTER days after it (one call to the cases subgraph), leaving out visits the bureau
   * rejected for it and visits already matched to another warning (one statement). The bureau only.
   */
  async suggestions(warning: Warning): Promise<MatchSuggestion[]> {
    this.requireBureau();
    if (warning.status === WarningStatus.MATCHED) return [];
    const visits = await this.ctx.visits.visitCandidates(
      {
        townshipId: warning.townshipId,
        from: startOfDay(addDays(warning.expectedOn, -SUGGEST_DAYS_BEFORE)),
        to: startOfDay(addDays(warning.expectedOn, SUGGEST_DAYS_AFTER + 1)),
      },
      this.ctx.forwarded(),
    );
    const rejected = new Set(warning.rejectedCaseIds ?? []);
    const open = visits.filter((v) => !rejected.has(v.id));
    if (!open.length) return [];
    const taken = await this.ctx.em
      .getConnection()
      .execute<{ matched_case_id: string }[]>(
        `select matched_case_id from "screening"."warning" where matched_case_id in (${open.map(() => '?').join(', ')})`,
        open.map((v) => v.id),
      );
    const matched = new Set(taken.map((t) => t.matched_case_id));
    return open
      .filter((v) => !matched.has(v.id))
      .map((v) => scoreVisit(warning, v))
      .sort((a, b) => b.score - a.score || a.registeredAt.getTime() - b.registeredAt.getTime());
  }

  /**
   * The bureau confirms that a registered visit is the one the warning announced. The visit must be a
   * collective or skip-level visit from the warning's township (asked of the cases subgraph); a case
   * matches one warning at most. A visit registered before the warning was filed may be matched, but
   * does not count for the unit (`reportingFacts.warnedCaseIds`).
   */
  async confirm(warningId: string, caseId: string, version?: number | null): Promise<Warning> {
    const caller = this.requireBureau();
    checkId(caseId, 'caseId');
    const current = await this.get(warningId);
    const [visit] = await this.ctx.visits.visitCandidates(
      // a visit a year before the expected day is no visit this warning announced
      { townshipId: current.townshipId, from: startOfDay(addDays(current.expectedOn, -MATCH_DAYS_BEFORE)), to: new Date(this.ctx.now().getTime() + 1), caseIds: [caseId] },
      this.ctx.forwarded(),
    );
    if (!visit) {
      throw new ValidationError('caseId names no collective or skip-level visit registered from the warning\'s township up to a year before its expected day', 'caseId');
    }
    return this.ctx.em.transactional(async (em) => {
      const warning = await em.findOneOrFail(Warning, { id: current.id });
      if (version != null && version !== warning.version) throw new ConflictError(`The warning was changed by someone else (now version ${warning.version}): read it again`);
      if (warning.matchedCaseId === caseId) return warning;
      if (warning.status === WarningStatus.MATCHED) throw new ConflictError(`The warning is already matched to ${warning.matchedCaseNumber}: reject that match first`);
      const other = await em.findOne(Warning, { matchedCaseId: caseId });
      if (other) throw new ConflictError(`${visit.number} is already matched to another warning`);
      em.assign(warning, {
        status: WarningStatus.MATCHED,
        matchedCaseId: visit.id,
        matchedCaseNumber: visit.number,
        visitRegisteredAt: visit.registeredAt,
        matchedAt: this.ctx.now(),
        matchedBy: caller.accountId,
        rejectedCaseIds: (warning.rejectedCaseIds ?? []).filter((id) => id !== caseId),
      });
      return warning;
    });
  }

  /**
   * The bureau says a visit is not the one the warning announced: it is not suggested for it again, and
   * when it was the confirmed match the match is withdrawn.
   */
  async reject(warningId: string, caseId: string, version?: number | null): Promise<Warning> {
    this.requireBureau();
    checkId(caseId, 'caseId');
    const current = await this.get(warningId);
    return this.ctx.em.transactional(async (em) => {
      const warning = await em.findOneOrFail(Warning, { id: current.id });
      if (version != null && version !== warning.version) throw new ConflictError(`The warning was changed by someone else (now version ${warning.version}): read it again`);
      const rejected = new Set(warning.rejectedCaseIds ?? []);
      rejected.add(caseId);
      const withdraw = warning.matchedCaseId === caseId;
      em.assign(warning, {
        rejectedCaseIds: [...rejected],
        ...(withdraw
          ? { status: WarningStatus.OPEN, matchedCaseId: null, matchedCaseNumber: null, visitRegisteredAt: null, matchedAt: null, matchedBy: null }
          : {}),
      });
      return warning;
    });
  }

  private requireBureau() {
    const caller = requireIdentity(this.ctx.identity);
    if (!isBureau(caller)) throw new ForbiddenError('Only the petition bureau matches visits to warnings');
    return caller;
  }
}

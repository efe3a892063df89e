import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  checkFirst,
  checkId,
  checkText,
  dayOf,
  decodeCursor,
  keysetPage,
  officialCalendar,
  requireIdentity,
  selectPlain,
} from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ScreeningCadenceRule, ScreeningReport, type UnstableFactor } from '../entities/screening-report.entity';
import type { ScreeningContext } from '../loaders';
import type { FileScreeningReportInput } from '../types/screening.inputs';
import { Cadence, DepartmentKind } from '../types/screening.enums';
import { filingUnit, isBureau, readingUnit } from './access';
import { type Cycle, cycleByKey, cycleOf, dueAt } from './cycles';
import { checkUnits, type UnitFacts } from './directory';
import { checkCount } from './validation';

/** The cadence of each kind of unit unless the bureau set another: departments monthly, townships and streets weekly. */
export const DEFAULT_CADENCES: Partial<Record<DepartmentKind, Cadence>> = {
  [DepartmentKind.DEPARTMENT]: Cadence.MONTHLY,
  [DepartmentKind.TOWNSHIP]: Cadence.WEEKLY,
  [DepartmentKind.STREET]: Cadence.WEEKLY,
};

/** Kinds that screen: the district leadership does not. */
export const SCREENING_KINDS = [DepartmentKind.DEPARTMENT, DepartmentKind.TOWNSHIP, DepartmentKind.STREET];

/** The cadence of every screening kind: the bureau's setting, else the kind's default. */
export async function readCadences(em: EntityManager): Promise<Map<DepartmentKind, Cadence>> {
  const set = await selectPlain(em, ScreeningCadenceRule, '');
  const cadences = new Map<DepartmentKind, Cadence>();
  for (const kind of SCREENING_KINDS) cadences.set(kind, (set.find((r) => r.unitKind === kind)?.cadence ?? DEFAULT_CADENCES[kind]) as Cadence);
  return cadences;
}

export interface MissingReport {
  unit: UnitFacts;
  cycle: Cycle;
}

/** Screening reports (排查报告): filing, reading, who has not filed. */
export class ScreeningService {
  constructor(private readonly ctx: ScreeningContext) {}

  /** The cadence of every screening kind (one statement per request). */
  cadences(): Promise<Map<DepartmentKind, Cadence>> {
    return this.ctx.loaders.cadences.load('all');
  }

  async setCadence(kind: DepartmentKind, cadence: Cadence): Promise<Map<DepartmentKind, Cadence>> {
    const caller = requireIdentity(this.ctx.identity);
    if (!SCREENING_KINDS.includes(kind)) throw new ValidationError(`unitKind: ${kind} units do not file screening reports`, 'unitKind');
    await this.ctx.em.upsert(
      ScreeningCadenceRule,
      { id: randomUUID(), unitKind: kind, cadence, setAt: this.ctx.now(), setBy: caller.accountId },
      { onConflictFields: ['unitKind'], onConflictAction: 'merge', onConflictMergeFields: ['cadence', 'setAt', 'setBy'] },
    );
    this.ctx.loaders.cadences.clearAll();
    return this.cadences();
  }

  async file(input: FileScreeningReportInput): Promise<ScreeningReport> {
    const caller = requireIdentity(this.ctx.identity);
    const unitId = filingUnit(caller, input.unitId, 'input.unitId');
    const factors = checkFactors(input);
    const version = input.version == null ? undefined : checkCount(input.version, 'input.version', 1);
    const calendar = officialCalendar();
    const now = this.ctx.now();
    const cycleGiven = input.cycle ? cycleByKey(input.cycle, calendar, 'input.cycle') : undefined;
    const unit = (await checkUnits(this.ctx.directory, this.ctx.forwarded(), [{ id: unitId, field: 'input.unitId' }])).get(unitId) as UnitFacts;
    const cadence = (await this.cadences()).get(unit.kind);
    if (!cadence) throw new ValidationError(`input.unitId: ${unit.name} does not file screening reports`, 'input.unitId');
    const cycle = cycleGiven ?? cycleOf(cadence, dayOf(now), calendar);
    if (cycle.cadence !== cadence) {
      throw new ValidationError(`input.cycle: ${unit.name} screens ${cadence === Cadence.WEEKLY ? 'weekly (e.g. 2026-W48)' : 'monthly (e.g. 2026-11)'}, not ${input.cycle}`, 'input.cycle');
    }
    if (cycle.startsOn > dayOf(now)) throw new ValidationError(`input.cycle: ${cycle.key} has not begun yet`, 'input.cycle');
    return this.ctx.em.transactional(async (em) => {
      const existing = await em.findOne(ScreeningReport, { unitId, cycleKey: cycle.key });
      if (existing) {
        // one report per unit and cycle: a second filing replaces the first, but only by someone who read it
        if (version === undefined) {
          throw new ConflictError(`${unit.name} already filed its screening report for ${cycle.key} (version ${existing.version}): send that version to replace it`);
        }
        if (version !== existing.version) {
          throw new ConflictError(`The screening report of ${unit.name} for ${cycle.key} was changed by someone else (now version ${existing.version}): read it again`);
        }
        em.assign(existing, { factors, nothingFound: input.nothingFound, updatedAt: now, filedBy: caller.accountId });
        return existing;
      }
      if (version !== undefined) throw new ConflictError(`${unit.name} has no screening report for ${cycle.key} to replace`);
      return em.create(ScreeningReport, {
        id: randomUUID(),
        unitId,
        cadence,
        cycleKey: cycle.key,
        cycleStartsOn: cycle.startsOn,
        cycleEndsOn: cycle.endsOn,
        dueOn: cycle.dueOn,
        nothingFound: input.nothingFound,
        factors,
        filedAt: now,
        updatedAt: now,
        filedBy: caller.accountId,
        late: now > dueAt(cycle),
      });
    });
  }

  async get(id: string): Promise<ScreeningReport> {
    const [report] = await selectPlain(this.ctx.em, ScreeningReport, 'where id = ?', [checkId(id, 'id')]);
    const caller = requireIdentity(this.ctx.identity);
    // another unit's report does not exist for a liaison
    if (!report || (caller.role === 'LIAISON' && report.unitId !== caller.unitId)) throw new NotFoundError('ScreeningReport', id);
    return report;
  }

  /** Reports newest first, a keyset page at a time; a liaison's own unit only. */
  async list(options: { unitId?: string | null; cycle?: string | null; first: number; after?: string | null }) {
    const unitId = readingUnit(this.ctx.identity, options.unitId);
    const first = checkFirst(options.first);
    const where: string[] = [];
    const params: unknown[] = [];
    if (unitId) {
      where.push('unit_id = ?');
      params.push(unitId);
    }
    if (options.cycle) {
      where.push('cycle_key = ?');
      params.push(cycleByKey(options.cycle, officialCalendar()).key);
    }
    if (options.after) {
      const [filedAt, id] = decodeCursor(options.after, ['date', 'id']);
      where.push('(filed_at, id) < (?, ?)');
      params.push(filedAt, id);
    }
    const rows = await selectPlain(
      this.ctx.em,
      ScreeningReport,
      `${where.length ? `where ${where.join(' and ')}` : ''} order by filed_at desc, id desc limit ?`,
      [...params, first + 1],
    );
    return keysetPage(rows, first, (r) => [r.filedAt.toISOString(), r.id]);
  }

  /**
   * Units that have not filed for a cycle: the one named (only units of its cadence owe it), or else each
   * unit's current cycle. The bureau only. One directory call and one statement.
   */
  async missing(cycleKey?: string | null): Promise<MissingReport[]> {
    const caller = requireIdentity(this.ctx.identity);
    if (!isBureau(caller)) throw new ForbiddenError('Only the petition bureau sees who has not filed');
    const calendar = officialCalendar();
    const named = cycleKey ? cycleByKey(cycleKey, calendar) : undefined;
    const cadences = await this.cadences();
    const kinds = SCREENING_KINDS.filter((kind) => !named || cadences.get(kind) === named.cadence);
    const units = await this.ctx.directory.activeUnits(kinds, this.ctx.forwarded());
    const today = dayOf(this.ctx.now());
    const owed = units.map((unit) => ({ unit, cycle: named ?? cycleOf(cadences.get(unit.kind) as Cadence, today, calendar) }));
    if (!owed.length) return [];
    const keys = [...new Set(owed.map((o) => o.cycle.key))];
    const filed = await selectPlain(this.ctx.em, ScreeningReport, `where cycle_key in (${keys.map(() => '?').join(', ')})`, keys);
    const done = new Set(filed.map((r) => `${r.unitId}/${r.cycleKey}`));
    return owed
      .filter((o) => !done.has(`${o.unit.id}/${o.cycle.key}`))
      .sort((a, b) => a.unit.kind.localeCompare(b.unit.kind) || a.unit.name.localeCompare(b.unit.name, 'zh'));
  }
}

function checkFactors(input: FileScreeningReportInput): UnstableFactor[] {
  const factors = input.factors ?? [];
  if (input.nothingFound && factors.length) throw new ValidationError('input.factors must be empty when nothingFound (无) is true', 'input.factors');
  if (!input.nothingFound && !factors.length) {
    throw new ValidationError('input.factors: list the unstable factors found, or file nothingFound: true (无)', 'input.factors');
  }
  if (factors.length > 200) throw new ValidationError('input.factors: at most 200 factors in one report', 'input.factors');
  return factors.map((f, i) => {
    const at = `input.factors[${i}]`;
    return {
      description: checkText(f.description, `${at}.description`, 2000),
      riskLevel: f.riskLevel,
      peopleInvolved: checkCount(f.peopleInvolved, `${at}.peopleInvolved`, 0),
      place: checkText(f.place, `${at}.place`, 200),
      measures: checkText(f.measures, `${at}.measures`, 2000),
      responsible: checkText(f.responsible, `${at}.responsible`, 100),
    };
  });
}

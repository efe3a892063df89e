import { randomUUID } from 'node:crypto';
import { type Identity, type WorkCalendar, AppError, ValidationError, checkText, dayOf } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClockKind, RULE_SETS, computeDeadline } from '../clocks/rules';
import { COLUMN_BY_KEY, type ColumnKey, type RawRow, STEP_COLUMNS } from '../import/columns';
import { type CellProblem, readCaseWorkbook } from '../import/workbook';
import { CaseForm, CaseStatus, Channel, Priority, Satisfaction, TaskRole, TaskStatus, VisitLevel } from '../types/case.enums';
import { phoneProblem, residentIdProblem } from '../validation/identity';
import type { Directory, DirectoryCatalog } from './directory';

/** Largest workbook accepted, decoded (about 40,000 filled rows of the template). */
export const MAX_WORKBOOK_BYTES = 8 * 1024 * 1024;
/** Most rows imported at once. */
export const MAX_IMPORT_ROWS = 20_000;

const CHANNELS: Record<string, Channel> = {
  来信: Channel.LETTER, 来访: Channel.VISIT, 来电: Channel.PHONE, 网上: Channel.ONLINE, 网上信访: Channel.ONLINE,
  领导接访: Channel.LEADER_RECEPTION, 上级交办: Channel.ASSIGNED_FROM_ABOVE,
};
const FORMS: Record<string, CaseForm> = { 个人访: CaseForm.INDIVIDUAL, 个人: CaseForm.INDIVIDUAL, 集体访: CaseForm.COLLECTIVE, 集体: CaseForm.COLLECTIVE };
const LEVELS: Record<string, VisitLevel> = {
  到区: VisitLevel.DISTRICT, 区: VisitLevel.DISTRICT, 到市: VisitLevel.CITY, 市: VisitLevel.CITY,
  赴省: VisitLevel.PROVINCE, 省: VisitLevel.PROVINCE, 进京: VisitLevel.BEIJING, 京: VisitLevel.BEIJING,
};
const PRIORITIES: Record<string, Priority> = { 一般: Priority.NORMAL, 急: Priority.URGENT, 特急: Priority.VERY_URGENT };
const SATISFACTIONS: Record<string, Satisfaction> = { 满意: Satisfaction.SATISFIED, 基本满意: Satisfaction.BASICALLY_SATISFIED, 不满意: Satisfaction.DISSATISFIED };

/** A choice column read by its Chinese word or by the enum value itself. */
function choice<T extends string>(words: Record<string, T>, value: string): T | undefined {
  return words[value] ?? (Object.values(words).includes(value as T) ? (value as T) : undefined);
}

/** One row that passed every check, ready to write. */
interface CheckedRow {
  row: number;
  legacyNumber?: string;
  channel: Channel;
  petitioner: { name: string; idNumber?: string; phone?: string; address?: string };
  form: CaseForm;
  headCount: number;
  levelVisited: VisitLevel;
  assigningLevel?: VisitLevel;
  assigningDocument?: string;
  townshipId: string;
  categoryMain: string;
  categorySub: string;
  summary: string;
  demands?: string;
  priority: Priority;
  steps: Partial<Record<(typeof STEP_COLUMNS)[number], Date>> & { registeredAt: Date };
  leadUnitId?: string;
  cooperatingUnitIds: string[];
  reply?: string;
  satisfaction?: Satisfaction;
}

export interface ImportReport {
  /** Filled rows read. */
  rows: number;
  /** Every problem found, by row and column; the import writes nothing while there is one. */
  problems: CellProblem[];
  /** Cases written (0 on a dry run or a refused import). */
  imported: number;
  /** The number each row got (an import only). */
  cases: { row: number; number: string; legacyNumber?: string }[];
  /** 重复访: rows without problems recorded (or to be recorded) as repeats, by row. */
  repeats: ImportRepeat[];
}

/** A row recorded as a repeat (重复访), and of what. */
export interface ImportRepeat {
  row: number;
  repeatsNumber?: string;
  repeatsRow?: number;
  notToBeAcceptedAgain: boolean;
  note: string;
}

/** The earlier matter a row repeats: a case in the system, or an earlier row (in date order) of the workbook. */
interface RowRepeat {
  existing?: { id: string; number: string; terminated: boolean };
  earlierRow?: number;
}

/** How registerCase matches a petitioner: by ID number, else by name and phone; neither, no match. */
function identityKey(p: CheckedRow['petitioner']): string | undefined {
  return p.idNumber ? `id:${p.idNumber}` : p.phone ? `np:${p.name}\u0000${p.phone}` : undefined;
}
/** Every key by which a later intake may match this petitioner. */
function matchKeys(p: { idNumber?: string | null; name: string; phone?: string | null }): string[] {
  return [...(p.idNumber ? [`id:${p.idNumber}`] : []), ...(p.phone ? [`np:${p.name}\u0000${p.phone}`] : [])];
}

/** The note registerCase leaves on the REGISTERED entry of a repeat. */
function repeatNote(number: string, terminated: boolean): string {
  return `重复访: repeats ${number}${terminated ? ' (终结, 不再受理)' : ''}`;
}

/**
 * A date cell, or text `YYYY-MM-DD [HH:mm[:ss]]` (also with / or .), as the China-time instant it names;
 * a day without a time is taken at noon, so it reads as the same day in any time zone. Excel keeps no
 * time zone: a date cell's wall clock is read as China time.
 */
export function chinaInstant(value: string | Date): Date | null {
  let parts: number[];
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const hasTime = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() > 0;
    parts = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), hasTime ? value.getUTCHours() : 12, value.getUTCMinutes(), value.getUTCSeconds()];
  } else {
    const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
    if (!match) return null;
    parts = [Number(match[1]), Number(match[2]), Number(match[3]), match[4] ? Number(match[4]) : 12, Number(match[5] ?? 0), Number(match[6] ?? 0)];
  }
  const [y, m, d, h, mi, s] = parts;
  const utc = new Date(Date.UTC(y, m - 1, d, h, mi, s));
  if (utc.getUTCFullYear() !== y || utc.getUTCMonth() !== m - 1 || utc.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return new Date(utc.getTime() - 8 * 3_600_000);
}

const STEP_NAMES: Record<(typeof STEP_COLUMNS)[number], string> = {
  registeredAt: '登记', acceptedAt: '受理', assignedAt: '交办', signedForAt: '签收', repliedAt: '答复', closedAt: '办结',
};

/**
 * 补录: brings in cases from the old system's Excel workbook. A dry run lists every row's problems with
 * its row and column; an import writes all rows in one transaction, with bulk statements, or none.
 * Past steps carry their real dates (so clocks, cards and the office report of past periods are right)
 * and are marked `backdated` on the timeline.
 */
export class CaseImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: WorkCalendar,
    private readonly now: () => Date,
    private readonly directory: Directory,
    private readonly caller: Identity,
    private readonly forwarded: Record<string, string> = {},
  ) {}

  /** Decodes a base64 workbook, refusing one above the size limit. */
  static decode(workbook: string): Buffer {
    const compact = workbook.replace(/\s+/g, '');
    if (compact.length > Math.ceil(MAX_WORKBOOK_BYTES / 3) * 4) {
      throw new ValidationError(`workbook is larger than ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB: split it into several workbooks`, 'workbook');
    }
    if (!compact || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) throw new ValidationError('workbook must be the .xlsx file in base64', 'workbook');
    return Buffer.from(compact, 'base64');
  }

  /** Every problem of the workbook; nothing is written. */
  async dryRun(data: Buffer): Promise<ImportReport> {
    const { rows, problems, repeats } = await this.check(data);
    const found = [...repeats].map(([row, repeat]): ImportRepeat => repeat.existing
      ? { row, repeatsNumber: repeat.existing.number, notToBeAcceptedAgain: repeat.existing.terminated, note: repeatNote(repeat.existing.number, repeat.existing.terminated) }
      : { row, repeatsRow: repeat.earlierRow, notToBeAcceptedAgain: false, note: `重复访: repeats row ${repeat.earlierRow} of this workbook` });
    return { rows: rows.total, problems, imported: 0, cases: [], repeats: found.sort((a, b) => a.row - b.row) };
  }

  /** Writes every row, or nothing when any row has a problem (then the report lists them all). */
  async import(data: Buffer): Promise<ImportReport> {
    const { rows, problems, repeats } = await this.check(data);
    if (problems.length > 0) return { rows: rows.total, problems, imported: 0, cases: [], repeats: [] };
    const written = await this.write(rows.checked, repeats);
    return { rows: rows.total, problems: [], imported: written.cases.length, ...written };
  }

  private async check(data: Buffer) {
    const parsed = await readCaseWorkbook(data, MAX_IMPORT_ROWS);
    const problems = [...parsed.problems];
    if (parsed.rows.length === 0 && problems.length === 0) problems.push({ row: 2, column: '', message: 'the workbook has no rows to import' });
    const catalog = await this.directory.catalog(this.forwarded);
    const lookup = unitLookup(catalog);
    const categories = new Set(catalog.categories.map((c) => `${c.main}/${c.sub}`));
    const checked: CheckedRow[] = [];
    for (const { row, values } of parsed.rows) {
      const rowProblems: CellProblem[] = [];
      const result = this.checkRow(row, values, lookup, categories, rowProblems);
      problems.push(...rowProblems);
      if (result && rowProblems.length === 0) checked.push(result);
    }
    problems.push(...this.duplicates(parsed.rows));
    problems.push(...(await this.alreadyImported(parsed.rows)));
    problems.sort((a, b) => a.row - b.row);
    return { rows: { total: parsed.rows.length, checked }, problems, repeats: await this.repeats(checked) };
  }

  /**
   * 重复访, by registerCase's rule (同人+同事: a petitioner with the same ID number, or without one the same
   * name and phone, on a matter of the same category, not merged away), applied in order of registration:
   * each row repeats the most recent matter registered before it, a case already in the system or an
   * earlier row of the workbook (same instant: the row above). One statement for every row.
   */
  private async repeats(rows: CheckedRow[]): Promise<Map<number, RowRepeat>> {
    const found = new Map<number, RowRepeat>();
    const asking = rows.filter((r) => identityKey(r.petitioner));
    if (asking.length === 0) return found;
    const ids = [...new Set(asking.map((r) => r.petitioner.idNumber).filter(Boolean))];
    const namePhones = [...new Map(asking.filter((r) => !r.petitioner.idNumber).map((r) => [`${r.petitioner.name}\u0000${r.petitioner.phone}`, [r.petitioner.name, r.petitioner.phone]])).values()];
    const subs = [...new Set(asking.map((r) => r.categorySub))];
    const earlier = await this.em.getConnection().execute<{ id: string; number: string; status: CaseStatus; at_ms: string; category_sub: string; id_number: string | null; name: string; phone: string | null }[]>(
      `select c.id, c.number, c.status, (extract(epoch from c.registered_at) * 1000)::bigint as at_ms, c.category_sub, p.id_number, p.name, p.phone
       from "cases"."petitioner" p join "cases"."case" c on c.id = p.case_id
       where p.id_number in (select jsonb_array_elements_text(?::jsonb))
         and c.merged_into_id is null and c.category_sub in (select jsonb_array_elements_text(?::jsonb))
       union
       select c.id, c.number, c.status, (extract(epoch from c.registered_at) * 1000)::bigint as at_ms, c.category_sub, p.id_number, p.name, p.phone
       from "cases"."petitioner" p join "cases"."case" c on c.id = p.case_id
       where (p.name, p.phone) in (select x->>0, x->>1 from jsonb_array_elements(?::jsonb) x)
         and c.merged_into_id is null and c.category_sub in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(ids), JSON.stringify(subs), JSON.stringify(namePhones), JSON.stringify(subs)],
    );
    // the cases in the system by (petitioner key, category), oldest first
    const existing = new Map<string, { id: string; number: string; terminated: boolean; at: number }[]>();
    for (const c of earlier) {
      for (const key of matchKeys({ idNumber: c.id_number, name: c.name, phone: c.phone })) {
        const list = existing.get(`${key}\u0001${c.category_sub}`) ?? [];
        list.push({ id: c.id, number: c.number, terminated: c.status === CaseStatus.TERMINATED, at: Number(c.at_ms) });
        existing.set(`${key}\u0001${c.category_sub}`, list);
      }
    }
    for (const list of existing.values()) list.sort((a, b) => a.at - b.at || a.number.localeCompare(b.number));
    // the workbook in order of registration: each row may repeat the rows before it
    const ordered = [...rows].sort((a, b) => a.steps.registeredAt.getTime() - b.steps.registeredAt.getTime() || a.row - b.row);
    const lastRow = new Map<string, CheckedRow>();
    for (const row of ordered) {
      const own = identityKey(row.petitioner);
      const at = row.steps.registeredAt.getTime();
      if (own) {
        const key = `${own}\u0001${row.categorySub}`;
        const candidates = existing.get(key) ?? [];
        let inSystem: (typeof candidates)[number] | undefined;
        for (let i = candidates.length - 1; i >= 0 && !inSystem; i -= 1) if (candidates[i].at < at) inSystem = candidates[i];
        const inWorkbook = lastRow.get(key);
        if (inWorkbook && (!inSystem || inWorkbook.steps.registeredAt.getTime() >= inSystem.at)) found.set(row.row, { earlierRow: inWorkbook.row });
        else if (inSystem) found.set(row.row, { existing: { id: inSystem.id, number: inSystem.number, terminated: inSystem.terminated } });
      }
      for (const key of matchKeys(row.petitioner)) lastRow.set(`${key}\u0001${row.categorySub}`, row);
    }
    return found;
  }

  private checkRow(
    row: number,
    values: RawRow,
    units: ReturnType<typeof unitLookup>,
    categories: Set<string>,
    problems: CellProblem[],
  ): CheckedRow | null {
    const problem = (key: ColumnKey, message: string) => problems.push({ row, column: COLUMN_BY_KEY[key].header, message });
    const textOf = (key: ColumnKey, max: number): string | undefined => {
      const value = values[key];
      const column = COLUMN_BY_KEY[key];
      if (value === undefined) {
        if (column.required) problem(key, `${column.header} is required`);
        return undefined;
      }
      if (value instanceof Date) return dayOf(value);
      try {
        return checkText(value, column.header, max, false);
      } catch (error) {
        problem(key, error instanceof AppError ? error.message : String(error));
        return undefined;
      }
    };
    const chosen = <T extends string>(key: ColumnKey, words: Record<string, T>, fallback?: T): T | undefined => {
      const value = textOf(key, 20);
      if (value === undefined) return fallback;
      const found = choice(words, value);
      if (!found) problem(key, `${COLUMN_BY_KEY[key].header} ${JSON.stringify(value)} is not one of ${Object.keys(words).join('/')}`);
      return found;
    };

    const legacyNumber = textOf('legacyNumber', 40);
    const channel = chosen('channel', CHANNELS);
    const name = textOf('name', 50);
    const idNumber = textOf('idNumber', 18 + 2)?.toUpperCase();
    if (idNumber) {
      const why = residentIdProblem(idNumber, this.now());
      if (why) problem('idNumber', `身份证号 ${why}`);
    }
    const phone = textOf('phone', 30)?.replace(/[\s-]/g, '');
    if (phone) {
      const why = phoneProblem(phone);
      if (why) problem('phone', `联系电话 ${why}`);
    }
    const address = textOf('address', 200);
    const form = chosen('form', FORMS);
    const headText = textOf('headCount', 10);
    const headCount = headText === undefined ? undefined : Number(headText);
    if (headText !== undefined && (!Number.isInteger(headCount) || (headCount as number) < 1 || (headCount as number) > 10_000)) {
      problem('headCount', `人数 ${JSON.stringify(headText)} must be a whole number from 1`);
    } else if (headCount !== undefined && form === CaseForm.COLLECTIVE && headCount < 5) {
      problem('headCount', 'a collective visit (集体访) has 5 or more people: 人数 is below 5');
    } else if (headCount !== undefined && form === CaseForm.INDIVIDUAL && headCount >= 5) {
      problem('form', '5 or more people make a collective visit: 形式 must be 集体访');
    }
    const levelVisited = chosen('levelVisited', LEVELS, VisitLevel.DISTRICT);
    const assigningLevel = chosen('assigningLevel', LEVELS);
    const assigningDocument = textOf('assigningDocument', 100);
    if (channel === Channel.ASSIGNED_FROM_ABOVE) {
      if (!assigningLevel || assigningLevel === VisitLevel.DISTRICT) problem('assigningLevel', 'a matter assigned from above (上级交办) needs 交办层级 above the district');
      if (!assigningDocument) problem('assigningDocument', 'a matter assigned from above (上级交办) needs 交办文号');
    } else if (channel && (assigningLevel || assigningDocument)) {
      problem(assigningLevel ? 'assigningLevel' : 'assigningDocument', '交办层级 and 交办文号 are only for 上级交办');
    }
    if (channel && levelVisited && levelVisited !== VisitLevel.DISTRICT
      && ![Channel.VISIT, Channel.LEADER_RECEPTION, Channel.ASSIGNED_FROM_ABOVE].includes(channel)) {
      problem('levelVisited', '访别 above the district is for visits and matters assigned from above');
    }
    const townshipText = textOf('township', 100);
    const township = townshipText ? units.get(townshipText) : undefined;
    if (townshipText && !township) problem('township', `属地 ${townshipText} names no known township or street`);
    else if (township && township.kind !== 'TOWNSHIP' && township.kind !== 'STREET') problem('township', `属地 must be a township or street; ${township.name} is not`);
    const categoryMain = textOf('categoryMain', 50);
    const categorySub = textOf('categorySub', 50);
    if (categoryMain && categorySub && !categories.has(`${categoryMain}/${categorySub}`)) {
      problem('categorySub', `${categoryMain}/${categorySub} is not a known problem category`);
    }
    const summary = textOf('summary', 2000);
    const demands = textOf('demands', 2000);
    const priority = chosen('priority', PRIORITIES, Priority.NORMAL);

    // the past steps: each a real date, not in the future, in the order the lifecycle takes them
    const steps: Partial<Record<(typeof STEP_COLUMNS)[number], Date>> = {};
    let previous: { key: (typeof STEP_COLUMNS)[number]; at: Date } | undefined;
    let missing: (typeof STEP_COLUMNS)[number] | undefined;
    let reportedMissing = false;
    for (const key of STEP_COLUMNS) {
      const raw = values[key];
      const header = COLUMN_BY_KEY[key].header;
      if (raw === undefined) {
        if (COLUMN_BY_KEY[key].required) problem(key, `${header} is required`);
        missing ??= key;
        continue;
      }
      const at = chinaInstant(raw);
      if (!at) {
        problem(key, `${header} ${JSON.stringify(raw instanceof Date ? raw.toISOString() : raw)} is not a date (YYYY-MM-DD or YYYY-MM-DD HH:mm)`);
        continue;
      }
      if (at.getTime() > this.now().getTime()) problem(key, `${header} ${dayOf(at)} is in the future`);
      if (missing && !reportedMissing) {
        reportedMissing = true;
        problem(key, `${header} needs ${COLUMN_BY_KEY[missing].header}: a case is ${STEP_NAMES[key]} only after it was ${STEP_NAMES[missing]}`);
      }
      if (previous && at < previous.at) {
        problem(key, `${header} ${dayOf(at)} is before ${COLUMN_BY_KEY[previous.key].header} ${dayOf(previous.at)}: the dates are out of order`);
      }
      steps[key] = at;
      previous = { key, at };
    }

    const leadText = textOf('leadUnit', 100);
    const lead = leadText ? units.get(leadText) : undefined;
    if (leadText && !lead) problem('leadUnit', `牵头单位 ${leadText} names no known unit`);
    if (steps.assignedAt && !leadText) problem('leadUnit', '牵头单位 is required for a case that was assigned (交办日期)');
    if (!steps.assignedAt && leadText) problem('assignedAt', '交办日期 is required when 牵头单位 is given');
    const cooperatingText = textOf('cooperatingUnits', 1000);
    const cooperatingUnitIds: string[] = [];
    if (cooperatingText) {
      if (!steps.assignedAt) problem('cooperatingUnits', '协办单位 are given only for a case that was assigned (交办日期)');
      for (const part of cooperatingText.split(/[、,，;；\n]+/).map((p) => p.trim()).filter(Boolean)) {
        const unit = units.get(part);
        if (!unit) problem('cooperatingUnits', `协办单位 ${part} names no known unit`);
        else if (unit.id === lead?.id) problem('cooperatingUnits', `协办单位 ${part} is already the lead unit`);
        else if (cooperatingUnitIds.includes(unit.id)) problem('cooperatingUnits', `协办单位 ${part} is named twice`);
        else cooperatingUnitIds.push(unit.id);
      }
    }
    const reply = textOf('reply', 5000);
    if (steps.repliedAt && !reply) problem('reply', '答复意见 is required for a case that was replied to (答复日期)');
    if (!steps.repliedAt && reply) problem('repliedAt', '答复日期 is required when 答复意见 is given');
    const satisfaction = chosen('satisfaction', SATISFACTIONS);
    if (steps.closedAt && !satisfaction && values.satisfaction === undefined) problem('satisfaction', '满意度 is required for a closed case (办结日期)');
    if (!steps.closedAt && satisfaction) problem('closedAt', '办结日期 is required when 满意度 is given');

    if (problems.length > 0 || !channel || !name || !form || headCount === undefined || !levelVisited || !township || !categoryMain
      || !categorySub || !summary || !priority || !steps.registeredAt) {
      return null;
    }
    return {
      row, legacyNumber, channel, form, headCount, levelVisited, assigningLevel, assigningDocument, categoryMain, categorySub, summary,
      demands, priority, reply, satisfaction, cooperatingUnitIds,
      petitioner: { name, idNumber, phone, address },
      townshipId: township.id,
      leadUnitId: lead?.id,
      steps: { ...steps, registeredAt: steps.registeredAt },
    };
  }

  /** 重复行: the same old number twice, or the same petitioner, day, category and summary twice. */
  private duplicates(rows: { row: number; values: RawRow }[]): CellProblem[] {
    const problems: CellProblem[] = [];
    const byNumber = new Map<string, number>();
    const byContent = new Map<string, number>();
    const day = (value: string | Date | undefined) => (value === undefined ? '' : (chinaInstant(value) ? dayOf(chinaInstant(value) as Date) : String(value)));
    for (const { row, values } of rows) {
      const legacy = typeof values.legacyNumber === 'string' ? values.legacyNumber.trim() : undefined;
      if (legacy) {
        const first = byNumber.get(legacy);
        if (first) problems.push({ row, column: COLUMN_BY_KEY.legacyNumber.header, message: `duplicate row: 原编号 ${legacy} is also on row ${first}` });
        else byNumber.set(legacy, row);
      }
      const key = [values.name, values.idNumber, day(values.registeredAt), values.categoryMain, values.categorySub, values.summary].map((v) => String(v ?? '')).join('\u0000');
      const first = byContent.get(key);
      if (first) problems.push({ row, column: COLUMN_BY_KEY.name.header, message: `duplicate row: the same petitioner, 登记日期, category and summary as row ${first}` });
      else byContent.set(key, row);
    }
    return problems;
  }

  /** Old numbers that an earlier import already brought in (importing a workbook twice). */
  private async alreadyImported(rows: { row: number; values: RawRow }[]): Promise<CellProblem[]> {
    const numbers = rows.map((r) => (typeof r.values.legacyNumber === 'string' ? r.values.legacyNumber.trim() : '')).filter(Boolean);
    if (numbers.length === 0) return [];
    const found = await this.em.getConnection().execute<{ legacy_number: string; number: string }[]>(
      `select legacy_number, number from "cases"."case" where legacy_number in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(numbers)],
    );
    const imported = new Map(found.map((f) => [f.legacy_number, f.number]));
    return rows.flatMap(({ row, values }) => {
      const legacy = typeof values.legacyNumber === 'string' ? values.legacyNumber.trim() : '';
      const number = imported.get(legacy);
      return number ? [{ row, column: COLUMN_BY_KEY.legacyNumber.header, message: `原编号 ${legacy} was already imported as ${number}` }] : [];
    });
  }

  /** Writes the checked rows in one transaction, a few bulk statements per table. */
  private async write(rows: CheckedRow[], repeated: Map<number, RowRepeat>): Promise<Pick<ImportReport, 'cases' | 'repeats'>> {
    return this.em.transactional(async (em) => {
      const numbers = await this.numbers(em, rows);
      const ids = rows.map(() => randomUUID());
      const indexOfRow = new Map(rows.map((r, i) => [r.row, i]));
      const repeats: ImportRepeat[] = [];
      const cases: Record<string, unknown>[] = [];
      const petitioners: Record<string, unknown>[] = [];
      const tasks: Record<string, unknown>[] = [];
      const events: Record<string, unknown>[] = [];
      const now = this.now();
      const result: ImportReport['cases'] = [];
      for (const [i, row] of rows.entries()) {
        const id = ids[i];
        const number = numbers[i];
        result.push({ row: row.row, number, legacyNumber: row.legacyNumber });
        // 重复访: marked as registerCase marks it (an earlier row of the workbook by the id and number it gets here)
        const found = repeated.get(row.row);
        const earlier = found?.existing ?? (found?.earlierRow !== undefined
          ? { id: ids[indexOfRow.get(found.earlierRow) as number], number: numbers[indexOfRow.get(found.earlierRow) as number], terminated: false }
          : undefined);
        if (earlier) {
          repeats.push({ row: row.row, repeatsNumber: earlier.number, repeatsRow: found?.earlierRow, notToBeAcceptedAgain: earlier.terminated, note: repeatNote(earlier.number, earlier.terminated) });
        }
        const { registeredAt, acceptedAt, assignedAt, signedForAt, repliedAt, closedAt } = row.steps;
        const status = closedAt ? CaseStatus.CLOSED : repliedAt ? CaseStatus.REPLIED : signedForAt ? CaseStatus.SIGNED_FOR
          : assignedAt ? CaseStatus.ASSIGNED : acceptedAt ? CaseStatus.ACCEPTED : CaseStatus.REGISTERED;
        // the clock now running, as the lifecycle would have left it: acceptance from registration, handling
        // from acceptance, and after the reply the petitioner's window to ask for review
        const rules = RULE_SETS.NATIONAL;
        const clock = repliedAt ? ClockKind.REVIEW_REQUEST : acceptedAt ? ClockKind.HANDLE : ClockKind.ACCEPT;
        const clockStart = repliedAt ?? acceptedAt ?? registeredAt;
        const due = computeDeadline(clock, rules.clocks[clock], clockStart, this.calendar).dueAt;
        const handleDue = acceptedAt ? computeDeadline(ClockKind.HANDLE, rules.clocks.HANDLE, acceptedAt, this.calendar).dueAt : undefined;
        cases.push({
          id, number, legacy_number: row.legacyNumber ?? null, channel: row.channel, form: row.form, head_count: row.headCount,
          level_visited: row.levelVisited, assigning_level: row.assigningLevel ?? null, assigning_document: row.assigningDocument ?? null,
          category_main: row.categoryMain, category_sub: row.categorySub, township_id: row.townshipId,
          lead_department_id: row.leadUnitId ?? null, status, priority: row.priority, summary: row.summary, demands: row.demands ?? null,
          registered_at: registeredAt, accepted_at: acceptedAt ?? null, assigned_at: assignedAt ?? null, signed_for_at: signedForAt ?? null,
          replied_at: repliedAt ?? null, reply: row.reply ?? null, closed_at: closedAt ?? null, satisfaction: row.satisfaction ?? null,
          running_clock: clock, due_at: due,
          is_repeat: Boolean(earlier), repeat_of_id: earlier?.id ?? null, not_to_be_accepted_again: earlier?.terminated ?? false,
        });
        petitioners.push({ id: randomUUID(), case_id: id, position: 1, ...row.petitioner });
        if (assignedAt && row.leadUnitId) {
          tasks.push({
            id: randomUUID(), case_id: id, unit_id: row.leadUnitId, role: TaskRole.LEAD,
            status: repliedAt ? TaskStatus.DONE : signedForAt ? TaskStatus.SIGNED_FOR : TaskStatus.ASSIGNED,
            assigned_at: assignedAt, due_at: handleDue, signed_for_at: signedForAt ?? null, completed_at: repliedAt ?? null, result: repliedAt ? row.reply : null,
          });
          for (const unitId of row.cooperatingUnitIds) {
            tasks.push({
              id: randomUUID(), case_id: id, unit_id: unitId, role: TaskRole.COOPERATING, status: repliedAt ? TaskStatus.DONE : TaskStatus.ASSIGNED,
              assigned_at: assignedAt, due_at: handleDue, signed_for_at: null, completed_at: repliedAt ?? null, result: repliedAt ? '补录: 随牵头单位答复办结' : null,
            });
          }
        }
        const bureau = this.caller.unitId;
        const step = (at: Date | undefined, action: string, from: CaseStatus | null, to: CaseStatus, unitId: string | undefined, note: string | null = null) => {
          if (at) events.push({ case_id: id, at, actor_id: this.caller.personId, unit_id: unitId ?? null, action, from_status: from, to_status: to, note, backdated: true });
        };
        const registeredNote = row.legacyNumber ? `补录: 原编号 ${row.legacyNumber}` : '补录';
        step(registeredAt, 'REGISTERED', null, CaseStatus.REGISTERED, bureau, earlier ? `${registeredNote}; ${repeatNote(earlier.number, earlier.terminated)}` : registeredNote);
        step(acceptedAt, 'ACCEPTED', CaseStatus.REGISTERED, CaseStatus.ACCEPTED, bureau);
        step(assignedAt, 'ASSIGNED', CaseStatus.ACCEPTED, CaseStatus.ASSIGNED, bureau);
        step(signedForAt, 'SIGNED_FOR', CaseStatus.ASSIGNED, CaseStatus.SIGNED_FOR, row.leadUnitId);
        step(repliedAt, 'REPLIED', CaseStatus.SIGNED_FOR, CaseStatus.REPLIED, row.leadUnitId);
        step(closedAt, 'CLOSED', CaseStatus.REPLIED, CaseStatus.CLOSED, bureau);
        events.push({
          case_id: id, at: now, actor_id: this.caller.personId, unit_id: bureau, action: 'IMPORTED', from_status: null, to_status: status,
          note: `补录: imported from a workbook, row ${row.row}; the steps before are backdated`, backdated: false,
        });
      }
      await insertRows(em, 'case', CASE_COLUMNS, cases);
      await insertRows(em, 'petitioner', PETITIONER_COLUMNS, petitioners);
      await insertRows(em, 'case_task', TASK_COLUMNS, tasks);
      await insertRows(em, 'case_event', EVENT_COLUMNS, events);
      return { cases: result, repeats: repeats.sort((a, b) => a.row - b.row) };
    });
  }

  /**
   * Each row's number: its old number when given and taken by no case, else the next of its year of
   * registration, allocated as registrations are (under the same per-year lock, after the highest number
   * of that year, also the old numbers kept by this import), so numbers stay consecutive and unique.
   */
  private async numbers(em: EntityManager, rows: CheckedRow[]): Promise<string[]> {
    const legacy = rows.map((r) => r.legacyNumber).filter((n): n is string => Boolean(n) && (n as string).length <= 20);
    const taken = new Set(
      legacy.length
        ? (await em.execute<{ number: string }[]>(
            `select number from "cases"."case" where number in (select jsonb_array_elements_text(?::jsonb))`,
            [JSON.stringify(legacy)],
          )).map((r) => r.number)
        : [],
    );
    const kept = rows.map((r) => (r.legacyNumber && r.legacyNumber.length <= 20 && !taken.has(r.legacyNumber) ? r.legacyNumber : undefined));
    const years = [...new Set(rows.filter((_, i) => !kept[i]).map((r) => dayOf(r.steps.registeredAt).slice(0, 4)))].sort();
    const next = new Map<string, number>();
    for (const year of years) {
      await em.execute(`select pg_advisory_xact_lock(hashtext('cases.case.number'), ?)`, [Number(year)]);
      const [row] = await em.execute<{ number: string }[]>(`select number from "cases"."case" where number like ? order by number desc limit 1`, [`XF${year}-%`]);
      const keptMax = Math.max(0, ...kept.filter((n): n is string => Boolean(n) && new RegExp(`^XF${year}-\\d{6}$`).test(n as string)).map((n) => Number(n.slice(-6))));
      next.set(year, Math.max(row ? Number(row.number.slice(-6)) : 0, keptMax) + 1);
    }
    return rows.map((r, i) => {
      if (kept[i]) return kept[i] as string;
      const year = dayOf(r.steps.registeredAt).slice(0, 4);
      const sequence = next.get(year) as number;
      if (sequence > 999_999) throw new ValidationError(`case numbers of ${year} are used up`, 'workbook');
      next.set(year, sequence + 1);
      return `XF${year}-${String(sequence).padStart(6, '0')}`;
    });
  }
}

/** A unit by its name or its code. */
function unitLookup(catalog: DirectoryCatalog) {
  const map = new Map<string, DirectoryCatalog['units'][number]>();
  for (const unit of catalog.units) {
    map.set(unit.code, unit);
    // an active unit wins a name shared with an old, inactive one
    if (!map.has(unit.name) || unit.active) map.set(unit.name, unit);
  }
  return map;
}

const CASE_COLUMNS: Record<string, string> = {
  id: 'uuid', number: 'varchar(20)', legacy_number: 'varchar(40)', channel: '"cases"."channel"', form: '"cases"."case_form"', head_count: 'int',
  level_visited: '"cases"."visit_level"', assigning_level: '"cases"."visit_level"', assigning_document: 'varchar(100)',
  category_main: 'varchar(50)', category_sub: 'varchar(50)', township_id: 'uuid', lead_department_id: 'uuid', status: '"cases"."case_status"',
  priority: '"cases"."priority"', summary: 'text', demands: 'text', registered_at: 'timestamptz', accepted_at: 'timestamptz',
  assigned_at: 'timestamptz', signed_for_at: 'timestamptz', replied_at: 'timestamptz', reply: 'text', closed_at: 'timestamptz',
  satisfaction: '"cases"."satisfaction"', running_clock: '"cases"."clock_kind"', due_at: 'timestamptz',
  is_repeat: 'boolean', repeat_of_id: 'uuid', not_to_be_accepted_again: 'boolean',
};
const PETITIONER_COLUMNS: Record<string, string> = {
  id: 'uuid', case_id: 'uuid', position: 'int', name: 'varchar(50)', id_number: 'varchar(18)', phone: 'varchar(20)', address: 'varchar(200)',
};
const TASK_COLUMNS: Record<string, string> = {
  id: 'uuid', case_id: 'uuid', unit_id: 'uuid', role: '"cases"."task_role"', status: '"cases"."task_status"', assigned_at: 'timestamptz',
  due_at: 'timestamptz', signed_for_at: 'timestamptz', completed_at: 'timestamptz', result: 'text',
};
const EVENT_COLUMNS: Record<string, string> = {
  case_id: 'uuid', at: 'timestamptz', actor_id: 'uuid', unit_id: 'uuid', action: 'varchar(40)', from_status: '"cases"."case_status"',
  to_status: '"cases"."case_status"', note: 'text', backdated: 'boolean',
};

/** Rows per statement: one JSON parameter each, a few megabytes at most. */
const CHUNK = 5000;

/**
 * Inserts rows in bulk: each chunk is one statement reading a JSON array as a record set, so 10,000 cases
 * cost a handful of statements, not one per row (and no parameter-count limit applies).
 */
async function insertRows(em: EntityManager, table: string, columns: Record<string, string>, rows: Record<string, unknown>[]) {
  const names = Object.keys(columns);
  const record = names.map((name) => `"${name}" ${columns[name]}`).join(', ');
  const list = names.map((name) => `"${name}"`).join(', ');
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK).map((row) => {
      const camel: Record<string, unknown> = {};
      for (const name of names) {
        const value = row[name] ?? row[name.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())];
        camel[name] = value instanceof Date ? value.toISOString() : (value ?? null);
      }
      return camel;
    });
    await em.execute(`insert into "cases"."${table}" (${list}) select ${list} from jsonb_to_recordset(?::jsonb) as r(${record})`, [JSON.stringify(chunk)]);
  }
}

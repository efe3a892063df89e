import { ValidationError } from '@lianban/kit';
import { PeriodKind } from '../types/assessment.enums';

export interface Period {
  key: string;
  kind: PeriodKind;
  /** First instant, China time (UTC+8). */
  from: Date;
  /** First instant after it. */
  to: Date;
}

const start = (year: number, month: number) => new Date(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01T00:00:00+08:00`);

/** A period key of a scheme's kind (2026, 2026-Q3, 2026-10) with its China-time boundaries. */
export function parsePeriod(key: string, kind: PeriodKind, field = 'period'): Period {
  const patterns: Record<PeriodKind, RegExp> = { YEAR: /^(\d{4})$/, QUARTER: /^(\d{4})-Q([1-4])$/, MONTH: /^(\d{4})-(0[1-9]|1[0-2])$/ };
  const examples: Record<PeriodKind, string> = { YEAR: '2026', QUARTER: '2026-Q3', MONTH: '2026-10' };
  const match = patterns[kind].exec(key);
  if (!match) throw new ValidationError(`${field} must look like ${examples[kind]} for a ${kind.toLowerCase()}ly scheme, got ${JSON.stringify(key)}`, field);
  const year = Number(match[1]);
  const part = Number(match[2] ?? 1);
  if (kind === PeriodKind.YEAR) return { key, kind, from: start(year, 1), to: start(year + 1, 1) };
  const months = kind === PeriodKind.QUARTER ? 3 : 1;
  const firstMonth = kind === PeriodKind.QUARTER ? part * 3 - 2 : part;
  const next = firstMonth + months;
  return { key, kind, from: start(year, firstMonth), to: next > 12 ? start(year + 1, next - 12) : start(year, next) };
}

/** The period before (2026-Q1 -> 2025-Q4). */
export function previousPeriod(period: Period): string {
  const match = /^(\d{4})(?:-(Q?)(\d{1,2}))?$/.exec(period.key) as RegExpExecArray;
  const year = Number(match[1]);
  if (period.kind === PeriodKind.YEAR) return String(year - 1);
  const part = Number(match[3]);
  if (period.kind === PeriodKind.QUARTER) return part === 1 ? `${year - 1}-Q4` : `${year}-Q${part - 1}`;
  return part === 1 ? `${year - 1}-12` : `${year}-${String(part - 1).padStart(2, '0')}`;
}

/** Orders period keys of one kind. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The Chinese name of a period: 2026年第三季度, 2026年10月, 2026年度. */
export function periodName(key: string): string {
  const quarters = ['一', '二', '三', '四'];
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q) return `${q[1]}年第${quarters[Number(q[2]) - 1]}季度`;
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  return `${key}年度`;
}

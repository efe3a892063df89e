import { dayOf } from '@lianban/kit';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * Why a resident ID number (GB 11643-1999, 18 characters) is invalid, or null when it is valid: the
 * region code, the birth date (a real date, not in the future) and the check character are checked.
 */
export function residentIdProblem(value: string, today = new Date()): string | null {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'must be 18 characters: 17 digits and a digit or X';
  if (!/^[1-8]\d{5}$/.test(id.slice(0, 6))) return `has an unknown region code ${id.slice(0, 6)}`;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const parsed = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== birth || Number(birth.slice(0, 4)) < 1900) {
    return `has an impossible birth date ${birth}`;
  }
  if (birth > dayOf(today)) return `has a birth date in the future ${birth}`;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  if (CHECK[sum % 11] !== id[17]) return 'has a wrong check character (the last one)';
  return null;
}

/** Why a phone number is invalid, or null: a mainland mobile (11 digits from 13-19) or a landline with area code. */
export function phoneProblem(value: string): string | null {
  const phone = value.replace(/[\s-]/g, '');
  if (/^1[3-9]\d{9}$/.test(phone)) return null;
  if (/^0\d{9,11}$/.test(phone)) return null;
  return 'must be a mobile number (11 digits starting 13-19) or a landline with its area code';
}

/** 张三 -> 张*, 欧阳娜娜 -> 欧***: enough for a cooperating unit to know whom a task concerns. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** 110105199001011234 -> 110***********1234 */
export function maskResidentId(id: string): string {
  return id.length < 8 ? '*'.repeat(id.length) : `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}

/** 13812345678 -> 138****5678 */
export function maskPhone(phone: string): string {
  return phone.length < 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

import { describe, expect, it } from 'vitest';
import { maskName, maskPhone, maskResidentId, phoneProblem, residentIdProblem } from './identity';

describe('resident ID numbers (GB 11643)', () => {
  it('accepts valid numbers, X check character included', () => {
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdProblem('320502198506151238')).toBeNull();
    expect(residentIdProblem('440524188001010014')).toMatch(/impossible birth date 1880/);
    expect(residentIdProblem('11010519491231002x')).toBeNull();
  });

  it('says what is wrong with an invalid one', () => {
    expect(residentIdProblem('110105194912310021')).toMatch(/check character/);
    expect(residentIdProblem('11010519491331002X')).toMatch(/impossible birth date 1949-13-31/);
    expect(residentIdProblem('110105204912310028', new Date('2026-11-22'))).toMatch(/future/);
    expect(residentIdProblem('91010519491231002X')).toMatch(/region code/);
    expect(residentIdProblem('1101051949123100')).toMatch(/18 characters/);
  });
});

describe('phone numbers', () => {
  it('accepts mobiles and landlines with area code, refuses the rest', () => {
    expect(phoneProblem('13812345678')).toBeNull();
    expect(phoneProblem('0371-65432100')).toBeNull();
    expect(phoneProblem('12812345678')).toMatch(/mobile/);
    expect(phoneProblem('65432100')).toMatch(/area code/);
  });
});

describe('masking', () => {
  it('masks the way cooperating units see petitioners', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskResidentId('11010519491231002X')).toBe('110***********002X');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

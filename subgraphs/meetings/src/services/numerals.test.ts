import { describe, expect, it } from 'vitest';
import { chineseNumber, regularTitle } from './numerals';

describe('session numbers in Chinese numerals', () => {
  it.each([
    [1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [29, '二十九'], [30, '三十'], [100, '一百'], [105, '一百零五'],
    [110, '一百一十'], [999, '九百九十九'], [1000, '一千'], [1005, '一千零五'], [1010, '一千零一十'], [1234, '一千二百三十四'],
  ])('%i is %s', (n, text) => expect(chineseNumber(n)).toBe(text));

  it('titles a regular session', () => expect(regularTitle(30)).toBe('第三十次信访联席工作会议'));
});

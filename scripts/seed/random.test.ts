import { describe, expect, it } from 'vitest';
import { Random, chineseNumber, stableId } from './random';

describe('seed helpers', () => {
  it('writes session numbers the way meeting titles do', () => {
    expect([1, 10, 11, 20, 29, 30, 100, 105, 110, 129].map(chineseNumber)).toEqual([
      '一', '十', '十一', '二十', '二十九', '三十', '一百', '一百零五', '一百一十', '一百二十九',
    ]);
  });

  it('gives stable, well-formed ids', () => {
    expect(stableId('department', 'D-XFJ')).toBe(stableId('department', 'D-XFJ'));
    expect(stableId('department', 'D-XFJ')).not.toBe(stableId('department', 'D-JSJ'));
    expect(stableId('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('repeats the same sequence for the same seed', () => {
    const a = new Random(7);
    const b = new Random(7);
    expect(Array.from({ length: 5 }, () => a.int(1, 100))).toEqual(Array.from({ length: 5 }, () => b.int(1, 100)));
  });
});

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 29 -> 二十九, 10 -> 十, 105 -> 一百零五, 1000 -> 一千 (session numbers of the joint meeting). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`no Chinese numeral for ${n}`);
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumber(rest)}` : chineseNumber(rest)}`;
  }
  const rest = n % 1000;
  return `${DIGITS[Math.floor(n / 1000)]}千${rest === 0 ? '' : rest < 100 ? `零${rest < 20 && rest >= 10 ? `一${chineseNumber(rest)}` : chineseNumber(rest)}` : chineseNumber(rest)}`;
}

/** 第N次信访联席工作会议 */
export function regularTitle(n: number): string {
  return `第${chineseNumber(n)}次信访联席工作会议`;
}

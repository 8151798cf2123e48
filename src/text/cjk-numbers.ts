// Numbers written in Chinese and Japanese numerals (`二十`, `四百`, `十四`, `一万二千`, `两百`).
// They are read so that a source number has its counterpart in a Chinese or Japanese target
// (`twenty years` / `二十年`); on their own they are never reported, because `一` and `万` are also
// parts of ordinary words (`统一`, `万物`).

const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9 };
const SMALL: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const RUN = /[〇零一壹二贰两兩三叁四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億]+/gu;

/** The value of one run of numerals (`三百二十五` = 325, `十四` = 14, `一万二千` = 12000), or undefined. */
export function cjkValue(run: string): number | undefined {
  let total = 0, section = 0, digit: number | undefined;
  for (const ch of run) {
    if (DIGITS[ch] !== undefined) {
      // Two digits in a row (`一九五七`) read positionally, as a year is written.
      digit = digit === undefined ? DIGITS[ch] : digit * 10 + DIGITS[ch]!;
    } else if (SMALL[ch] !== undefined) {
      section += (digit ?? 1) * SMALL[ch]!;
      digit = undefined;
    } else if (LARGE[ch] !== undefined) {
      total += (section + (digit ?? 0) || 1) * LARGE[ch]!;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

/** The numeral runs of `text` with their values and spans. */
export function findCjkNumbers(text: string): Array<{ value: number; start: number; end: number }> {
  const out = [];
  for (const m of text.matchAll(RUN)) {
    const value = cjkValue(m[0]);
    if (value !== undefined) out.push({ value, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

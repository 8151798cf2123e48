// Quantities in other units: a translation for readers of another country converts measures
// (`gut 30 cm` / `12 pouces ( 305 mm )`, `drei Schritt` / `3 yards ( 2,75 m )`). Two rules:
// - a number in brackets right after another, whose unit converts the first one's within
//   `CONVERSION_TOLERANCE` (`12 pouces ( 305 mm )`, `8 ( 203 mm )` with the inch understood), is that
//   quantity said again: it is never missing or extra on its own, and it stands for the first one;
// - numbers left over on both sides of a pair whose units are of one kind (lengths, masses) and that
//   name the same quantity (metric and imperial within the tolerance, one system exactly: `30 cm` =
//   `300 mm`) are the same fact.
// A conversion that does not hold (`60 pieds ( 19,29 m )` for 18,29 m) stays a number of its own.

/** A number's unit: its kind, its size in the kind's base unit (metre, kilogram), and its system. */
export interface Unit {
  dim: 'length' | 'mass';
  size: number;
  system: 'metric' | 'imperial';
}

/** How far a conversion may be rounded (relative): `12 pouces` = 304.8 mm, written `305 mm` or `30 cm`. */
export const CONVERSION_TOLERANCE = 0.03;

const table: Array<[string, Unit]> = [];
const add = (words: string, dim: Unit['dim'], size: number, system: Unit['system']) => {
  for (const w of words.split(' ')) table.push([w, { dim, size, system }]);
};
add('mm millimètres millimeter millimetres millimeters', 'length', 0.001, 'metric');
add('cm centimètres centimeter centimetres centimeters zentimeter', 'length', 0.01, 'metric');
add('m mètres mètre meter metres meters metre metra metrar metrum', 'length', 1, 'metric');
add('km kilomètres kilometer kilometres kilometers kilómetros', 'length', 1000, 'metric');
add('ft feet foot fuss fuß pieds pied pies', 'length', 0.3048, 'imperial');
add('inch inches zoll pouces pouce pulgadas', 'length', 0.0254, 'imperial');
add('yd yds yard yards', 'length', 0.9144, 'imperial');
add('mile miles meile meilen', 'length', 1609.344, 'imperial');
add('g gramm grammes gramme grams gram', 'mass', 0.001, 'metric');
add('kg kilo kilos kilogramm kilogrammes kilograms', 'mass', 1, 'metric');
add('lb lbs pound pounds pfund', 'mass', 0.45359237, 'imperial');
const UNITS: ReadonlyMap<string, Unit> = new Map(table);

/** A unit word right after a number, and where it ends (`12 pouces`, `305 mm`, `8848 m.`). */
const UNIT_AFTER = /\s?(\p{L}+)(?![\p{L}\p{N}])/uy;
/** Between a number (and its unit) and its conversion: an opening bracket. */
const OPEN = /\s*\(\s*/y;

/** The unit written right after `text[end]`, if any, and where it ends. */
export function unitAt(text: string, end: number): { unit: Unit; end: number } | undefined {
  UNIT_AFTER.lastIndex = end;
  const m = UNIT_AFTER.exec(text);
  const unit = m ? UNITS.get(m[1]!.toLowerCase()) : undefined;
  return unit ? { unit, end: end + m![0].length } : undefined;
}

const close = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));

/** What a number has to carry for the rules above. */
export interface Measured {
  value: number;
  start: number;
  end: number;
  /** Its unit, written or (for the first number of a conversion) understood from the conversion. */
  unit?: Unit;
  /** For the first number of a conversion: where its conversion starts in the sentence. */
  convertedAt?: number;
  /** For the number in brackets: where the number it converts starts. */
  converts?: number;
}

/**
 * Marks the units and the conversions among the numbers of one sentence (`numbers` in text order,
 * `start`/`end` into `text`); changes them in place. Cheap when the sentence has no bracket after a number.
 */
export function markMeasures(text: string, numbers: Measured[]): void {
  for (let k = 0; k < numbers.length; k++) {
    const a = numbers[k]!;
    const own = unitAt(text, a.end);
    if (own) a.unit = own.unit;
    const b = numbers[k + 1];
    if (!b) continue;
    OPEN.lastIndex = own?.end ?? a.end;
    if (!OPEN.test(text) || OPEN.lastIndex !== b.start) continue;
    const theirs = unitAt(text, b.end)?.unit;
    if (!theirs) continue;
    const inBase = b.value * theirs.size;
    // The first number's unit: its own, or one of the other system that converts it.
    const unit = own ? (own.unit.dim === theirs.dim ? own.unit : undefined)
      : [...UNITS.values()].find((u) => u.dim === theirs.dim && u.system !== theirs.system && close(a.value * u.size, inBase, CONVERSION_TOLERANCE));
    if (!unit || !close(a.value * unit.size, inBase, unit.system === theirs.system ? 1e-9 : CONVERSION_TOLERANCE)) continue;
    a.unit = unit;
    a.convertedAt = b.start;
    b.converts = a.start;
  }
}

/** The quantities a number stands for in base units: its own, and its conversion's. */
function quantities<T extends Measured & { sentence: number }>(n: T, all: readonly T[]): Array<{ unit: Unit; base: number }> {
  const out = n.unit ? [{ unit: n.unit, base: n.value * n.unit.size }] : [];
  if (n.convertedAt !== undefined) {
    const b = all.find((x) => x.sentence === n.sentence && x.start === n.convertedAt);
    if (b?.unit) out.push({ unit: b.unit, base: b.value * b.unit.size });
  }
  return out;
}

const sameQuantity = (a: { unit: Unit; base: number }, b: { unit: Unit; base: number }) =>
  a.unit.dim === b.unit.dim && close(a.base, b.base, a.unit.system === b.unit.system ? 1e-9 : CONVERSION_TOLERANCE);

/**
 * What is left of a pair's numbers (`left`) once conversions and measures are taken into account:
 * a conversion in brackets goes (its first number stands for it), a first number goes with a
 * conversion that found its counterpart, and a left-over number on each side that names the same
 * quantity in other units goes with it. `all` holds every number of the pair's sentences, side by side.
 */
export function withoutConversions<T extends Measured & { sentence: number }>(
  left: { src: T[]; tgt: T[] }, all: { src: readonly T[]; tgt: readonly T[] },
): { src: T[]; tgt: T[] } {
  const trim = (list: T[], every: readonly T[]) => list.filter((n) => {
    if (n.converts !== undefined) return false;
    if (n.convertedAt === undefined) return true;
    // The conversion found its counterpart: the quantity is there.
    return list.some((x) => x.sentence === n.sentence && x.start === n.convertedAt) || !every.some((x) => x.sentence === n.sentence && x.start === n.convertedAt);
  });
  const src = trim(left.src, all.src);
  const tgt = trim(left.tgt, all.tgt);
  if (!src.some((n) => n.unit || n.convertedAt !== undefined) || !tgt.some((n) => n.unit || n.convertedAt !== undefined)) return { src, tgt };
  const used = new Set<T>();
  const srcLeft = src.filter((s) => {
    const qs = quantities(s, all.src);
    if (!qs.length) return true;
    const t = tgt.find((x) => !used.has(x) && quantities(x, all.tgt).some((qt) => qs.some((q) => sameQuantity(q, qt))));
    if (!t) return true;
    used.add(t);
    return false;
  });
  return { src: srcLeft, tgt: tgt.filter((t) => !used.has(t)) };
}

// Comparable mode and auto mode on hand-made news pairs in other language pairs than the seeds
// (en/de, en/es): two write-ups of one story, reordered, each with omissions and additions, and the
// same stories translated sentence by sentence. Gold by sentence index, written with the texts.
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/align/index.js';
import { backgroundScores, chanceMaximum, normalQuantile } from '../../../src/align/comparable/scores.js';
import { packVectors } from '../../../src/align/vectors.js';
import { createLexicalEmbedder } from '../../../src/embed/lexical/index.js';
import { splitSentences } from '../../../src/segment/index.js';
// The English article of the earnings pair; the comparable pair and its translation share it.
const EARNINGS_EN = `Nordwind posts first profit in three years as turbine orders recover
Hamburg-based wind turbine maker Nordwind AG reported a net profit of 212 million euros for the third quarter on Tuesday, its first quarterly profit since 2021.
Revenue rose 18 percent to 3.4 billion euros, helped by strong demand for offshore turbines in the North Sea.
Chief executive Katrin Vogelsang said the company had "turned the corner" after years of quality problems.
The problems, which centred on faulty rotor blades, cost the company more than 1.6 billion euros in 2022 and 2023.
Analysts at Deutsche Bank had expected a profit of only 150 million euros.
Shares in Nordwind rose 9 percent in Frankfurt trading.
The company also confirmed its outlook for the full year, expecting revenue of about 13 billion euros.
Vogelsang warned, however, that high interest rates were still delaying projects in the United States.
Nordwind employs around 27,000 people worldwide, 9,500 of them in Germany.
The company plans to open a new blade factory in Rostock in 2026.`;

// The English article of the council pair; its translation case uses the lines between headline and last line.
const MADRID_EN = `Madrid approves plan to ban polluting cars from the city centre
Madrid's city council on Thursday approved a plan that will ban the most polluting cars from the centre of the Spanish capital from January.
Mayor José Luis Martínez-Almeida defended the measure as necessary to protect public health.
The opposition party Más Madrid voted against, arguing that the plan did not go far enough.
Under the plan, petrol cars registered before 2006 and diesel cars registered before 2014 will not be allowed to enter the zone.
Residents of the zone will be exempt.
Environmental groups such as Ecologistas en Acción welcomed the decision but called for more public transport.
Air pollution causes around 2,000 premature deaths a year in the Madrid region, according to the European Environment Agency.
Barcelona introduced a similar low-emission zone in 2020.
The council will also invest 50 million euros in new electric buses.`;
interface Pair { name: string; src: string; tgt: string; clear: string[]; partial: string[]; omitted: number[]; added: number[] }
const PAIRS: Pair[] = [
{
name: 'en/de earnings',
src: EARNINGS_EN,
tgt: `Nordwind schreibt erstmals seit drei Jahren wieder schwarze Zahlen
Der Hamburger Windturbinenhersteller Nordwind AG hat im dritten Quartal einen Nettogewinn von 212 Millionen Euro erzielt.
Die Aktie legte im Frankfurter Handel um 9 Prozent zu.
Analysten der Deutschen Bank hatten lediglich mit 150 Millionen Euro gerechnet.
Der Umsatz stieg um 18 Prozent auf 3,4 Milliarden Euro.
Vorstandschefin Katrin Vogelsang sprach von einer Trendwende.
Die Probleme mit fehlerhaften Rotorblättern hatten das Unternehmen in den Jahren 2022 und 2023 mehr als 1,6 Milliarden Euro gekostet.
Zugleich kündigte der Konzern den Abbau von 1.200 Stellen in der Verwaltung an.
Der Betriebsrat kritisierte die Pläne scharf.
Für das Gesamtjahr bestätigte der Konzern seine Prognose von rund 13 Milliarden Euro Umsatz.
In Rostock soll 2026 ein neues Werk für Rotorblätter entstehen.`,
clear: ['1:1', '6:2', '5:3', '2:4', '3:5', '4:6', '7:9', '10:10'],
partial: ['0:0', '0:1'],
omitted: [8, 9],
added: [7, 8],
},
{
name: 'en/es city council',
src: MADRID_EN,
tgt: `El Ayuntamiento de Madrid aprobó este jueves el plan para prohibir la entrada de los coches más contaminantes en el centro de la capital a partir de enero.
Los vehículos de gasolina matriculados antes de 2006 y los diésel anteriores a 2014 no podrán acceder a la zona.
Los residentes quedarán exentos de la prohibición.
El alcalde, José Luis Martínez-Almeida, defendió que la medida es necesaria para proteger la salud pública.
El Ayuntamiento invertirá además 50 millones de euros en nuevos autobuses eléctricos.
La oposición de Más Madrid votó en contra porque considera que el plan se queda corto.
El PSOE se abstuvo en la votación.
Según la Agencia Europea de Medio Ambiente, la contaminación del aire provoca unas 2.000 muertes prematuras al año en la región.
Los comerciantes del centro temen una caída de las ventas.`,
clear: ['1:0', '4:1', '5:2', '2:3', '9:4', '3:5', '7:7'],
partial: ['0:0'],
omitted: [6, 8],
added: [6, 8],
},
{
name: 'en/de nature',
src: `Rare lynx kittens spotted in the Bavarian Forest
Rangers in the Bavarian Forest National Park have filmed a female lynx with three kittens, the park administration said on Monday.
It is the first confirmed litter in the park for five years.
The footage was recorded by a camera trap near the Czech border in late June.
Only about 130 adult lynx live in Germany, most of them in the Harz mountains and the Bavarian Forest.
Illegal hunting remains the biggest threat to the animals.
In 2019, two lynx were found poisoned near Regen.
Park director Ursula Schindler called the discovery "a great joy" for the region.
Visitors are asked to stay on marked paths.`,
tgt: `Die Verwaltung des Nationalparks Bayerischer Wald hat am Montag Aufnahmen einer Luchsin mit drei Jungtieren veröffentlicht.
Eine Wildkamera in der Nähe der tschechischen Grenze hatte die Tiere Ende Juni gefilmt.
Parkleiterin Ursula Schindler sprach von einer „großen Freude“.
In Deutschland leben nur etwa 130 erwachsene Luchse, die meisten im Harz und im Bayerischen Wald; größte Gefahr für die Tiere ist die illegale Jagd.
Der Luchs war in Mitteleuropa im 19. Jahrhundert fast vollständig ausgerottet worden.
Besucher werden gebeten, auf den markierten Wegen zu bleiben.`,
clear: ['1:0', '3:1', '7:2', '4:3', '8:5'],
partial: ['0:0', '5:3'],
omitted: [2, 6],
added: [4],
},
];
const TRANSLATIONS = [
{ name: 'en/de earnings translated', src: EARNINGS_EN,
tgt: `Nordwind schreibt dank erholter Turbinenaufträge erstmals seit drei Jahren Gewinn
Der Hamburger Windturbinenhersteller Nordwind AG meldete am Dienstag für das dritte Quartal einen Nettogewinn von 212 Millionen Euro, den ersten Quartalsgewinn seit 2021.
Der Umsatz stieg um 18 Prozent auf 3,4 Milliarden Euro, getragen von der starken Nachfrage nach Offshore-Turbinen in der Nordsee.
Vorstandschefin Katrin Vogelsang sagte, das Unternehmen habe nach Jahren voller Qualitätsprobleme „die Wende geschafft“.
Die Probleme, vor allem fehlerhafte Rotorblätter, kosteten das Unternehmen 2022 und 2023 mehr als 1,6 Milliarden Euro.
Analysten der Deutschen Bank hatten nur mit einem Gewinn von 150 Millionen Euro gerechnet.
Die Nordwind-Aktie stieg im Frankfurter Handel um 9 Prozent.
Das Unternehmen bestätigte zudem seine Prognose für das Gesamtjahr und erwartet einen Umsatz von rund 13 Milliarden Euro.
Vogelsang warnte allerdings, dass hohe Zinsen Projekte in den Vereinigten Staaten weiterhin verzögerten.
Nordwind beschäftigt weltweit rund 27.000 Menschen, 9.500 davon in Deutschland, und will 2026 in Rostock ein neues Werk für Rotorblätter eröffnen.` },
{ name: 'en/es council translated', src: MADRID_EN.split('\n').slice(1, -1).join('\n'),
tgt: `El Ayuntamiento de Madrid aprobó el jueves un plan que prohibirá desde enero la entrada de los coches más contaminantes en el centro de la capital.
El alcalde José Luis Martínez-Almeida defendió la medida como necesaria para proteger la salud pública.
El partido de la oposición Más Madrid votó en contra al considerar que el plan no va lo suficientemente lejos.
Según el plan, los coches de gasolina matriculados antes de 2006 y los diésel matriculados antes de 2014 no podrán entrar en la zona.
Los residentes de la zona quedarán exentos.
Grupos ecologistas como Ecologistas en Acción celebraron la decisión, pero pidieron más transporte público.
La contaminación del aire causa unas 2.000 muertes prematuras al año en la región de Madrid, según la Agencia Europea de Medio Ambiente.
Barcelona introdujo una zona de bajas emisiones similar en 2020.` },
];

const embedder = createLexicalEmbedder();

async function links(src: string, tgt: string, mode: 'comparable' | 'auto') {
  const r = await alignSentences(await splitSentences(src), await splitSentences(tgt), { mode, embedder });
  const pairs = new Set(r.beads.flatMap((b) => b.src.flatMap((i) => b.tgt.map((j) => `${i}:${j}`))));
  return { r, pairs, srcLinked: new Set([...pairs].map((k) => Number(k.split(':')[0]))), tgtLinked: new Set([...pairs].map((k) => Number(k.split(':')[1]))) };
}

describe('comparable mode on hand-made pairs', () => {
  // Found with the lexical embedder (512 dimensions; the same with 1024): 8/8, 6/7 and 4/5 of the clear matches.
  const minimum: Record<string, number> = { 'en/de earnings': 7, 'en/es city council': 5, 'en/de nature': 4 };
  for (const p of PAIRS) {
    it(`${p.name}: finds most clear matches, pairs nothing unrelated, keeps omissions and additions`, async () => {
      const { pairs, srcLinked, tgtLinked } = await links(p.src, p.tgt, 'comparable');
      expect(p.clear.filter((k) => pairs.has(k)).length).toBeGreaterThanOrEqual(minimum[p.name]);
      expect([...pairs].filter((k) => !p.clear.includes(k) && !p.partial.includes(k))).toEqual([]);
      for (const i of p.omitted) expect(srcLinked.has(i)).toBe(false);
      for (const j of p.added) expect(tgtLinked.has(j)).toBe(false);
    });
  }
});

describe('auto mode on hand-made pairs', () => {
  for (const p of PAIRS) {
    it(`${p.name}: two write-ups → comparable, with the numbers`, async () => {
      const { r } = await links(p.src, p.tgt, 'auto');
      expect(r.mode).toBe('comparable');
      expect(r.reason).toMatch(/^auto: comparable \(two write-ups\) — \d+ of \d+ sampled source sentences .*sentence counts \d+ \/ \d+/);
    });
  }
  for (const p of TRANSLATIONS) {
    it(`${p.name}: a translation → parallel`, async () => {
      const { r } = await links(p.src, p.tgt, 'auto');
      expect(r.mode).toBe('parallel');
      expect(r.reason).toMatch(/^auto: parallel \(a translation\) — .*% in order/);
    });
  }
  it('presplit lines of a translation (strings, no Sentence objects) → parallel', async () => {
    const p = TRANSLATIONS[1];
    const r = await alignSentences(p.src.split('\n'), p.tgt.split('\n'), { embedder });
    expect(r.mode).toBe('parallel');
  });
  it('falls back on sentence lengths when no pair stands out', async () => {
    // Source and target share no word at all: lengths in step → parallel, lengths reversed → comparable.
    let seed = 12345;
    const letter = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return 'bcdfghjklmnpqrstvwxz'[(seed >>> 16) % 20];
    };
    const words = (k: number) => Array.from({ length: k }, () => Array.from({ length: 6 }, letter).join('')).join(' ');
    const lens = [3, 12, 5, 20, 7, 15, 4, 18, 9, 25, 6, 11];
    const src = lens.map((k) => words(k));
    const inStep = lens.map((k) => words(k));
    const reversed = [...lens].reverse().map((k) => words(k));
    const a = await alignSentences(src, inStep, { embedder });
    expect(a.mode).toBe('parallel');
    expect(a.reason).toMatch(/too few to see an order; sentence lengths at matching positions correlate (0\.\d\d|1\.00)/);
    expect((await alignSentences(src, reversed, { embedder })).mode).toBe('comparable');
  });
});

describe('background scores', () => {
  it('chanceMaximum is the expected best of n standard normal values', () => {
    expect(chanceMaximum(1)).toBe(0);
    expect(chanceMaximum(10)).toBeCloseTo(1.54, 1);
    expect(chanceMaximum(100)).toBeCloseTo(2.51, 1);
    expect(chanceMaximum(1000)).toBeCloseTo(3.24, 1);
    expect(normalQuantile(0.975)).toBeCloseTo(1.96, 2);
  });

  it('centring invents no likeness between sentences that share nothing', () => {
    // Rows 0-2 equal columns 0-2; rows 3-4 and columns 3-4 are unrelated to everything.
    const dim = 16;
    const unit = (k: number) => Float32Array.from({ length: dim }, (_, d) => (d === k ? 1 : 0));
    const src = packVectors([unit(0), unit(1), unit(2), unit(3), unit(4)], dim);
    const tgt = packVectors([unit(0), unit(1), unit(2), unit(8), unit(9)], dim);
    const { z } = backgroundScores(src, tgt, [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]);
    for (const k of [0, 1, 2]) expect(z[k * 5 + k]).toBeGreaterThan(chanceMaximum(25));
    for (const r of [3, 4]) for (const c of [3, 4]) expect(z[r * 5 + c]).toBeLessThanOrEqual(0);
  });
});

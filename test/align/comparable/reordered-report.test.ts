// Comparable mode on a hand-made en/es pair of reports of one story: the Spanish one reorders the
// claims, leaves out three English sentences and adds two of its own. The expected pairs are written
// by hand from the texts (sentence indices below, 0-based).
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/align/index.js';

const EN = [
  "Spain's Prado Museum to open new wing in 2026", // 0: headline, partly in es 0
  "The Prado Museum in Madrid will open its new Salón de Reinos wing in March 2026, the museum's director Miguel Falomir said on Wednesday.", // 1 = es 0
  'The renovation, designed by architects Norman Foster and Carlos Rubio, cost 40 million euros.', // 2 = es 2
  'The building was once part of the Buen Retiro Palace, built for King Philip IV in the 17th century.', // 3: left out
  'The new wing will add 2,500 square metres of exhibition space.', // 4 = es 4
  'It will display paintings by Velázquez, including portraits of Philip IV on horseback.', // 5 = es 1
  'The museum received a record 3.2 million visitors in 2023.', // 6: left out
  'Falomir said the project had been delayed by the pandemic and by rising construction costs.', // 7 = es 3
  'Tickets for the new wing will be included in the general admission price of 15 euros.', // 8 = es 5
  'The Spanish government will contribute 30 million euros to the project.', // 9: left out (es 2 has another sum)
];
const ES = [
  'El Museo del Prado abrirá en marzo de 2026 el Salón de Reinos, según anunció el miércoles su director, Miguel Falomir.',
  'La nueva ala expondrá cuadros de Velázquez, entre ellos los retratos ecuestres de Felipe IV.',
  'Las obras han costado 40 millones de euros y llevan la firma de los arquitectos Norman Foster y Carlos Rubio.',
  'Falomir explicó que la pandemia y el aumento de los costes de construcción retrasaron el proyecto.',
  'El Salón de Reinos sumará 2.500 metros cuadrados de espacio expositivo.',
  'La entrada al nuevo espacio estará incluida en la entrada general de 15 euros.',
  'La Comunidad de Madrid ha pedido participar en la gestión del edificio.', // added
  'Los sindicatos de trabajadores del museo reclaman más personal de vigilancia.', // added
];
const CLEAR = ['1:0', '5:1', '2:2', '7:3', '4:4', '8:5'];
/** The headline shares part of es 0 (the opening, the year): a pair there is right, not required. */
const PARTLY = ['0:0'];
const LEFT_OUT = [3, 6, 9];
const ADDED = [6, 7];

describe('comparable mode: a reordered report with dropped and added sentences (en/es)', () => {
  it('pairs what corresponds, nothing else, and leaves the rest unpaired', async () => {
    const r = await alignSentences(EN, ES, { mode: 'comparable' });
    const links = r.beads.flatMap((b) => b.src.flatMap((i) => b.tgt.map((j) => `${i}:${j}`)));
    // No wrong pair: a reviewer trusts every pair shown.
    expect(links.filter((k) => !CLEAR.includes(k) && !PARTLY.includes(k))).toEqual([]);
    // Most of the six clear pairs are found (each shares names or numbers with its counterpart).
    expect(CLEAR.filter((k) => links.includes(k)).length).toBeGreaterThanOrEqual(5);
    for (const i of LEFT_OUT) expect(r.beads.find((b) => b.src.includes(i))!.label).toBe('omission');
    for (const j of ADDED) expect(r.beads.find((b) => b.tgt.includes(j))!.label).toBe('addition');
  });
});

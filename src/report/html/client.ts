/**
 * The page script (vanilla JS, no dependencies): hover and click link aligned sentences, clicking a
 * sentence scrolls its counterpart into view, findings and heat-map cells select their sentences,
 * and the severity checkboxes hide findings. Bead data comes from `<script id="bq-data">`.
 */
export const CLIENT_SCRIPT = `(() => {
'use strict';
const data = JSON.parse(document.getElementById('bq-data').textContent);
const beads = data.beads; /* [src[], tgt[], score, label] */
const srcBead = [], tgtBead = [];
beads.forEach((b, i) => { b[0].forEach((s) => { srcBead[s] = i; }); b[1].forEach((t) => { tgtBead[t] = i; }); });
const $ = (id) => document.getElementById(id);
const hm = document.querySelector('.hm');
const info = document.querySelector('.hm-info');
const num = (list) => list.map((i) => i + 1).join(', ');
const sentencesOf = (src, tgt) => src.map((i) => $('s' + i)).concat(tgt.map((j) => $('t' + j))).filter(Boolean);
const beadOf = (el) => { const i = +el.id.slice(1); return el.id[0] === 's' ? srcBead[i] : tgtBead[i]; };
const describe = (b) => {
  const x = beads[b];
  if (!x) return '';
  const where = [x[0].length ? 'Source ' + num(x[0]) : '', x[1].length ? 'Target ' + num(x[1]) : ''].filter(Boolean).join(' ↔ ');
  return where + ' · ' + x[3] + (x[3] === 'match' || x[3] === 'partial' ? ' ' + x[2].toFixed(2) : '');
};
const scrollTo = (el) => {
  if (!el) return;
  const pane = el.closest('.doc');
  if (!pane) return;
  const top = el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  pane.scrollTop = Math.max(0, top - pane.clientHeight / 3);
};
let hovered = [], selected = [], cells = [];
const mark = (list, cls) => list.forEach((el) => el.classList.add(cls));
const unmark = (list, cls) => list.forEach((el) => el.classList.remove(cls));
function select(src, tgt, b, scrollSides) {
  unmark(selected, 'sel'); unmark(cells, 'sel');
  selected = sentencesOf(src, tgt); mark(selected, 'sel');
  cells = hm && b !== undefined ? Array.from(hm.querySelectorAll('[data-b="' + b + '"]')) : [];
  mark(cells, 'sel');
  if (b !== undefined && info) info.textContent = describe(b);
  if (scrollSides.includes('s')) scrollTo($('s' + src[0]));
  if (scrollSides.includes('t')) scrollTo($('t' + tgt[0]));
}
const selectBead = (b, scrollSides) => { const x = beads[b]; if (x) select(x[0], x[1], b, scrollSides); };
document.addEventListener('mouseover', (e) => {
  const el = e.target.closest && e.target.closest('.s[id]');
  if (!el) return;
  const b = beadOf(el);
  if (b === undefined) return;
  if (!el.title) el.title = describe(b);
  unmark(hovered, 'hov');
  hovered = sentencesOf(beads[b][0], beads[b][1]); mark(hovered, 'hov');
});
document.addEventListener('mouseout', (e) => {
  if (e.target.closest && e.target.closest('.s[id]')) { unmark(hovered, 'hov'); hovered = []; }
});
document.addEventListener('click', (e) => {
  const t = e.target;
  const badge = t.closest('.fb[data-f]');
  if (badge) {
    e.preventDefault();
    const item = $('f' + badge.dataset.f);
    if (item) { document.querySelectorAll('.f.on').forEach((x) => x.classList.remove('on')); item.classList.add('on'); item.scrollIntoView({ block: 'nearest' }); }
    return;
  }
  const sentence = t.closest('.s[id]');
  if (sentence) {
    const b = beadOf(sentence);
    if (b !== undefined) selectBead(b, sentence.id[0] === 's' ? 't' : 's');
    return;
  }
  const finding = t.closest('.f[data-f]');
  if (finding) {
    const ids = (s) => (s ? s.split(' ').map(Number) : []);
    const src = ids(finding.dataset.src), tgt = ids(finding.dataset.tgt);
    document.querySelectorAll('.f.on').forEach((x) => x.classList.remove('on'));
    finding.classList.add('on');
    select(src, tgt, src.length ? srcBead[src[0]] : tgtBead[tgt[0]], 'st');
    return;
  }
  if (t.closest('.hm-zoom')) { document.querySelector('.heat').classList.toggle('big'); return; }
  const cell = t.closest('rect[data-b]') || (hm && hm.contains(t) ? nearestCell(e) : null);
  if (cell) selectBead(+cell.getAttribute('data-b'), 'st');
});
/* Cells of a large map are tiny: a click near one picks the nearest (within 3 cells). */
function nearestCell(e) {
  const m = hm.getScreenCTM();
  if (!m) return null;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
  let best = null, bestD = 9;
  hm.querySelectorAll('rect[data-b]').forEach((r) => {
    const dx = +r.getAttribute('x') + 0.5 - p.x, dy = +r.getAttribute('y') + 0.5 - p.y, d = dx * dx + dy * dy;
    if (d < bestD) { bestD = d; best = r; }
  });
  return best;
}
if (hm) hm.addEventListener('mouseover', (e) => {
  const cell = e.target.closest('rect[data-b]');
  if (cell && info) info.textContent = describe(+cell.getAttribute('data-b'));
});
document.querySelectorAll('.filters input').forEach((box) => {
  const apply = () => document.body.classList.toggle('hide-' + box.value, !box.checked);
  box.addEventListener('change', apply);
  apply();
});
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') { unmark(selected, 'sel'); unmark(cells, 'sel'); selected = []; cells = []; } });
})();`;

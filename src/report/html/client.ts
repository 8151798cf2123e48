/**
 * The page script (vanilla JS, no dependencies). It switches between the row view and the article
 * view; clicking a row, a sentence, a finding or a heat-map cell selects its pair in the current view
 * (and scrolls it into sight); `j`/`k` step through the findings in the panel's order, focusing the
 * row (or sentence) each one is about; the severity checkboxes hide findings. Bead data comes from
 * `<script id="bq-data">`. Nothing runs per sentence at load, so long reports open quickly.
 */
export const CLIENT_SCRIPT = `(() => {
'use strict';
const data = JSON.parse(document.getElementById('bq-data').textContent);
const beads = data.beads; /* [src[], tgt[], score, label] */
const srcBead = [], tgtBead = [];
beads.forEach((b, i) => { b[0].forEach((s) => { srcBead[s] = i; }); b[1].forEach((t) => { tgtBead[t] = i; }); });
const $ = (id) => document.getElementById(id);
const body = document.body;
const hm = document.querySelector('.hm');
const info = document.querySelector('.hm-info');
const num = (list) => list.map((i) => i + 1).join(', ');
const ids = (s) => (s ? s.split(' ').map(Number) : []);
const sentencesOf = (src, tgt) => src.map((i) => $('s' + i)).concat(tgt.map((j) => $('t' + j))).filter(Boolean);
const beadOf = (el) => { const i = +el.id.slice(1); return el.id[0] === 's' ? srcBead[i] : tgtBead[i]; };
const rowsView = () => !body.classList.contains('v-articles');
const describe = (b) => {
  const x = beads[b];
  if (!x) return '';
  const where = [x[0].length ? 'Source ' + num(x[0]) : '', x[1].length ? 'Target ' + num(x[1]) : ''].filter(Boolean).join(' ↔ ');
  return where + ' · ' + x[3] + (x[3] === 'match' || x[3] === 'partial' ? ' ' + x[2].toFixed(2) : '');
};
/* The row of a bead, with the passage block that holds it opened. */
const rowOf = (b) => {
  const row = $('r' + b);
  const block = row && row.closest('details');
  if (block && !block.open) block.open = true;
  return row;
};
/* Scrolls an article pane so that el sits in its upper third, then the page as little as needed to show it. */
const scrollPane = (el) => {
  const pane = el && el.closest('.doc');
  if (!pane) return;
  const top = el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  pane.scrollTop = Math.max(0, top - pane.clientHeight / 3);
  el.scrollIntoView({ block: 'nearest' });
};
let hovered = [], selected = [], cells = [], current = { src: [], tgt: [] };
const mark = (list, cls) => list.forEach((el) => el.classList.add(cls));
const unmark = (list, cls) => list.forEach((el) => el.classList.remove(cls));
/* Selects sentences (and their beads) in the current view. scroll: 's', 't', 'st' (panes) or any truthy value (rows). */
function select(src, tgt, scroll, focus) {
  unmark(selected, 'sel'); unmark(cells, 'sel');
  current = { src, tgt };
  const bs = [...new Set(src.map((s) => srcBead[s]).concat(tgt.map((t) => tgtBead[t])))].filter((b) => b !== undefined);
  cells = hm ? bs.flatMap((b) => Array.from(hm.querySelectorAll('[data-b="' + b + '"]'))) : [];
  mark(cells, 'sel');
  if (bs.length && info) info.textContent = describe(bs[0]);
  if (rowsView()) {
    selected = bs.map(rowOf).filter(Boolean);
    mark(selected, 'sel');
    const first = selected[0];
    if (first && scroll) first.scrollIntoView({ block: 'center' });
    if (first && focus) { first.tabIndex = -1; first.focus({ preventScroll: true }); }
  } else {
    selected = sentencesOf(bs.flatMap((b) => beads[b][0]), bs.flatMap((b) => beads[b][1]));
    mark(selected, 'sel');
    const s = $('s' + (src[0] ?? (bs.length ? beads[bs[0]][0][0] : -1)));
    const t = $('t' + (tgt[0] ?? (bs.length ? beads[bs[0]][1][0] : -1)));
    if (scroll && String(scroll).includes('s')) scrollPane(s);
    if (scroll && String(scroll).includes('t')) scrollPane(t);
    const target = s || t;
    if (target && focus) { target.tabIndex = -1; target.focus({ preventScroll: true }); }
  }
}
const selectBead = (b, scroll) => { const x = beads[b]; if (x) select(x[0], x[1], scroll, false); };
/* Makes a finding (or a place of a grouped finding) the current one: marked in the panel, its pair selected. */
function activate(stop, focus) {
  document.querySelectorAll('.flist .on').forEach((x) => x.classList.remove('on'));
  stop.classList.add('on');
  const list = stop.closest('.flist');
  if (list && list.scrollHeight > list.clientHeight) {
    const box = stop.getBoundingClientRect(), frame = list.getBoundingClientRect();
    if (box.top < frame.top) list.scrollTop += box.top - frame.top - 8;
    else if (box.bottom > frame.bottom) list.scrollTop += box.bottom - frame.bottom + 8;
  }
  select(ids(stop.dataset.src), ids(stop.dataset.tgt), 'st', focus);
}
const stops = () => Array.from(document.querySelectorAll('.flist .stop')).filter((el) => el.getClientRects().length > 0);
function step(by) {
  const list = stops();
  if (!list.length) return;
  const at = list.findIndex((el) => el.classList.contains('on'));
  const next = at < 0 ? (by > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + by));
  activate(list[next], true);
}
/* The article view is built on first use from the row view's sentences (the file holds each text once). */
const LABEL = { match: 'm', partial: 'p', omission: 'o', addition: 'a' };
const SEVERITY = ['error', 'warning', 'info'];
/* Badges for a sentence's findings, one per code, as the row view draws them. */
function badges(list) {
  const byCode = new Map();
  list.forEach((f) => { const code = data.findings[f][0]; if (!byCode.has(code)) byCode.set(code, []); byCode.get(code).push(f); });
  return Array.from(byCode, ([code, fs]) => {
    const a = document.createElement('a');
    a.className = 'fb sev-' + (SEVERITY.find((s) => fs.some((f) => data.findings[f][1] === s)) || 'info');
    a.href = '#f' + fs[0]; a.dataset.f = fs[0]; a.lang = 'en'; a.dir = 'ltr';
    a.title = fs.map((f) => data.findings[f][1] + ' · ' + code + ': ' + data.findings[f][4]).join('\\n');
    a.textContent = code + (fs.length > 1 ? ' ×' + fs.length : '');
    return a;
  });
}
let built = false;
function buildArticles() {
  if (built) return;
  built = true;
  const spans = { s: [], t: [] };
  document.querySelectorAll('.rows .cs, .rows .ct').forEach((cell) => {
    const key = cell.classList.contains('cs') ? 's' : 't';
    let cur = null;
    const open = (i, wrapper) => {
      const b = key === 's' ? srcBead[i] : tgtBead[i];
      cur = document.createElement('span');
      cur.id = key + i;
      cur.className = 's ' + ((b !== undefined && LABEL[beads[b][3]]) || 'n') + (wrapper && wrapper.classList.contains('x') ? ' x' : '');
      if (wrapper && wrapper.lang) cur.lang = wrapper.lang;
      spans[key][i] = cur;
    };
    cell.childNodes.forEach((node) => {
      if (node.nodeName === 'I') { open(+node.textContent - 1, null); return; }
      if (node.nodeName === 'SPAN' && node.firstChild && node.firstChild.nodeName === 'I') {
        open(+node.firstChild.textContent - 1, node);
        Array.from(node.childNodes).slice(1).forEach((n) => cur.append(n.cloneNode(true)));
        return;
      }
      if (cur) cur.append(node.cloneNode(true));
    });
  });
  ['s', 't'].forEach((key, k) => {
    const side = data.sides[k];
    const found = [];
    data.findings.forEach((f, fi) => f[2 + k].forEach((i) => { (found[i] = found[i] || []).push(fi); }));
    const frag = document.createDocumentFragment();
    let p = null, para = null, headings = true;
    const flush = () => { if (p) { if (headings) p.className = 'hd'; frag.append(p); } };
    side.p.forEach((paragraph, i) => {
      if (!p || paragraph !== para) { flush(); p = document.createElement('p'); para = paragraph; headings = true; } else p.append(' ');
      headings = headings && side.h[i] === '1';
      if (spans[key][i]) p.append(spans[key][i]);
      if (found[i]) p.append(...badges(found[i]));
    });
    flush();
    if (!side.p.length) { const empty = document.createElement('p'); empty.className = 'empty'; empty.lang = 'en'; empty.textContent = 'No sentences.'; frag.append(empty); }
    document.querySelector('#pane-' + key + ' .doc').append(frag);
  });
}
function setView(name) {
  if (name === 'articles') buildArticles();
  body.classList.toggle('v-articles', name === 'articles');
  body.classList.toggle('v-rows', name !== 'articles');
  document.querySelectorAll('[data-view]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === name)));
  unmark(selected, 'sel'); selected = [];
  if (current.src.length || current.tgt.length) select(current.src, current.tgt, 'st', false);
}
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
  const view = t.closest('[data-view]');
  if (view) { setView(view.dataset.view); return; }
  const badge = t.closest('.fb[data-f]');
  if (badge) {
    e.preventDefault();
    const stop = document.querySelector('.flist [data-fs~="' + badge.dataset.f + '"]');
    if (stop) activate(stop.classList.contains('stop') ? stop : stop.querySelector('.stop') || stop, false);
    return;
  }
  const stop = t.closest('.flist .stop');
  if (stop) { activate(stop, false); return; }
  const sentence = t.closest('.s[id]');
  if (sentence) {
    const b = beadOf(sentence);
    if (b !== undefined) selectBead(b, sentence.id[0] === 's' ? 't' : 's');
    return;
  }
  const row = t.closest('.row[id]');
  if (row) { selectBead(+row.id.slice(1), false); return; }
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
  const apply = () => body.classList.toggle('hide-' + box.value, !box.checked);
  box.addEventListener('change', apply);
  if (!box.checked) apply(); /* a reload may restore an unchecked box */
});
document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || e.target.closest('input, textarea, select, [contenteditable]')) return;
  if (e.key === 'j' || e.key === 'k') { e.preventDefault(); step(e.key === 'j' ? 1 : -1); }
  else if (e.key === 'Escape') {
    unmark(selected, 'sel'); unmark(cells, 'sel'); selected = []; cells = []; current = { src: [], tgt: [] };
    document.querySelectorAll('.flist .on').forEach((x) => x.classList.remove('on'));
    const big = document.querySelector('.heat.big');
    if (big) big.classList.remove('big');
  }
});
})();`;

#!/usr/bin/env bash
# The package as a consumer gets it: `npm pack` this checkout (prepack builds dist/), install the tarball
# into a fresh project from the registry (without the optional neural package), then use it there as
# ESM, as CJS, through the CLI, and check that asking for the neural embedder explains how to add it.
# Prints the packed/unpacked size, the install time and the consumer's node_modules size.
# Fails (exit 1) at the first step that does not work.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "pack-check: FAILED: $*" >&2; exit 1; }
say() { echo "pack-check: $*"; }

cd "$repo"
npm pack --json --pack-destination "$work" > "$work/pack.json" || fail "npm pack"
tarball="$work/$(node -p "require('$work/pack.json')[0].filename")"
node -e "
const [p] = require('$work/pack.json');
const files = new Set(p.files.map((f) => f.path));
for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli.js', 'dist/eval.js', 'dist/eval.cjs', 'schema.json']) {
  if (!files.has(f)) { console.error('missing from the tarball: ' + f); process.exit(1); }
}
const maps = p.files.filter((f) => f.path.endsWith('.map'));
if (maps.length) { console.error('source maps in the tarball: ' + maps.map((f) => f.path).join(', ')); process.exit(1); }
console.log('pack-check: tarball ' + p.filename + ': ' + p.files.length + ' files, ' + (p.size / 1024).toFixed(0) + ' kB packed, ' + (p.unpackedSize / 1024).toFixed(0) + ' kB unpacked');
" || fail "the tarball's contents"

app="$work/app"
mkdir -p "$app"
cd "$app"
echo '{ "name": "consumer", "version": "1.0.0", "private": true }' > package.json
t0=$(date +%s.%N)
npm install --no-audit --no-fund --loglevel=error "$tarball" > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "npm install of the tarball"; }
t1=$(date +%s.%N)
[ -d node_modules/@xenova/transformers ] && fail "the optional @xenova/transformers was installed by default"
size_kb=$(du -sk node_modules | cut -f1)
say "consumer install: $(node -p "($t1 - $t0).toFixed(1)") s, node_modules $(node -p "($size_kb / 1024).toFixed(1)") MB"

printf 'The minister visited Paris on 4 May 2024.\nShe met 12 students.\n' > en.txt
printf 'Le ministre a visité Paris le 4 mai 2024.\nElle a rencontré 12 étudiants.\n' > fr.txt

cat > esm.mjs <<'JS'
import { compareArticles, splitSentences, VERSION } from 'bitext-qa';
import { scoreAlignment } from 'bitext-qa/eval';
const sentences = await splitSentences('One. Two.');
if (sentences.length !== 2) throw new Error(`splitSentences gave ${sentences.length} sentences`);
const report = await compareArticles('The minister visited Paris on 4 May 2024.', 'Le ministre a visité Paris le 4 mai 2024.', { from: 'en', to: 'fr' });
if (report.beads.length !== 1 || report.beads[0].label !== 'match') throw new Error(`unexpected beads ${JSON.stringify(report.beads)}`);
if (scoreAlignment([{ src: [0], tgt: [0] }], [{ src: [0], tgt: [0] }]).strict.f1 !== 1) throw new Error('scoreAlignment');
console.log(`esm ok ${VERSION}`);
JS
node esm.mjs || fail "import('bitext-qa') as ESM"

cat > cjs.cjs <<'JS'
const { compareArticles, renderReport } = require('bitext-qa');
const { scoreAlignment } = require('bitext-qa/eval');
if (typeof scoreAlignment !== 'function') throw new Error('bitext-qa/eval');
compareArticles('She met 12 students.', 'Elle a rencontré 12 étudiants.', { from: 'en', to: 'fr' }).then((report) => {
  if (!renderReport(report, 'md').includes('#')) throw new Error('renderReport');
  console.log('cjs ok');
});
JS
node cjs.cjs || fail "require('bitext-qa') as CJS"

npx --no-install bitext-qa --help | grep -q "compare" || fail "npx bitext-qa --help"
code=0
npx --no-install bitext-qa compare en.txt fr.txt --format json --out report.json --quiet || code=$?
[ "$code" -le 1 ] || fail "bitext-qa compare exited $code"
node -e "const r = require('./report.json'); if (r.beads.length !== 2) { console.error(r.beads); process.exit(1); }" || fail "the compare report"

code=0
npx --no-install bitext-qa compare en.txt fr.txt --embedder neural --quiet > /dev/null 2> neural.err || code=$?
[ "$code" -eq 2 ] || fail "--embedder neural without @xenova/transformers exited $code, not 2"
[ "$(wc -l < neural.err)" -eq 1 ] || { cat neural.err >&2; fail "--embedder neural: more than one line on stderr"; }
grep -q "npm install @xenova/transformers" neural.err || { cat neural.err >&2; fail "--embedder neural: no install hint"; }
# A model on disk but no transformers.js: auto falls back to the lexical embedder and says so.
model="$work/cache/models/Xenova/paraphrase-multilingual-MiniLM-L12-v2"
mkdir -p "$model/onnx"
for f in config.json tokenizer.json tokenizer_config.json; do echo '{}' > "$model/$f"; done
: > "$model/onnx/model_quantized.onnx"
code=0
BITEXT_QA_CACHE="$work/cache" npx --no-install bitext-qa compare en.txt fr.txt --embedder auto --format json --out auto.json 2> auto.err || code=$?
[ "$code" -le 1 ] || { cat auto.err >&2; fail "auto with a model but no transformers.js exited $code"; }
grep -q "lexical embedder ran" auto.err || { cat auto.err >&2; fail "auto did not say it fell back"; }
node -e "const r = require('./auto.json'); if (r.embedder.kind !== 'lexical' || !r.embedder.note) { console.error(r.embedder); process.exit(1); }" || fail "auto's fallback is not in the report"
say "ESM, CJS, bitext-qa/eval, npx bitext-qa --help, compare, the neural hint and auto's fallback all work"

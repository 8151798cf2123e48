import { createLexicalEmbedder } from './src/embed/lexical/index.ts';
const t0 = performance.now();
const e = createLexicalEmbedder({ preset: 'parallel', languages: ['en', 'id'] });
console.log(e.id, Math.round(performance.now() - t0), 'ms');
const off = createLexicalEmbedder({ preset: 'parallel', languages: ['en', 'id'], dictionaries: false });
const en = ['the experiences of Venezuela and Iran in facing common challenges', 'The minister said the weather was cold today.'];
const id = ['pengalaman luas Venezuela dan Iran dalam menghadapi tantangan bersama', 'Menteri itu mengatakan cuaca hari ini dingin.'];
for (const emb of [off, e]) {
  const a = await emb.embed(en, { lang: 'en' });
  const b = await emb.embed(id, { lang: 'id' });
  const dot = (x: Float32Array, y: Float32Array) => x.reduce((s, v, i) => s + v * y[i], 0);
  console.log(emb.id, dot(a[0], b[0]).toFixed(3), dot(a[0], b[1]).toFixed(3), dot(a[1], b[1]).toFixed(3), dot(a[1], b[0]).toFixed(3));
}
const e2 = createLexicalEmbedder({ preset: 'parallel', languages: ['de', 'fr'] });
console.log(e2.id);

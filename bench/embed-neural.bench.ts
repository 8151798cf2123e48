// Neural embedder overhead on the generated tiny model: tokenizer + onnxruntime call + pooling per
// batch. The model is one Gather, so this measures the pipeline around a model, NOT a real model's
// speed (a MiniLM or LaBSE forward pass dominates that by orders of magnitude).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNeuralEmbedder } from '../src/embed/neural/index.js';
import { createTinyModel } from '../test/fixtures/tiny-model.js';
import { rng, timed } from './util.js';

const SENTENCES = 1024;
const BATCH = 32;

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-bench-neural-'));
  try {
    const embedder = createNeuralEmbedder({ model: createTinyModel(join(dir, 'tiny')), batchSize: BATCH });
    const words = ['the', 'a', 'big', 'large', 'car', 'automobile', 'dog', 'house', 'river', 'city', 'runs', 'fast', 'unknown', 'words'];
    const random = rng(42);
    const texts = Array.from({ length: SENTENCES }, () =>
      Array.from({ length: 8 + Math.floor(random() * 24) }, () => words[Math.floor(random() * words.length)]).join(' '),
    );
    const load = await timed(() => embedder.embed(texts.slice(0, 1))); // import transformers.js + create the session
    await embedder.embed(texts.slice(0, BATCH * 2)); // warm-up
    const batches: number[] = [];
    let last = performance.now();
    const { ms } = await timed(() =>
      embedder.embed(texts, {
        onProgress: () => {
          const now = performance.now();
          batches.push(now - last);
          last = now;
        },
      }),
    );
    batches.sort((a, b) => a - b);
    const median = batches[Math.floor(batches.length / 2)];
    console.log('neural fixture pipeline overhead (tiny generated model, not a real model\'s speed):');
    console.log(`  first load (import transformers.js + session): ${load.ms.toFixed(0)} ms`);
    console.log(`  ${SENTENCES} sentences, batch ${BATCH}: ${(ms / batches.length).toFixed(2)} ms/batch mean, ${median.toFixed(2)} ms/batch median`);
    console.log(`  ${((SENTENCES / ms) * 1000).toFixed(0)} sentences/s (tokenize + onnxruntime + pool + normalise)`);
    await embedder.dispose();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

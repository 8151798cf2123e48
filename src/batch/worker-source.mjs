// Worker entry when bitext-qa runs from its TypeScript source (tsx, vitest): registers tsx's loader
// in this worker thread, then loads the real worker. The published package never uses this file:
// it runs the bundled dist/batch-worker.js.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;

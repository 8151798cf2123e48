// Wording of every ModelUnavailableError the neural embedder throws: which model, where it looked,
// what to do next. Kept in one place so the CLI and the tests see the same text.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ModelUnavailableError } from '../../errors.js';
import { REQUIRED_MODEL_FILES, isModelPath } from './paths.js';

/** What is missing from `dir`, e.g. `no such directory` or `missing tokenizer.json, onnx/model_quantized.onnx`. */
export function describeDir(dir: string): string {
  if (!existsSync(dir)) return 'no such directory';
  const missing: string[] = REQUIRED_MODEL_FILES.filter((f) => !existsSync(join(dir, f)));
  if (!existsSync(join(dir, 'onnx', 'model_quantized.onnx')) && !existsSync(join(dir, 'onnx', 'model.onnx'))) {
    missing.push('onnx/model_quantized.onnx (or onnx/model.onnx)');
  }
  return missing.length > 0 ? `missing ${missing.join(', ')}` : 'complete';
}

const whatToDo = (model: string, target?: string): string =>
  isModelPath(model)
    ? `Point --model at a directory holding config.json, tokenizer.json, tokenizer_config.json and onnx/model_quantized.onnx, ` +
      `or use --embedder lexical (no model needed).`
    : `On a machine with network access run \`bitext-qa model pull ${model}\` (add --dir DIR to choose the cache) and copy ` +
      `the model folder${target ? ` to ${target}` : ''}, or pass --model DIR with a downloaded copy, or use --embedder lexical (no model needed).`;

/** The model is not on disk. */
export function modelMissingError(model: string, looked: readonly string[]): ModelUnavailableError {
  const where = looked.map((dir) => `  - ${dir} (${describeDir(dir)})`).join('\n');
  return new ModelUnavailableError(
    `${isModelPath(model) ? `Neural model directory "${model}" is not usable` : `Neural model "${model}" is not available locally (downloads are off)`}.` +
      `\nLooked in:\n${where}\n${whatToDo(model, looked[0])}`,
  );
}

/** The model files are there but transformers.js / onnxruntime could not load or run them. */
export function modelLoadError(model: string, dir: string, cause: unknown): ModelUnavailableError {
  const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  return new ModelUnavailableError(
    `${isModelPath(model) ? `Neural model directory "${model}"` : `Neural model "${model}" in ${dir}`} could not be loaded or run: ${reason}\n` +
      `The files may be incomplete or not a transformers.js ONNX export. ${whatToDo(model)}`,
    { cause },
  );
}

/** Network error codes that mean "no route to the hub" rather than "no such model". */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNRESET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/** Whether `error` (from `fetch`) means the host could not be reached. */
export function isNetworkError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (e instanceof TypeError && /fetch failed/i.test(e.message)) return true;
  }
  return false;
}

/** `pullModel` failed: the hub could not be reached, or it has no such model, or the cache is unwritable. */
export function pullError(model: string, host: string, target: string, cause: unknown): ModelUnavailableError {
  const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  const head = isNetworkError(cause)
    ? `Cannot download neural model "${model}": the network is unreachable (could not connect to ${host}).`
    : /Could not locate file|404/.test(reason)
      ? `Cannot download neural model "${model}": ${host} has no such model (or it lacks an ONNX export): ${reason}`
      : `Cannot download neural model "${model}" into ${target}: ${reason}`;
  return new ModelUnavailableError(
    `${head}\nRun \`bitext-qa model pull ${model}\` on a machine with network access and copy ${target} here, ` +
      `or pass --model DIR with a downloaded copy, or use --embedder lexical (no model needed).`,
    { cause },
  );
}

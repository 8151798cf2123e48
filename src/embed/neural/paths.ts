// Where models live and how a model name becomes a directory on disk. Synchronous and cheap: no
// model is loaded and transformers.js is not imported.
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** Environment variable that moves bitext-qa's cache (models and embeddings). */
export const CACHE_ENV_VAR = 'BITEXT_QA_CACHE';

/** Files every model directory needs besides the ONNX weights. */
export const REQUIRED_MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;

/** The cache root: `$BITEXT_QA_CACHE`, else `$XDG_CACHE_HOME/bitext-qa`, else `~/.cache/bitext-qa`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env[CACHE_ENV_VAR]) return resolve(env[CACHE_ENV_VAR]);
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'bitext-qa');
}

/** Directory holding downloaded models under a cache root. */
export const modelsDir = (cacheDir: string = defaultCacheDir()): string => join(cacheDir, 'models');

/** A model found on disk, ready to load. */
export interface ModelLocation {
  /** The model as the caller named it. */
  model: string;
  /** Absolute directory holding `config.json` etc. */
  dir: string;
  /** Whether the ONNX file used is the quantized one. */
  quantized: boolean;
  /** Absolute path of the ONNX file used. */
  onnxFile: string;
}

/** Result of {@link locateModel}: the location, or every path that was looked at. */
export type LocateResult = { found: ModelLocation; looked: string[] } | { found: undefined; looked: string[] };

const expandHome = (p: string): string => (p === '~' || p.startsWith('~/') ? join(homedir(), p.slice(1)) : p);

const isDir = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** Whether `model` names a directory rather than a hub id. */
export function isModelPath(model: string): boolean {
  if (/^(\.{1,2}([\\/]|$)|~([\\/]|$))/.test(model) || isAbsolute(model)) return true;
  return isDir(model) && existsSync(join(model, 'config.json'));
}

/** The directories where `model` may be, in the order they are tried. */
export function candidateDirs(model: string, cacheDir: string = defaultCacheDir()): string[] {
  if (isModelPath(model)) return [resolve(expandHome(model))];
  return [join(modelsDir(cacheDir), ...model.split('/'))];
}

/** The ONNX file in `dir` to load: the preferred kind first, else the other one. */
function onnxFileIn(dir: string, quantized: boolean): { file: string; quantized: boolean } | undefined {
  const order = quantized ? [true, false] : [false, true];
  for (const q of order) {
    const file = join(dir, 'onnx', q ? 'model_quantized.onnx' : 'model.onnx');
    if (existsSync(file)) return { file, quantized: q };
  }
  return undefined;
}

/** Finds `model` on disk without loading it. */
export function locateModel(model: string, options: { cacheDir?: string; quantized?: boolean } = {}): LocateResult {
  const looked = candidateDirs(model, options.cacheDir ?? defaultCacheDir());
  for (const dir of looked) {
    if (!isDir(dir) || !REQUIRED_MODEL_FILES.every((f) => existsSync(join(dir, f)))) continue;
    const onnx = onnxFileIn(dir, options.quantized ?? true);
    if (onnx) return { found: { model, dir, quantized: onnx.quantized, onnxFile: onnx.file }, looked };
  }
  return { found: undefined, looked };
}

/** Whether `model` is present locally (a directory, or in the cache) and can be loaded offline. */
export function isModelAvailable(model: string, options: { cacheDir?: string; quantized?: boolean } = {}): boolean {
  return locateModel(model, options).found !== undefined;
}

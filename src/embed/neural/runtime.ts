// The only file that touches transformers.js. It is imported lazily, on the first load, so
// `import 'bitext-qa'` never pays for onnxruntime. transformers.js keeps its settings in one global
// `env`; every load runs under a lock with the settings it needs and restores them afterwards.
import { basename, dirname } from 'node:path';
import { ModelUnavailableError } from '../../errors.js';

type Transformers = typeof import('@xenova/transformers');
type TransformersEnv = Transformers['env'];

/** The pieces of a feature-extraction pipeline the embedder calls. */
export interface LoadedPipeline {
  tokenizer: (texts: string[], options: { padding: boolean; truncation: boolean }) => { attention_mask: { data: ArrayLike<number | bigint> } } & Record<string, unknown>;
  model: (inputs: Record<string, unknown>) => Promise<Record<string, { data: ArrayLike<number>; dims: number[] } | undefined>>;
  dispose: () => Promise<unknown>;
}

let transformers: Promise<Transformers> | undefined;

/** Whether transformers.js has been imported in this process (for tests and diagnostics). */
export const isTransformersLoaded = (): boolean => transformers !== undefined;

/** The package the neural embedder runs on: an optional peer dependency, installed by the user. */
export const TRANSFORMERS_PACKAGE = '@xenova/transformers';

/** Whether a failed import says that `TRANSFORMERS_PACKAGE` itself is not installed. */
function isNotInstalled(cause: unknown): boolean {
  const { code, message } = (cause ?? {}) as { code?: string; message?: string };
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String(message).includes(TRANSFORMERS_PACKAGE);
}

/**
 * Imports transformers.js once. A failed import becomes a ModelUnavailableError: "not installed" tells
 * how to install the optional package; anything else (a broken onnxruntime) tells to reinstall it.
 */
export function loadTransformers(): Promise<Transformers> {
  transformers ??= import('@xenova/transformers').catch((cause: unknown) => {
    transformers = undefined;
    if (isNotInstalled(cause)) {
      throw new ModelUnavailableError(
        `The neural embedder needs the optional package ${TRANSFORMERS_PACKAGE}, which is not installed: run ` +
          `\`npm install ${TRANSFORMERS_PACKAGE}\` (without GitHub access, first add "overrides": { "sharp": "^0.33.5" } ` +
          `to your package.json), or use --embedder lexical.`,
        { cause },
      );
    }
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new ModelUnavailableError(
      `The neural embedder needs ${TRANSFORMERS_PACKAGE} (with onnxruntime-node), which could not be loaded: ${reason}. ` +
        `Reinstall it (\`npm install ${TRANSFORMERS_PACKAGE}\`), or use --embedder lexical.`,
      { cause },
    );
  });
  return transformers;
}

let lock: Promise<unknown> = Promise.resolve();

/**
 * Runs `fn` with `settings` applied to transformers.js's global `env`, one caller at a time.
 * transformers.js reports trouble with `console.warn` (then throws); those lines are held back
 * while `fn` runs so the user sees one clear error instead, whose `cause` keeps the details.
 */
export async function withEnv<T>(settings: Partial<TransformersEnv>, fn: (t: Transformers) => Promise<T>): Promise<T> {
  const t = await loadTransformers();
  const run = lock.then(async () => {
    const saved = Object.fromEntries(Object.keys(settings).map((k) => [k, t.env[k as keyof TransformersEnv]]));
    const warn = console.warn;
    Object.assign(t.env, settings);
    console.warn = () => undefined;
    try {
      return await fn(t);
    } finally {
      console.warn = warn;
      Object.assign(t.env, saved);
    }
  });
  lock = run.catch(() => undefined);
  return run;
}

/** Loads the pipeline for a model directory, offline: nothing is fetched and nothing is cached. */
export function loadLocalPipeline(dir: string, quantized: boolean): Promise<LoadedPipeline> {
  return withEnv({ allowRemoteModels: false, allowLocalModels: true, useFSCache: false, localModelPath: `${dirname(dir)}/` }, (t) =>
    t.pipeline('feature-extraction', basename(dir), { quantized, local_files_only: true }),
  ) as unknown as Promise<LoadedPipeline>;
}

/** Downloads `model` from `remoteHost` into `modelsDir` (transformers.js's file cache) by loading it once. */
export async function downloadPipeline(
  model: string,
  options: { modelsDir: string; remoteHost: string; quantized: boolean; onProgress?: (info: DownloadProgress) => void },
): Promise<void> {
  const pipe = (await withEnv(
    { allowRemoteModels: true, allowLocalModels: false, useFSCache: true, cacheDir: options.modelsDir, remoteHost: options.remoteHost },
    (t) =>
      t.pipeline('feature-extraction', model, {
        quantized: options.quantized,
        cache_dir: options.modelsDir,
        progress_callback: (info: DownloadProgress) => options.onProgress?.(info),
      }),
  )) as unknown as LoadedPipeline;
  await pipe.dispose();
}

/** What transformers.js reports while fetching files. */
export interface DownloadProgress {
  status: 'initiate' | 'download' | 'progress' | 'done' | 'ready' | string;
  file?: string;
  /** Percent of the current file, 0–100. */
  progress?: number;
  loaded?: number;
  total?: number;
}

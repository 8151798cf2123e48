// `bitext-qa model pull <id>`: fetch a model from the hub into the cache, for offline use later.
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ModelUnavailableError } from '../../errors.js';
import { modelMissingError, pullError } from './messages.js';
import { type ModelLocation, defaultCacheDir, isModelPath, locateModel, modelsDir } from './paths.js';
import { type DownloadProgress, downloadPipeline } from './runtime.js';

/** Where models are downloaded from (a mirror can be given instead). */
export const DEFAULT_REMOTE_HOST = 'https://huggingface.co/';

/** Options of {@link pullModel}. */
export interface PullOptions {
  /** Cache root; the model lands in `<dir>/models/<id>`. @default defaultCacheDir() */
  dir?: string;
  /** Fetch the quantized ONNX file. @default true */
  quantized?: boolean;
  /** Hub to download from (e.g. a mirror of huggingface.co). @default DEFAULT_REMOTE_HOST */
  remoteHost?: string;
  /** Called as files download. */
  onProgress?: (info: DownloadProgress) => void;
}

/**
 * Downloads `model` (a hub id such as `Xenova/LaBSE`) into the cache so that later runs find it
 * offline. Does nothing when it is already there. Returns where it is.
 *
 * @throws ModelUnavailableError when the hub cannot be reached (the message says the network is
 *   unreachable), has no such model, or the cache cannot be written.
 */
export async function pullModel(model: string, options: PullOptions = {}): Promise<ModelLocation> {
  const cacheDir = options.dir ?? defaultCacheDir();
  const quantized = options.quantized ?? true;
  if (isModelPath(model)) {
    const { found, looked } = locateModel(model, { quantized });
    if (found) return found;
    throw modelMissingError(model, looked);
  }
  const before = locateModel(model, { cacheDir, quantized });
  if (before.found?.quantized === quantized) return before.found;
  const host = options.remoteHost ?? DEFAULT_REMOTE_HOST;
  const target = modelsDir(cacheDir);
  // Download into a private folder, then move it into place: an interrupted pull never leaves a
  // half-written model that would later look complete.
  const staging = join(target, `.pull-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await downloadPipeline(model, { modelsDir: staging, remoteHost: host, quantized, onProgress: options.onProgress });
    const final = join(target, ...model.split('/'));
    if (existsSync(final)) {
      cpSync(join(staging, ...model.split('/')), final, { recursive: true, force: true });
    } else {
      mkdirSync(dirname(final), { recursive: true });
      renameSync(join(staging, ...model.split('/')), final);
    }
  } catch (cause) {
    if (cause instanceof ModelUnavailableError) throw cause;
    throw pullError(model, host, target, cause);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const after = locateModel(model, { cacheDir, quantized });
  if (!after.found) throw pullError(model, host, target, new Error(`the files did not land in ${after.looked.join(', ')}`));
  return after.found;
}

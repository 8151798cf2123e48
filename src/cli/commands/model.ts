import { DEFAULT_NEURAL_MODEL, locateModel, pullModel } from '../../embed/index.js';
import { parse, UsageError } from '../args.js';
import { MODEL_HELP } from '../help.js';
import { processIO, type CliIO } from '../io.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  dir: { type: 'string' },
  host: { type: 'string' },
} as const;

export async function modelCommand(argv: string[], io: CliIO = processIO()): Promise<number> {
  const { values, positionals } = parse('model', argv, OPTIONS);
  const [action, id = DEFAULT_NEURAL_MODEL, ...extra] = positionals;
  if (values.help || action === undefined) {
    (values.help ? io.stdout : io.stderr).write(MODEL_HELP);
    return values.help ? 0 : 2;
  }
  if (extra.length > 0) throw new UsageError(`'model ${action}' takes one model id; got ${positionals.length - 1}.`);
  const cacheDir = values.dir;
  // A mirror of the hub: --host, else the HF_ENDPOINT variable the Hugging Face tools also read.
  const host = values.host ?? process.env.HF_ENDPOINT;
  if (action === 'path') {
    const { found, looked } = locateModel(id, cacheDir ? { cacheDir } : {});
    io.stdout.write(`${found ? found.dir : looked[0]}\n`);
    if (!values.quiet) io.stderr.write(found ? `${id}: present (${found.onnxFile})\n` : `${id}: not downloaded yet\n`);
    return 0;
  }
  if (action === 'pull') {
    if (positionals.length < 2) throw new UsageError(`'model pull' needs a model id, e.g. ${DEFAULT_NEURAL_MODEL}.`);
    const location = await pullModel(id, {
      ...(cacheDir ? { dir: cacheDir } : {}),
      ...(host ? { remoteHost: host } : {}),
      onProgress: (info) => {
        if (!values.quiet && info.status === 'done' && info.file) io.stderr.write(`fetched ${info.file}\n`);
      },
    });
    io.stdout.write(`${location.dir}\n`);
    return 0;
  }
  throw new UsageError(`unknown 'model' action '${action}': use pull or path. See 'bitext-qa model --help'.`);
}

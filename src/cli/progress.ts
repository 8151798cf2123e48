import type { ProgressEvent } from '../compare/options.js';
import type { CliOutput } from './io.js';

export interface Progress {
  /** Reports a stage's progress; cheap to call often (redraws at most every 100 ms). */
  update(event: ProgressEvent): void;
  /** Clears the bar (TTY) before the summary line is printed. */
  done(): void;
}

const BAR_WIDTH = 24;

/**
 * Progress on stderr: a redrawn bar when stderr is a terminal, one plain line per stage step
 * (at most one per 10 % per stage) otherwise, nothing when `quiet`.
 */
export function createProgress(stream: CliOutput = process.stderr, quiet = false): Progress {
  if (quiet) return { update() {}, done() {} };
  const tty = Boolean(stream.isTTY);
  let lastDraw = 0;
  const lastDecile = new Map<string, number>();
  let drawn = false;
  return {
    update({ stage, done, total }) {
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        const filled = Math.round(fraction * BAR_WIDTH);
        const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
        stream.write(`\r\x1b[K${stage.padEnd(8)} ${bar} ${String(Math.round(fraction * 100)).padStart(3)}% ${done}/${total}`);
        drawn = true;
      } else {
        const decile = Math.floor(fraction * 10);
        if (lastDecile.get(stage) === decile) return;
        lastDecile.set(stage, decile);
        stream.write(`${stage}: ${done}/${total}\n`);
      }
    },
    done() {
      if (tty && drawn) stream.write('\r\x1b[K');
    },
  };
}

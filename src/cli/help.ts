import { VERSION } from '../version.js';

export const MAIN_HELP = `bitext-qa ${VERSION} — align two articles in two languages and report what was covered,
omitted, added, and where they disagree (numbers, dates, names).

Usage: bitext-qa <command> [options]

Commands:
  compare <source> <target>   align two articles, run the checks, write a report
  align <source> <target>     print the sentence alignment as JSON
  split <file|->              print the sentences of a text as JSON
  check <file|->              check an XLIFF or TMX file, unit by unit, and write a report
  batch <manifest|->          compare many pairs on all cores: results.jsonl, a report per pair
  model pull <id>             download a neural model for offline use (needs the model hub)
  model path [id]             print where a model is looked for

Run 'bitext-qa <command> --help' (or 'bitext-qa help <command>') for a command's options and
examples; 'bitext-qa --version' prints the version.

Exit codes: 0 clean, 1 findings at or above --fail-on (or coverage below --min-coverage),
2 usage or input error.
`;

export const COMPARE_HELP = `Usage: bitext-qa compare <source> <target> [options]

Aligns the two articles (files, or - for standard input on one side), checks the aligned pairs and
writes a report. A summary line goes to stderr.

Options:
  --from xx            source language (ISO 639-1); detected when absent
  --to yy              target language; detected when absent
  --mode M             auto | parallel | comparable            (default auto)
  --embedder E         auto | lexical | neural                 (default lexical)
  --model ID|DIR       neural model: hub id or local directory
  --format F           json | md | html | tsv | tmx            (default: from --out, else md)
  --out FILE           write the report here (default: stdout); .json .md .html .tsv .tmx
                       (another extension needs --format)
  --fail-on LEVEL      error | warning: exit 1 when a finding is at or above LEVEL
  --min-coverage X     exit 1 when coverage is below X (0.9 or 90%); an empty translation fails
  --input-format F     txt | md | html | auto: how to read the inputs (default auto: by extension,
                       .html/.htm web page (main article only), .md/.markdown Markdown, else text)
  --cache-dir DIR      embedding cache (default $BITEXT_QA_CACHE or ~/.cache/bitext-qa)
  --no-cache           do not read or write the embedding cache
  --dict FILE          a bilingual dictionary for the lexical embedder (repeatable): dictd .index
                       (+ .dict/.dict.dz), FreeDict .tei, CC-CEDICT .u8 (Chinese), or TSV
                       lines "source<TAB>target"
  --no-dict            no dictionaries at all (neither shipped nor installed): for measuring
  --quiet              no progress, no summary
  -h, --help           this help

Examples:
  bitext-qa compare en.txt id.txt --out report.html
  bitext-qa compare source.txt translation.txt --mode parallel --format md
  bitext-qa compare en.txt de.txt --fail-on error --quiet --out report.json   # gate a pipeline
`;

export const ALIGN_HELP = `Usage: bitext-qa align <source> <target> [options]

Prints the alignment as JSON: [{"src":[0],"tgt":[0,1],"score":0.81,"label":"match"}, …]
Indices are 0-based sentence numbers (with --presplit: 0-based line numbers, blank lines included).

Options:
  --presplit           each input line is one sentence (no segmentation)
  --mode M             auto | parallel | comparable            (default auto)
  --embedder E         auto | lexical | neural | length        (default lexical; length = Gale-Church)
  --model ID|DIR       neural model: hub id or local directory
  --format json        the only format of this command
  --out FILE           write here (default: stdout)
  --cache-dir DIR, --no-cache, --quiet, -h/--help

Examples:
  bitext-qa align book.de book.fr --presplit --mode parallel > beads.json
  bitext-qa align en.txt id.txt
`;

export const SPLIT_HELP = `Usage: bitext-qa split <file|-> [options]

Prints the sentences as JSON: [{"text":"…","start":0,"end":57,"paragraph":0,"lang":"en","kind":"body"}, …]
start/end are offsets into the text (UTF-16 code units, end excluded).

Options:
  --lang xx            document language; skips detection
  --input-format F     txt | md | html | auto (default auto: by extension); md and html rows get
                       "original": [start, end], the sentence's place in the file
  --format json        the only format of this command
  --out FILE           write here (default: stdout)
  -h, --help

Examples:
  bitext-qa split article.txt
  cat article.txt | bitext-qa split - --lang en
`;

export const CHECK_HELP = `Usage: bitext-qa check <file|-> [options]

Checks a bilingual file — XLIFF 1.2, XLIFF 2.x or TMX 1.1–1.4 — unit by unit: each unit is an aligned
pair, and every check runs on it (numbers, dates, weekdays, names, links, untranslated or copied text,
third language, length ratio), plus inline tags (<g>, <x/>, <ph>, <bpt>/<ept>, <pc>, <sc/>/<ec/>…)
missing or extra in the target, and units with no or an empty target. A summary line goes to stderr.

Options:
  --from xx            source language, overriding the file's (ISO 639-1)
  --to yy              target language, overriding the file's
  --format F           json | md | html | tsv | tmx            (default: from --out, else md)
  --out FILE           write the report here (default: stdout)
  --fail-on LEVEL      error | warning: exit 1 when a finding is at or above LEVEL
  --quiet              no summary
  -h, --help           this help

Examples:
  bitext-qa check job.xlf --out qa.html
  bitext-qa check memory.tmx --fail-on error --quiet --format json
`;

export const MODEL_HELP = `Usage: bitext-qa model pull <id> [--dir DIR] [--host URL]
       bitext-qa model path [id] [--dir DIR]

pull   downloads a transformers.js model (ONNX) into the cache so later runs work offline.
       Needs access to the model hub; on a machine without it, pull on a connected machine and
       copy the directory, then use --model DIR.
path   prints the directory where a model is looked for.

--dir DIR    cache root (default $BITEXT_QA_CACHE or ~/.cache/bitext-qa); models land in DIR/models/<id>
--host URL   a mirror of the model hub (default $HF_ENDPOINT, else https://huggingface.co/)

Examples:
  bitext-qa model pull Xenova/paraphrase-multilingual-MiniLM-L12-v2
  bitext-qa model pull Xenova/LaBSE --dir ./cache
  bitext-qa compare en.txt de.txt --embedder neural --model ./cache/models/Xenova/LaBSE
`;

export const BATCH_HELP = `Usage: bitext-qa batch <manifest|-> --out DIR [options]

Compares every pair of a JSONL manifest, one pair a line, on a pool of worker threads:
  {"id": "a1", "source": "en/a1.txt", "target": "id/a1.txt", "mode": "parallel"}
  {"id": "a2", "sourceText": "…", "targetText": "…", "from": "en", "to": "de"}
File paths are relative to the manifest (to the working directory when it comes from standard input).
A line may also set from, to, mode, embedder, model, cache, cacheDir and skipChecks for its pair.
Ids must be unique and usable as file names (letters, digits, ".", "_", "-").

Writes into DIR:
  results.jsonl        one line per pair, appended as each finishes:
                       {"id","ok","mode","scores","counts":{"error","warning","info"},"error"?,"ms"}
                       a pair that fails (missing file, bad encoding, bad options) has "ok": false
                       and its "error"; the batch goes on
  <id>.json            each pair's full report (and <id>.html / <id>.md with --format)
  summary.md, index.html   all pairs of DIR, worst first, each linking its report

Running the same command again skips the ids already in DIR's results files: a killed run resumes
where it stopped (only the pairs in flight are lost).

Options:
  --out DIR            output folder (created when missing)
  --concurrency N      worker threads (default: the number of cores)
  --shard i/n          run only the pairs whose id hashes to i modulo n (0 <= i < n); writes
                       results-<i>-of-<n>.jsonl, so n machines can share one DIR
  --format F           html | md: also write each pair's report in F (repeatable); json is always written
  --from, --to, --mode, --embedder, --model, --cache-dir, --no-cache
                       defaults for every pair (a manifest line's own fields win); see compare --help
  --fail-on LEVEL      error | warning: exit 1 when a pair of this run has a finding at or above
                       LEVEL (a failed pair counts as an error); otherwise 0 once the batch is done
  --quiet              no progress, no summary line
  -h, --help           this help

Examples:
  bitext-qa batch pairs.jsonl --out qa/ --format html
  find en -name '*.txt' | jq -Rc '{id: (.|ltrimstr("en/")|rtrimstr(".txt")), source: ., target: ("id/"+(.|ltrimstr("en/")))}' \\
    | bitext-qa batch - --out qa/
  bitext-qa batch pairs.jsonl --out qa/ --shard $JOB_COMPLETION_INDEX/8               # Kubernetes Indexed Job
  bitext-qa batch pairs.jsonl --out qa/ --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT   # Slurm array
`;

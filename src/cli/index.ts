// CLI entry (src/cli/): parses arguments, calls the library, prints. Filled in by the CLI work.
process.stderr.write('bitext-qa: the CLI is not built yet\n');
process.exitCode = 2;

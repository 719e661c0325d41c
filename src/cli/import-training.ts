import { importTrainingCommand } from '../app/import-training-command';

// `npm run import:training -- [--dry-run] file.csv` (scripts/import-training.mjs runs this once built).
importTrainingCommand({
  args: process.argv.slice(2),
  output: { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`The import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

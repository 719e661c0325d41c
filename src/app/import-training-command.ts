import { readFile, stat } from 'node:fs/promises';
import { loadConfig } from '../config';
import { openStorage } from '../storage/database';
import { createStores } from '../storage/stores';
import { ImportFormatError, ImportTooLargeError, importTrainingRecords, MAX_IMPORT_BYTES } from '../training';

const USAGE = 'usage: npm run import:training -- [--dry-run] <file.csv>';

/** Where the command writes: the result (JSON) to `out`, problems to `err`. */
export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

/**
 * `npm run import:training -- [--dry-run] file.csv`: imports completion records from a CSV file into the
 * database the service uses (the same settings: `DATABASE_URL`, or SQLite in `DATA_DIR`), and prints the same
 * result as `POST /api/admin/training/import`.
 * @returns the exit code: 0 when every line was imported (or already known), 1 when a line had a problem (the
 *   other lines were imported; `errors` says which), the file could not be read, or the settings are wrong
 */
export async function importTrainingCommand(props: {
  args: readonly string[];
  output: CommandOutput;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}): Promise<number> {
  const { output } = props;
  const dryRun = props.args.includes('--dry-run');
  const rest = props.args.filter((a) => a !== '--dry-run');
  if (rest.length !== 1 || rest[0]!.startsWith('-')) {
    output.err(`${USAGE}\n`);
    return 1;
  }
  const file = rest[0]!;
  const config = loadConfig(props.cwd, props.env);
  if (!config.ok) {
    output.err(`Fix these settings first:\n${config.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    return 1;
  }
  let body: Buffer;
  try {
    const size = (await stat(file)).size;
    if (size > MAX_IMPORT_BYTES) throw new ImportTooLargeError(size);
    body = await readFile(file);
  } catch (error) {
    output.err(`${error instanceof ImportTooLargeError ? error.message : `Cannot read ${file}.`}\n`);
    return 1;
  }

  const { databaseUrl, dataDir, timeZone } = config.config;
  const storage = await openStorage({ databaseUrl, dataDir });
  try {
    const stores = createStores(storage, timeZone);
    const result = await importTrainingRecords({
      body,
      courses: stores.training,
      people: stores.people,
      records: stores.training,
      now: (props.now ?? (() => new Date()))(),
      timeZone,
      dryRun,
    });
    output.out(`${JSON.stringify({ dryRun, ...result }, null, 2)}\n`);
    return result.errors.length === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof ImportFormatError)) throw error;
    output.err(`${error.message}\n`);
    return 1;
  } finally {
    await storage.close();
  }
}

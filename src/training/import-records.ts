import { courseFinder, type Course } from './courses';
import { parseImportDate } from './import-date';
import { ImportFormatError } from './import-errors';
import { todayIn, type LocalDate } from './local-date';
import type { CourseRepository, PersonMatcher, TrainingRecordRepository } from './ports';
import { readImportCsv, type ImportLine } from './read-import-csv';
import { recordKey, recordsByKey, type TrainingRecord } from './records';
import { DEFAULT_TIME_ZONE } from './working-time';

/** A line that was not imported, and why (in Dutch, for the admin who sent the file). */
export interface ImportLineError {
  line: number;
  message: string;
}

/** What an import did (or, in a dry run, would do): every data line is counted once. */
export interface ImportResult {
  /** New records. */
  imported: number;
  /** Records whose completion date moved to a later one. */
  updated: number;
  /** Lines that changed nothing: the same or an older date than the one stored or given further on. */
  unchanged: number;
  errors: ImportLineError[];
}

/** The response lists at most this many errors, then one line with how many more there are. */
export const MAX_REPORTED_ERRORS = 1000;

interface GoodLine {
  line: number;
  keys: string[];
  course: Course;
  completedOn: LocalDate;
}

/**
 * Imports completion records from a CSV file (columns `email` or `upn` or `object_id`, `course`, and
 * `completed_on`).
 * @remarks Lines with a problem are reported by line number and the good lines are imported all the same, in
 * one transaction. A person and course listed twice keep the latest date. Importing the same file again
 * changes nothing. `dryRun` computes the same result and writes nothing.
 * @throws ImportTooLargeError, ImportFormatError (see `readImportCsv`; also for a header that lacks a needed
 *   column): nothing is written
 */
export async function importTrainingRecords(props: {
  body: Uint8Array | string;
  courses: CourseRepository;
  people: PersonMatcher;
  records: TrainingRecordRepository;
  now: Date;
  timeZone?: string;
  dryRun?: boolean;
}): Promise<ImportResult> {
  const file = readImportCsv(props.body);
  const errors: ImportLineError[] = [...file.problems];
  const missing = missingColumns(file.columns);
  if (missing) throw new ImportFormatError('missing-columns', missing);

  const today = todayIn(props.now, props.timeZone ?? DEFAULT_TIME_ZONE);
  const findCourse = courseFinder(await props.courses.list());
  const good: GoodLine[] = [];
  for (const line of file.lines) {
    const checked = checkLine(line, findCourse, today);
    if ('problems' in checked) errors.push({ line: line.line, message: checked.problems.join(' ') });
    else good.push(checked);
  }

  const matches = await props.people.matchPeople({
    addresses: unique(good.flatMap((g) => g.keys.filter((k) => k.includes('@')))),
    objectIds: unique(good.flatMap((g) => g.keys.filter((k) => !k.includes('@')))),
  });
  const latest = new Map<string, TrainingRecord & { line: number }>();
  let unchanged = 0;
  for (const g of good) {
    const person = onePerson(g.keys, matches);
    if (typeof person !== 'string') {
      errors.push({ line: g.line, message: personProblem(g.keys, person.found) });
      continue;
    }
    const record = {
      aadObjectId: person,
      courseId: g.course.id,
      completedOn: g.completedOn,
      source: 'import' as const,
    };
    const key = recordKey(record.aadObjectId, record.courseId);
    const earlier = latest.get(key);
    if (earlier && earlier.completedOn >= record.completedOn) unchanged += 1;
    else {
      if (earlier) unchanged += 1;
      latest.set(key, { ...record, line: g.line });
    }
  }

  const stored = recordsByKey(
    await props.records.recordsOf(unique([...latest.values()].map((r) => r.aadObjectId))),
  );
  const writes: TrainingRecord[] = [];
  let imported = 0;
  let updated = 0;
  for (const [key, { line: _line, ...record }] of latest) {
    const before = stored.get(key);
    if (!before) imported += 1;
    else if (before.completedOn < record.completedOn) updated += 1;
    else {
      unchanged += 1;
      continue;
    }
    writes.push(record);
  }
  if (!props.dryRun && writes.length > 0) await props.records.saveImport(writes, props.now);
  errors.sort((a, b) => a.line - b.line);
  return finish({ imported, updated, unchanged, errors });
}

function finish(result: ImportResult): ImportResult {
  const { errors } = result;
  if (errors.length <= MAX_REPORTED_ERRORS) return result;
  const rest = errors.length - MAX_REPORTED_ERRORS;
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  shown.push({
    line: errors[MAX_REPORTED_ERRORS]!.line,
    message: `En nog ${rest} regels met een fout vanaf deze regel. Verbeter eerst de fouten hierboven.`,
  });
  return { ...result, errors: shown };
}

function missingColumns(columns: readonly string[]): string | undefined {
  const missing = [
    ...(['email', 'upn', 'object_id'].some((c) => columns.includes(c)) ? [] : ['email (of upn)']),
    ...['course', 'completed_on'].filter((c) => !columns.includes(c)),
  ];
  if (missing.length === 0) return undefined;
  return missing.length === 1
    ? `De kolom ${missing[0]} ontbreekt in de kopregel. Er is niets ingelezen.`
    : `De kolommen ${missing.join(' en ')} ontbreken in de kopregel. Er is niets ingelezen.`;
}

function checkLine(
  { line, fields }: ImportLine,
  findCourse: (text: string) => Course | undefined,
  today: LocalDate,
): GoodLine | { problems: string[] } {
  const problems: string[] = [];
  const keys = [fields.email, fields.upn, fields.object_id].filter(Boolean).map((k) => k.toLowerCase());
  if (keys.length === 0) problems.push('Geen persoon ingevuld (kolom email of upn).');
  const course = fields.course ? findCourse(fields.course) : undefined;
  if (!fields.course) problems.push('Geen training ingevuld (kolom course).');
  else if (!course)
    problems.push(`Onbekende training ${quote(fields.course)}: gebruik de id of de naam uit de catalogus.`);
  let completedOn: LocalDate | undefined;
  if (!fields.completed_on) problems.push('Geen datum ingevuld (kolom completed_on).');
  else {
    const date = parseImportDate(fields.completed_on);
    if (!date.ok && date.problem === 'format') {
      problems.push(`Datum ${quote(fields.completed_on)} niet herkend: schrijf dd-mm-jjjj of jjjj-mm-dd.`);
    } else if (!date.ok) problems.push(`Datum ${quote(fields.completed_on)} bestaat niet.`);
    else if (date.date > today) problems.push(`Datum ${quote(fields.completed_on)} ligt in de toekomst.`);
    else completedOn = date.date;
  }
  if (problems.length > 0 || !course || !completedOn) return { problems };
  return { line, keys, course, completedOn };
}

/** The one person all of a line's keys name, or how many people they name when that is not one. */
function onePerson(keys: readonly string[], matches: Map<string, string[]>): string | { found: number } {
  let id: string | undefined;
  for (const key of keys) {
    for (const candidate of matches.get(key) ?? []) {
      if (id === undefined) id = candidate;
      else if (candidate !== id) return { found: 2 };
    }
  }
  return id ?? { found: 0 };
}

function personProblem(keys: string[], found: number): string {
  const who = keys.map(quote).join(' / ');
  return found === 0
    ? `Onbekende persoon ${who}: niet gevonden op e-mailadres, UPN of object-id. Heeft deze persoon Voordeur in Teams?`
    : `${who} hoort bij meer dan één persoon: gebruik de UPN of het object-id.`;
}

const quote = (value: string): string => `"${value.length > 80 ? `${value.slice(0, 79)}…` : value}"`;

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

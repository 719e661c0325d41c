import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse';
import { ImportFormatError, ImportTooLargeError, MAX_IMPORT_BYTES } from './import-errors';

/** The columns an import file may have; a header names them in any order and any case. */
export const IMPORT_COLUMNS = ['email', 'upn', 'object_id', 'course', 'completed_on'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** One data line of the file, its fields by column (trimmed; empty when absent). */
export interface ImportLine {
  /** The line number in the file, the header being line 1 when it is the first. */
  line: number;
  fields: Record<ImportColumn, string>;
}

export interface ImportFile {
  /** The line of the header. */
  headerLine: number;
  columns: readonly ImportColumn[];
  lines: ImportLine[];
  /** Lines the CSV parser could not read (a quote left open, for instance). */
  problems: { line: number; message: string }[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads an import file: UTF-8 with or without a byte order mark, comma or semicolon (Dutch Excel) as detected
 * from the header line, CRLF or LF, quoted fields.
 * @throws ImportTooLargeError over {@link MAX_IMPORT_BYTES}
 * @throws ImportFormatError for a body that is not UTF-8 text or has no header with a known column
 */
export function readImportCsv(body: Uint8Array | string): ImportFile {
  const bytes = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
  if (bytes > MAX_IMPORT_BYTES) throw new ImportTooLargeError(bytes);
  // One line ending throughout, so that the parser's line numbers are the ones an editor shows.
  const text = decode(body)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  const headerLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';

  const problems: ImportFile['problems'] = [];
  const records = parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      problems.push({ line: Number(error?.lines ?? 0), message: csvProblem(error) });
      return undefined;
    },
    // The typings do not follow `info: true`, which wraps each record.
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...data] = records;
  const columns = header?.record.map((name) => name.trim().toLowerCase()) ?? [];
  const known = IMPORT_COLUMNS.filter((c) => columns.includes(c));
  if (known.length === 0) {
    throw new ImportFormatError(
      'no-header',
      `Dit is geen CSV-bestand met een kopregel. De eerste regel moet de kolommen noemen: ${IMPORT_COLUMNS.join(', ')}.`,
    );
  }
  const index = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, columns.indexOf(c)])) as Record<
    ImportColumn,
    number
  >;
  const lines: ImportLine[] = [];
  for (const { record, info } of data) {
    // A row of empty cells is what spreadsheets leave below the data: not a line to report.
    if (record.every((value) => value === '')) continue;
    const fields = {} as Record<ImportColumn, string>;
    for (const c of IMPORT_COLUMNS) fields[c] = index[c] >= 0 ? (record[index[c]] ?? '') : '';
    lines.push({ line: info.lines, fields });
  }
  return { headerLine: header!.info.lines, columns: known, lines, problems };
}

function decode(body: Uint8Array | string): string {
  if (typeof body === 'string') return body;
  try {
    return decoder.decode(body);
  } catch {
    throw new ImportFormatError(
      'not-utf8',
      'Het bestand is geen UTF-8-tekst. Sla het in Excel op als "CSV UTF-8 (door komma\'s gescheiden)".',
    );
  }
}

function count(text: string, char: string): number {
  let n = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) n += 1;
  }
  return n;
}

function csvProblem(error: CsvError | undefined): string {
  switch (error?.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'Een aanhalingsteken (") wordt niet gesloten; de rest van het bestand is niet gelezen.';
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'Een aanhalingsteken (") staat op een verkeerde plek in deze regel.';
    default:
      return 'Deze regel is geen geldige CSV.';
  }
}

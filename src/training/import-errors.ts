/** The largest CSV file an import takes: about 150,000 rows of a typical export. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The file is larger than {@link MAX_IMPORT_BYTES} (the API answers 413). Nothing was read or written. */
export class ImportTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`Het bestand is ${bytes} bytes; het mag hoogstens ${MAX_IMPORT_BYTES} bytes zijn.`);
    this.name = 'ImportTooLargeError';
  }
}

/**
 * The body is not a CSV file Voordeur can read: not UTF-8 text, no header line with the known columns, or a
 * header that lacks a column the import needs (the API answers 400). Nothing was written.
 * @remarks The message is Dutch and safe to show: it names the problem, never the file's content.
 */
export class ImportFormatError extends Error {
  constructor(
    readonly reason: 'not-utf8' | 'no-header' | 'missing-columns',
    message: string,
  ) {
    super(message);
    this.name = 'ImportFormatError';
  }
}

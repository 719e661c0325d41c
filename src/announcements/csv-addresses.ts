import { CsvError, parse } from 'csv-parse/sync';

/** What an uploaded CSV holds: addresses (lower case, each once) and the rows that hold none. */
export interface CsvAddresses {
  addresses: string[];
  /** Rows without an e-mail address or UPN, as written (a header row is not one of them). */
  invalid: string[];
}

/** Something@something.tld: the shape of an e-mail address and of a UPN. */
const ADDRESS = /^[^\s@,;<>"']+@[^\s@,;<>"']+\.[^\s@,;<>"']+$/;

/**
 * Reads the e-mail addresses or UPNs in a CSV: any cell shaped like an address, one or more per row, with comma,
 * semicolon (as Dutch Excel writes it) or tab between cells.
 * @remarks A first row without any address is taken as a header. Other columns (names, roles) are ignored.
 * @throws {CsvError} when the text is not CSV (an unclosed quote); its message names the line
 */
export function parseCsvAddresses(csv: string): CsvAddresses {
  const rows = parse(csv, {
    delimiter: [',', ';', '\t'],
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as string[][];
  const addresses = new Set<string>();
  const invalid: string[] = [];
  rows.forEach((row, i) => {
    const found = row.map((cell) => cell.replace(/^mailto:/i, '')).filter((cell) => ADDRESS.test(cell));
    if (found.length === 0) {
      if (i > 0 && row.some(Boolean)) invalid.push(row.filter(Boolean).join(', '));
      return;
    }
    for (const address of found) addresses.add(address.toLowerCase());
  });
  return { addresses: [...addresses], invalid };
}

export { CsvError };

/** One line of an import file as the preview shows it: its number in the file and its cells. */
export interface PreviewLine {
  line: number;
  cells: string[];
}

/**
 * Splits an import file into its header and data lines, numbered as an editor numbers them (the header is
 * line 1 when it comes first), for the preview beside the dry run's verdict.
 * @remarks Only for showing: the server reads the file (with a full CSV parser) and decides. Quotes are
 * honoured within a line; a quoted field across lines is shown as the lines it spans.
 */
export function previewCsv(text: string): { header: string[]; lines: PreviewLine[] } {
  const rows = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const headerIndex = rows.findIndex((r) => r.trim() !== '');
  if (headerIndex < 0) return { header: [], lines: [] };
  const headerRow = rows[headerIndex];
  const delimiter = count(headerRow, ';') > count(headerRow, ',') ? ';' : ',';
  const lines: PreviewLine[] = [];
  rows.forEach((row, i) => {
    if (i <= headerIndex || row.trim() === '') return;
    const cells = split(row, delimiter);
    if (cells.every((c) => c === '')) return;
    lines.push({ line: i + 1, cells });
  });
  return { header: split(headerRow, delimiter), lines };
}

const count = (text: string, char: string) => text.split(char).length - 1;

function split(row: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (quoted) {
      if (c === '"' && row[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

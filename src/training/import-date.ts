import { isRealDate, localDate, type LocalDate } from './local-date';

const DUTCH = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date read from a file, or why it could not be read. */
export type ParsedDate = { ok: true; date: LocalDate } | { ok: false; problem: 'format' | 'impossible' };

/**
 * Reads a completion date as Dutch spreadsheets and exports write it: `dd-mm-jjjj`, `d-m-jjjj` or ISO
 * `jjjj-mm-dd`.
 * @remarks A day that does not exist (31-02-2025) is "impossible", not silently moved to another day.
 */
export function parseImportDate(text: string): ParsedDate {
  const dutch = DUTCH.exec(text);
  const iso = dutch ? null : ISO.exec(text);
  if (!dutch && !iso) return { ok: false, problem: 'format' };
  const [year, month, day] = dutch
    ? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
    : [Number(iso![1]), Number(iso![2]), Number(iso![3])];
  if (!isRealDate(year, month, day)) return { ok: false, problem: 'impossible' };
  return { ok: true, date: localDate(year, month, day) };
}

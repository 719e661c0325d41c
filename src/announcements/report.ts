import type { Lang } from '../guidance';
import type { OutboxStatus } from '../delivery/outbox';
import { mustGet, type AnnouncementDeps } from './announcement-deps';
import { failureReason, FAILURE_TEXTS, type FailureReason } from './failure-reasons';
import type { ReportEntry } from './repositories';

/** One line of the report an admin downloads: who, when sent, when acknowledged, and why not, if not. */
export interface ReportRow {
  name: string;
  kind: ReportEntry['kind'];
  status?: OutboxStatus;
  sentAt?: Date;
  acknowledgedAt?: Date;
  failure?: FailureReason;
}

/** The report of one announcement, per recipient, then the readers of its channel posts who acknowledged. */
export async function announcementReport(deps: AnnouncementDeps, id: string): Promise<ReportRow[]> {
  await mustGet(deps, id);
  return (await deps.recipients.report(id)).map((entry) => ({
    name: entry.name ?? entry.aadObjectId ?? '',
    kind: entry.kind,
    status: entry.status,
    sentAt: entry.sentAt,
    acknowledgedAt: entry.acknowledgedAt,
    failure: entry.status === 'failed' && entry.lastError ? failureReason(entry.lastError) : undefined,
  }));
}

const HEADERS: Record<Lang, string[]> = {
  nl: ['Naam', 'Status', 'Verstuurd op', 'Gelezen en begrepen op', 'Reden mislukt'],
  en: ['Name', 'Status', 'Sent at', 'Read and understood at', 'Reason it failed'],
};

const STATUS_TEXTS: Record<Lang, Record<OutboxStatus | 'reader', string>> = {
  nl: {
    pending: 'Wacht',
    sending: 'Wordt verstuurd',
    sent: 'Verstuurd',
    failed: 'Mislukt',
    cancelled: 'Gestopt',
    reader: 'Las het in een kanaal',
  },
  en: {
    pending: 'Waiting',
    sending: 'Sending',
    sent: 'Sent',
    failed: 'Failed',
    cancelled: 'Stopped',
    reader: 'Read it in a channel',
  },
};

/**
 * The report as CSV for Excel: semicolons (as Dutch Excel reads them), a byte-order mark for accents, CRLF lines,
 * times as `YYYY-MM-DD HH:mm` in the service's time zone.
 * @remarks A cell that starts with `=`, `+`, `-` or `@` gets a leading `'`, so a name cannot run as a formula.
 */
export function reportCsv(rows: readonly ReportRow[], lang: Lang, timeZone: string): string {
  const time = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const when = (at?: Date) => (at ? time.format(at) : '');
  const lines = [
    HEADERS[lang],
    ...rows.map((row) => [
      row.name,
      STATUS_TEXTS[lang][row.kind === 'reader' ? 'reader' : (row.status ?? 'pending')],
      when(row.sentAt),
      when(row.acknowledgedAt),
      row.failure ? FAILURE_TEXTS[lang][row.failure] : '',
    ]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

import { Cron } from 'croner';
import type { JobRun, ScheduledJob } from '../../jobs';
import type { Check } from './self-check';

/** A scheduled time may take this long to be claimed and show up before a missing run counts as missed. */
const GRACE_MS = 5 * 60_000;
/** A run still going after this long is probably stuck. */
const STUCK_MS = 60 * 60_000;

const time = (iso: string | Date, timeZone: string) =>
  new Date(iso).toLocaleString('nl-NL', { timeZone, dateStyle: 'short', timeStyle: 'short' });

/**
 * One check per scheduled job: its last run (from the lease table, shared by every instance) against its schedule.
 * @param startedAt when this instance started: a scheduled time before it may have had nobody to run it
 */
export function jobChecks(props: {
  jobs: readonly Pick<ScheduledJob, 'name' | 'schedule'>[];
  /** The last runs as read once for this self-check; undefined when they could not be read. */
  runs: JobRun[] | undefined;
  timeZone: string;
  startedAt: Date;
  now: () => Date;
}): Check[] {
  return props.jobs.map((job) => ({
    id: `job:${job.name}`,
    title: `Geplande taak "${job.name}"`,
    async run() {
      const now = props.now();
      if (!props.runs) {
        return {
          status: 'error',
          detail: 'De laatste runs konden niet worden gelezen.',
          fix: 'Kijk eerst naar de database (hierboven).',
        };
      }
      const last = props.runs.find((r) => r.job === job.name);
      const [expected] = new Cron(job.schedule, { timezone: props.timeZone, paused: true }).previousRuns(
        1,
        now,
      );
      const due = expected && expected > props.startedAt && now.getTime() - expected.getTime() > GRACE_MS;
      if (!last) {
        return due
          ? {
              status: 'warning',
              detail: `Nog nooit gedraaid, ook niet op ${time(expected, props.timeZone)}.`,
              fix: 'Kijk in het logboek naar "job-lease-failed"; draait er wel een instantie met een bereikbare database?',
            }
          : {
              status: 'ok',
              detail: 'Nog niet gedraaid sinds de start; dat komt bij de eerstvolgende geplande tijd.',
            };
      }
      if (last.outcome === 'failed') {
        return {
          status: 'error',
          detail: `De run van ${time(last.slot, props.timeZone)} mislukte (fout-id ${last.summary ?? 'onbekend'}).`,
          fix: 'Zoek het fout-id in het logboek (event "job-failed"); de volgende run probeert het opnieuw.',
        };
      }
      if (!last.finishedAt && now.getTime() - new Date(last.startedAt).getTime() > STUCK_MS) {
        return {
          status: 'warning',
          detail: `De run van ${time(last.slot, props.timeZone)} loopt al meer dan een uur (${last.owner}).`,
          fix: 'Start die instantie opnieuw als ze niet meer reageert; de taak draait dan bij de volgende geplande tijd.',
        };
      }
      if (due && new Date(last.slot) < expected) {
        return {
          status: 'warning',
          detail: `De run van ${time(expected, props.timeZone)} ontbreekt; de laatste was ${time(last.slot, props.timeZone)}.`,
          fix: 'Kijk of er een instantie draait en of TZ goed staat; de volgende run doet wat de gemiste had moeten doen.',
        };
      }
      const outcome = last.finishedAt ? `gelukt (${last.summary ?? 'zonder telling'})` : 'loopt nog';
      return { status: 'ok', detail: `Laatste run ${time(last.slot, props.timeZone)}: ${outcome}.` };
    },
  }));
}

import type { ScheduledJob } from '../jobs';
import { errorFields } from '../logging';
import { SYSTEM, type Announcement } from './announcement';
import { audit, type AnnouncementDeps } from './announcement-deps';
import { sendDueReminders } from './acknowledgements';
import { settle } from './progress';
import { resolveAudience } from './resolve-audience';
import { deliver } from './send-announcement';
import { reconcileRetraction } from './sent-messages';

/** A send left without `enqueuedAt` this long is taken to have died, and is resumed. */
const RESUME_AFTER_MS = 2 * 60_000;

/**
 * The announcements' scheduled work.
 * @remarks `announcements`, every minute: sends the scheduled ones that are due, resumes a send that died while
 * enqueuing, records sends that ended (and updates the author's card), and deletes messages that were in flight when
 * their announcement was retracted. `announcement-reminders`, every quarter of an hour: the one reminder to those
 * who did not acknowledge. Each run repeats what a missed run would have done, so a run that no instance took is
 * made up by the next one.
 */
export function announcementJobs(deps: AnnouncementDeps): ScheduledJob[] {
  return [
    {
      name: 'announcements',
      schedule: '* * * * *',
      async run() {
        const now = deps.now();
        const counts = { scheduled: 0, resumed: 0, settled: 0, retracting: 0, stopped: 0 };
        for (const a of await deps.announcements.dueScheduled(now)) {
          if (await attempt(deps, a, () => deliver(deps, a, SYSTEM))) counts.scheduled++;
          else if (await stopWithoutRecipients(deps, a)) counts.stopped++;
        }
        for (const a of await deps.announcements.inStatus(['sending', 'retracted'])) {
          if (a.status === 'retracted') {
            if (!a.retractDoneAt && (await attempt(deps, a, () => reconcileRetraction(deps, a))))
              counts.retracting++;
          } else if (a.enqueuedAt) {
            if (await settle(deps, a.id)) counts.settled++;
          } else if (a.sentAt && now.getTime() - a.sentAt.getTime() > RESUME_AFTER_MS) {
            if (await attempt(deps, a, () => deliver(deps, a, SYSTEM))) counts.resumed++;
          }
        }
        return counts;
      },
    },
    {
      name: 'announcement-reminders',
      schedule: '*/15 * * * *',
      run: async () => ({ reminders: await sendDueReminders(deps, deps.now()) }),
    },
  ];
}

/**
 * A scheduled announcement whose audience has nobody left in it is stopped, with a line in the audit log, rather
 * than tried every minute.
 */
async function stopWithoutRecipients(deps: AnnouncementDeps, a: Announcement): Promise<boolean> {
  const resolved = await resolveAudience(a.audience, deps).catch(() => undefined);
  if (!resolved || resolved.members.length > 0) return false;
  const now = deps.now();
  if (!(await deps.announcements.transition(a.id, ['scheduled'], 'cancelled', now, { cancelledAt: now })))
    return false;
  await audit(deps, a, 'cancelled', SYSTEM, { reason: 'no-recipients', gone: resolved.gone });
  return true;
}

/** Runs one announcement's step; a failure is logged and leaves it for the next run, without stopping the others. */
async function attempt(
  deps: AnnouncementDeps,
  a: Announcement,
  step: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await step();
    return true;
  } catch (error) {
    deps.logger.warn(
      {
        event: 'announcement-job-step-failed',
        announcementId: a.id,
        status: a.status,
        ...errorFields(error),
      },
      'announcement step failed; the next run tries again',
    );
    return false;
  }
}

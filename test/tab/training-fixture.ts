import { openStorage } from '../../src/storage/database';
import { createStores } from '../../src/storage/stores';
import { reminderKey, todayIn, type ReminderStage } from '../../src/training';
import { addDays, addMonths } from '../../src/training/local-date';
import { TENANT_ID, USERS } from '../support/teams-host/entra-stand-in';

export const VADV = 'veilig-achter-de-voordeur';
export const ELEARNING = 'meldcode-e-learning';

/** People only the database knows: they never open the tab in these tests. */
export const PIET = { oid: 'e0000000-0000-4000-8000-0000000000a1', name: 'Piet Opzichter' };
export const OLGA = { oid: 'e0000000-0000-4000-8000-0000000000a2', name: 'Olga Onderhoud' };
/** Not in the team: a manager of the team must not see or decide about them. */
export const XANDER = { oid: 'e0000000-0000-4000-8000-0000000000a3', name: 'Xander Buiten' };

const DAY_MS = 86_400_000;

/**
 * Seeds one team's training into a running test service's database, with dates relative to today:
 * - Mila (manager): "Veilig achter de voordeur" done a month ago; she claims the e-learning, which she may
 *   not decide herself.
 * - Eva (employee): never did "Veilig achter de voordeur" but claims she did (two days ago); her e-learning is
 *   due in ten days.
 * - Piet: "Veilig achter de voordeur" overdue, three late reminders sent: escalated. E-learning done.
 * - Olga: nothing recorded: never done, both courses; she claims the e-learning.
 * Per course (overdue / never / due soon / done): Veilig achter de voordeur 1/2/0/1, e-learning 0/2/1/1.
 * - Xander is in another team and has an open claim.
 */
export async function seedTeamTraining(dataDir: string, team: string, now = new Date()): Promise<void> {
  const storage = await openStorage({ dataDir });
  try {
    const stores = createStores(storage, 'Europe/Amsterdam');
    const today = todayIn(now, 'Europe/Amsterdam');
    const people = [
      { oid: USERS.manager.oid, name: USERS.manager.name },
      { oid: USERS.employee.oid, name: USERS.employee.name },
      PIET,
      OLGA,
      XANDER,
    ];
    for (const p of people) {
      await stores.people.upsert({ aadObjectId: p.oid, displayName: p.name, tenantId: TENANT_ID, at: now });
    }
    await stores.teamMembers.replaceMembers(
      team,
      [USERS.manager.oid, USERS.employee.oid, PIET.oid, OLGA.oid],
      now,
    );
    await stores.teamMembers.replaceMembers(`${team}-other`, [XANDER.oid], now);
    await stores.teamRoles.assign({
      teamId: team,
      aadObjectId: USERS.manager.oid,
      role: 'manager',
      source: 'admin',
      displayName: USERS.manager.name,
      assignedBy: USERS.admin.oid,
      assignedAt: now,
    });
    const monthAgo = addMonths(today, -1);
    const pietDone = addMonths(today, -25);
    await stores.training.saveImport(
      [
        { aadObjectId: USERS.manager.oid, courseId: VADV, completedOn: monthAgo, source: 'import' },
        // 12-month refresher due in ten days.
        {
          aadObjectId: USERS.employee.oid,
          courseId: ELEARNING,
          completedOn: addDays(addMonths(today, -12), 10),
          source: 'import',
        },
        { aadObjectId: PIET.oid, courseId: VADV, completedOn: pietDone, source: 'import' },
        { aadObjectId: PIET.oid, courseId: ELEARNING, completedOn: monthAgo, source: 'import' },
      ],
      now,
    );
    const pietDue = addMonths(pietDone, 24);
    await stores.trainingReminders.recordSent(
      ([1, 2, 3] as const).map((n) => {
        const stage: ReminderStage = `overdue-${n}`;
        return {
          key: reminderKey(PIET.oid, VADV, stage, pietDue),
          aadObjectId: PIET.oid,
          courseId: VADV,
          stage,
          dueOn: pietDue,
          sentAt: new Date(now.getTime() - (4 - n) * 7 * DAY_MS),
        };
      }),
    );
    const twoDaysAgo = new Date(now.getTime() - 2 * DAY_MS);
    for (const [oid, courseId] of [
      [USERS.employee.oid, VADV],
      [USERS.manager.oid, ELEARNING],
      [OLGA.oid, ELEARNING],
      [XANDER.oid, VADV],
    ]) {
      await stores.trainingReminders.openClaim({ aadObjectId: oid, courseId, claimedAt: twoDaysAgo });
    }
  } finally {
    await storage.close();
  }
}

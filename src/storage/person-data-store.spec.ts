import { describeEachEngine } from '../../test/support/databases';
import type { ConversationAddress } from '../directory/installations';
import { ChecklistStore } from './checklist-store';
import { InstallationStore } from './installation-store';
import { OrgSettingsStore } from './org-settings-store';
import { OutboxStore } from './outbox-store';
import { PersonDataStore } from './person-data-store';
import { PersonStore } from './person-store';
import { SeeSomethingFlowStore } from './see-something-flow-store';
import { TeamMemberStore } from './team-member-store';
import { TeamRoleStore } from './team-role-store';
import { TrainingReminderStore } from './training-reminder-store';
import { TrainingStore } from './training-store';

const P = 'aaaaaaaa-0000-4000-8000-000000000001';
const Q = 'bbbbbbbb-0000-4000-8000-000000000002';
const at = new Date('2026-12-02T10:00:00.000Z');

describeEachEngine('a person’s data', (storage) => {
  beforeAll(async () => {
    const { db, dialect } = storage();
    const people = new PersonStore(db);
    const installations = new InstallationStore(db);
    for (const [id, userId] of [
      [P, '29:p-user'],
      [Q, '29:q-user'],
    ]) {
      await people.upsert({
        aadObjectId: id,
        displayName: `Naam ${id.slice(0, 1)}`,
        email: `${id}@x.nl`,
        at,
      });
      await installations.record({
        conversationId: `a:${id}`,
        scope: 'personal',
        aadObjectId: id,
        address: address(`a:${id}`, userId),
        at,
        event: 'install',
      });
      await new TeamMemberStore(db).replaceMembers(`team-${id.slice(0, 1)}`, [id], at);
      await new TrainingStore(db).saveImport(
        [
          {
            aadObjectId: id,
            courseId: 'veilig-achter-de-voordeur',
            completedOn: '2025-01-10',
            source: 'import',
          },
        ],
        at,
      );
      await new SeeSomethingFlowStore(db).create({
        id: `flow-${id}`,
        ownerId: id,
        createdAt: at,
        expiresAt: at,
      });
    }
    await new OutboxStore(db, dialect).enqueue(
      [P, Q].map((id) => ({
        purpose: 'handover',
        idempotencyKey: `note-${id}`,
        recipient: { kind: 'person' as const, aadObjectId: id },
        payload: { type: 'message' as const, text: 'Bij de familie op nummer 12 hoorde ik geschreeuw' },
      })),
      at,
    );
    const reminders = new TrainingReminderStore(db);
    await reminders.openClaim({ aadObjectId: Q, courseId: 'veilig-achter-de-voordeur', claimedAt: at });
    await reminders.decideClaim({
      aadObjectId: Q,
      courseId: 'veilig-achter-de-voordeur',
      status: 'rejected',
      by: P,
      at,
    });
    // P manages team P, named P as the team's aandachtsfunctionaris, and is the organisation's.
    await new TeamRoleStore(db).assign({
      teamId: 'team-b',
      aadObjectId: Q,
      role: 'manager',
      source: 'admin',
      assignedBy: P,
      assignedAt: at,
    });
    await new ChecklistStore(db).append({
      teamId: 'team-a',
      version: 1,
      at,
      actorId: P,
      actorName: 'Naam a',
      summary: { kind: 'profile' },
      content: {
        profile: 'gemengd',
        hidden: [],
        notes: {},
        custom: [],
        contacts: { aandachtsfunctionaris: { name: 'Naam a', aadObjectId: P } },
      },
    });
    await new OrgSettingsStore(db).setOrgAandachtsfunctionaris({ name: 'Naam a', aadObjectId: P }, Q, at);
  });

  it('exports every row about the person, none about others, and no message content', async () => {
    const store = new PersonDataStore(storage().db);
    const tables = await store.export(P);
    const counts = Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length]));
    expect(counts).toMatchObject({
      people: 1,
      installations: 1,
      team_members: 1,
      team_roles: 1,
      team_checklist_versions: 1,
      org_settings: 1,
      see_something_flows: 1,
      outbox: 1,
      training_records: 1,
      training_claims: 1,
      admin_audit: 0,
    });
    const text = JSON.stringify(tables);
    expect(text).not.toContain(`${Q}@x.nl`);
    expect(text).not.toContain('geschreeuw');
    expect(text).not.toContain('29:q-user');
  });

  it('erases the person, anonymises what others rely on, says where they are still named, and leaves others alone', async () => {
    const store = new PersonDataStore(storage().db);
    const before = await store.export(Q);
    const result = await store.erase(P, at);
    expect(result.deleted).toMatchObject({
      people: 1,
      installations: 1,
      team_members: 1,
      see_something_flows: 1,
      outbox: 1,
      training_records: 1,
    });
    expect(result.anonymised).toMatchObject({
      team_roles: 1,
      team_checklist_versions: 1,
      training_claims: 1,
    });
    expect(result.stillNamedIn.sort()).toEqual(['organisation', 'team:team-a']);

    const after = await store.export(P);
    // Only the contacts others chose still name the person; every table of their own is empty.
    const left = Object.entries(after)
      .filter(([, rows]) => rows.length > 0)
      .map(([t]) => t);
    expect(left).toEqual(['org_settings']);
    const q = await store.export(Q);
    for (const table of ['people', 'installations', 'team_members', 'outbox', 'training_records']) {
      expect([table, q[table]]).toEqual([table, before[table]]);
    }
    expect(q.training_claims).toEqual([expect.objectContaining({ aad_object_id: Q, decided_by: 'erased' })]);
    expect(q.team_roles).toEqual([expect.objectContaining({ aad_object_id: Q, assigned_by: 'erased' })]);
  });

  it('keeps an audit line per action, with counts only', async () => {
    const store = new PersonDataStore(storage().db);
    await store.audit({
      action: 'person-exported',
      actorId: 'admin',
      subjectId: Q,
      at,
      detail: { people: 1 },
    });
    expect(await store.auditOf(Q)).toEqual([
      { action: 'person-exported', actorId: 'admin', subjectId: Q, at, detail: { people: 1 } },
    ]);
  });
});

function address(conversationId: string, userId: string): ConversationAddress {
  return {
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/emea/',
    conversation: { id: conversationId, tenantId: 'tenant-1' },
    bot: { id: '28:bot' },
    user: { id: userId },
  };
}

import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The seed catalogue, written out here so that this migration does the same on every database for ever, even
 * when the app's own seed list changes later (`SEED_COURSES` in src/training/courses.ts says why these two).
 * Admins manage the catalogue afterwards; a seed they remove stays removed.
 */
const SEEDS = [
  {
    id: 'veilig-achter-de-voordeur',
    name_nl: 'Veilig achter de voordeur',
    name_en: 'Veilig achter de voordeur (safe behind the front door)',
    validity_months: 24,
    applies_to: '{"kind":"all"}',
    enrol_url: null,
    position: 0,
  },
  {
    id: 'meldcode-e-learning',
    name_nl: 'E-learning meldcode: opfrissen',
    name_en: 'E-learning: refresh the meldcode',
    validity_months: 12,
    applies_to: '{"kind":"all"}',
    enrol_url: null,
    position: 1,
  },
];

/**
 * Training: the catalogue, completion records, reminders sent, snoozes and claims; team membership from the
 * Teams roster (which people a team's courses and status are about); and lookups of people by e-mail or UPN
 * for the CSV import.
 * @remarks Personal data kept (AVG): ids, course ids, dates and decisions; nothing a person typed.
 */
export const training: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('training_courses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name_nl', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('validity_months', 'integer')
      .addColumn('applies_to', 'text', (c) => c.notNull())
      .addColumn('enrol_url', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    const at = new Date().toISOString();
    await db
      .insertInto('training_courses' as never)
      .values(SEEDS.map((s) => ({ ...s, updated_at: at })) as never)
      .execute();

    await db.schema
      .createTable('training_records')
      .addColumn('aad_object_id', 'text', (c) => c.notNull())
      .addColumn('course_id', 'text', (c) => c.notNull())
      .addColumn('completed_on', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('training_records_pk', ['aad_object_id', 'course_id'])
      .execute();

    await db.schema
      .createTable('training_reminders')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('aad_object_id', 'text', (c) => c.notNull())
      .addColumn('course_id', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text')
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('training_reminders_person')
      .on('training_reminders')
      .columns(['aad_object_id', 'course_id'])
      .execute();

    await db.schema
      .createTable('training_snoozes')
      .addColumn('aad_object_id', 'text', (c) => c.notNull())
      .addColumn('course_id', 'text', (c) => c.notNull())
      .addColumn('until', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('training_snoozes_pk', ['aad_object_id', 'course_id'])
      .execute();

    // One claim per person and course: a new claim replaces a decided one.
    await db.schema
      .createTable('training_claims')
      .addColumn('aad_object_id', 'text', (c) => c.notNull())
      .addColumn('course_id', 'text', (c) => c.notNull())
      .addColumn('claimed_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('decided_at', 'text')
      .addColumn('decided_by', 'text')
      .addPrimaryKeyConstraint('training_claims_pk', ['aad_object_id', 'course_id'])
      .execute();

    await db.schema
      .createTable('team_members')
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('aad_object_id', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'aad_object_id'])
      .execute();
    await db.schema.createIndex('team_members_person').on('team_members').column('aad_object_id').execute();

    // The import matches people ignoring case; these indexes serve exactly `lower(column)`.
    await db.schema
      .createIndex('people_email_lower')
      .on('people')
      .expression(sql`lower(email)`)
      .execute();
    await db.schema
      .createIndex('people_upn_lower')
      .on('people')
      .expression(sql`lower(user_principal_name)`)
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('people_upn_lower').execute();
    await db.schema.dropIndex('people_email_lower').execute();
    await db.schema.dropTable('team_members').execute();
    await db.schema.dropTable('training_claims').execute();
    await db.schema.dropTable('training_snoozes').execute();
    await db.schema.dropTable('training_reminders').execute();
    await db.schema.dropTable('training_records').execute();
    await db.schema.dropTable('training_courses').execute();
  },
};

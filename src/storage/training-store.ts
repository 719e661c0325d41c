import type { Kysely, Selectable, Transaction } from 'kysely';
import type {
  AppliesTo,
  Course,
  CourseCatalogue,
  RemovedCourse,
  TrainingRecord,
  TrainingRecordRepository,
} from '../training';
import type { Database, TrainingCourseTable, TrainingRecordTable } from './schema';

/** Rows per statement: 5 values a row stays well under both engines' limits on bound parameters. */
const CHUNK = 500;

/**
 * The training catalogue and completion records on the Voordeur database.
 * @remarks The seed courses are inserted by migration 010, once: a seed an admin removes stays removed. Removing a
 * course removes everything kept about it (see {@link CourseCatalogue.remove}).
 */
export class TrainingStore implements CourseCatalogue, TrainingRecordRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<Course[]> {
    const rows = await this.db
      .selectFrom('training_courses')
      .selectAll()
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(toCourse);
  }

  async get(id: string): Promise<Course | undefined> {
    const row = await this.db
      .selectFrom('training_courses')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toCourse(row);
  }

  async save(course: Course, at: Date): Promise<{ created: boolean }> {
    const fields = {
      name_nl: course.name.nl,
      name_en: course.name.en,
      validity_months: course.validityMonths ?? null,
      applies_to: JSON.stringify(course.appliesTo),
      enrol_url: course.enrolUrl ?? null,
      updated_at: at.toISOString(),
    };
    return this.db.transaction().execute(async (trx) => {
      const before = await trx
        .selectFrom('training_courses')
        .select('id')
        .where('id', '=', course.id)
        .executeTakeFirst();
      const last = await trx
        .selectFrom('training_courses')
        .select((eb) => eb.fn.max('position').as('max'))
        .executeTakeFirst();
      await trx
        .insertInto('training_courses')
        .values({ id: course.id, ...fields, position: Number(last?.max ?? -1) + 1 })
        // A create racing another of the same id updates it instead; the place of the first one stays.
        .onConflict((oc) => oc.column('id').doUpdateSet(fields))
        .execute();
      return { created: !before };
    });
  }

  async remove(id: string): Promise<RemovedCourse | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const course = await trx.deleteFrom('training_courses').where('id', '=', id).executeTakeFirst();
      if (Number(course.numDeletedRows) === 0) return undefined;
      const count = async (
        table: 'training_records' | 'training_reminders' | 'training_snoozes' | 'training_claims',
      ) =>
        Number((await trx.deleteFrom(table).where('course_id', '=', id).executeTakeFirst()).numDeletedRows);
      return {
        records: await count('training_records'),
        reminders: await count('training_reminders'),
        snoozes: await count('training_snoozes'),
        claims: await count('training_claims'),
      };
    });
  }

  async allRecords(): Promise<TrainingRecord[]> {
    const rows = await this.db.selectFrom('training_records').selectAll().execute();
    return rows.map(toRecord);
  }

  /** Whether any completion is recorded: until an admin imports one, the reminder job sends nothing. */
  async hasRecords(): Promise<boolean> {
    const row = await this.db.selectFrom('training_records').select('course_id').limit(1).executeTakeFirst();
    return row !== undefined;
  }

  async recordsOf(aadObjectIds: readonly string[]): Promise<TrainingRecord[]> {
    const ids = [...new Set(aadObjectIds)];
    const found: TrainingRecord[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom('training_records')
        .selectAll()
        .where('aad_object_id', 'in', ids.slice(i, i + CHUNK))
        .execute();
      found.push(...rows.map(toRecord));
    }
    return found;
  }

  async saveImport(records: readonly TrainingRecord[], at: Date): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < records.length; i += CHUNK) {
        await upsertLater(trx, records.slice(i, i + CHUNK), at);
      }
    });
  }
}

/**
 * Inserts records, or moves a stored completion to a later date; an earlier date leaves the row as it is.
 * @remarks The rule lives in the statement itself, so that two imports at once cannot move a date back.
 */
export async function upsertLater(
  db: Kysely<Database> | Transaction<Database>,
  records: readonly TrainingRecord[],
  at: Date,
): Promise<void> {
  if (records.length === 0) return;
  const updatedAt = at.toISOString();
  await db
    .insertInto('training_records')
    .values(
      records.map((r) => ({
        aad_object_id: r.aadObjectId,
        course_id: r.courseId,
        completed_on: r.completedOn,
        source: r.source,
        updated_at: updatedAt,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['aad_object_id', 'course_id'])
        .doUpdateSet((eb) => ({
          completed_on: eb.ref('excluded.completed_on'),
          source: eb.ref('excluded.source'),
          updated_at: eb.ref('excluded.updated_at'),
        }))
        .where((eb) => eb('excluded.completed_on', '>', eb.ref('training_records.completed_on'))),
    )
    .execute();
}

function toCourse(row: Selectable<TrainingCourseTable>): Course {
  return {
    id: row.id,
    name: { nl: row.name_nl, en: row.name_en },
    ...(row.validity_months === null ? {} : { validityMonths: Number(row.validity_months) }),
    appliesTo: JSON.parse(row.applies_to) as AppliesTo,
    ...(row.enrol_url ? { enrolUrl: row.enrol_url } : {}),
  };
}

function toRecord(row: Selectable<TrainingRecordTable>): TrainingRecord {
  return {
    aadObjectId: row.aad_object_id,
    courseId: row.course_id,
    completedOn: row.completed_on,
    source: row.source,
  };
}

import type { Server } from 'restify';
import { TRAINING_ROUTES } from '../../contracts';
import type { PersonRepository } from '../../directory/people';
import {
  decideClaim,
  importTrainingRecords,
  isLocalDate,
  type CourseCatalogue,
  type PersonMatcher,
  type ReminderRepository,
  type TrainingPasses,
  type TrainingRecordRepository,
} from '../../training';
import { badRequest, notFound } from '../auth/app-error';
import type { ApiDependencies } from './api-dependencies';
import { courseFromBody, presentCourse, presentRun } from './present-admin-training';
import { paramsAndBody, serveRoute } from './serve-route';

/** What the training admin API works on, ready made by the composition root. */
export interface TrainingApiProps {
  courses: CourseCatalogue;
  records: TrainingRecordRepository;
  reminders: ReminderRepository;
  /** Finds the people of an import by e-mail, UPN or object id; names the people of open claims. */
  people: PersonMatcher & Pick<PersonRepository, 'get'>;
  /** The daily training run with its cards and the outbox; the reminder job runs the same function. */
  passes: TrainingPasses;
  timeZone: string;
}

/** A run that sends may be planned a little ahead of this server's clock, not more. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** The training admin API (contracts in src/contracts/training.ts). Logs ids and counts, never a file's content. */
export function registerTrainingRoutes(
  server: Server,
  deps: ApiDependencies,
  training: TrainingApiProps,
): void {
  const { logger } = deps;
  const { courses, timeZone } = training;

  serveRoute(server, deps, TRAINING_ROUTES.importRecords, async (input, p) => {
    const dryRun = input.query().dryRun === 'true';
    const body = await input.upload();
    const result = await importTrainingRecords({
      body,
      courses,
      people: training.people,
      records: training.records,
      now: deps.now(),
      timeZone,
      dryRun,
    });
    const { imported, updated, unchanged } = result;
    logger.info(
      {
        event: 'training-import',
        actorId: p.id,
        dryRun,
        imported,
        updated,
        unchanged,
        errors: result.errors.length,
      },
      'training records imported',
    );
    return { dryRun, ...result };
  });

  serveRoute(server, deps, TRAINING_ROUTES.courses, async () => ({
    courses: (await courses.list()).map(presentCourse),
  }));

  serveRoute(server, deps, TRAINING_ROUTES.saveCourse, async (input, p) => {
    const { params, body } = paramsAndBody(input);
    const { courseId } = params;
    const course = courseFromBody(courseId, body);
    const { created } = await courses.save(course, deps.now());
    logger.info({ event: 'training-course-saved', courseId, created, actorId: p.id }, 'course saved');
    return { created, course: presentCourse(course) };
  });

  serveRoute(server, deps, TRAINING_ROUTES.removeCourse, async (input, p) => {
    const { courseId } = input.params();
    const removed = await courses.remove(courseId);
    if (!removed) throw notFound('No such course.');
    logger.info({ event: 'training-course-removed', courseId, ...removed, actorId: p.id }, 'course removed');
    return { courseId, removed };
  });

  serveRoute(server, deps, TRAINING_ROUTES.runReminders, async (input, p) => {
    const body = input.body();
    const now = deps.now();
    const at = body.at ? new Date(body.at) : now;
    if (!body.dryRun && at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw badRequest(
        'at: a run that sends cannot be in the future (it would count as sent then); use dryRun to look ahead',
      );
    }
    const result = await training.passes({ now: at, dryRun: body.dryRun });
    logger.info(
      {
        event: 'training-run',
        actorId: p.id,
        at: at.toISOString(),
        dryRun: body.dryRun,
        reminders: result.reminders.reminders.length,
        enqueued: result.reminders.enqueued,
        summaries: result.summaries.summaries.length,
      },
      'training reminders run by an admin',
    );
    return presentRun(result);
  });

  serveRoute(server, deps, TRAINING_ROUTES.claims, async () => {
    const open = (await training.reminders.claims())
      .filter((c) => c.status === 'open')
      .sort((a, b) => a.claimedAt.getTime() - b.claimedAt.getTime());
    const names = new Map<string, string | undefined>();
    for (const id of new Set(open.map((c) => c.aadObjectId))) {
      names.set(id, (await training.people.get(id))?.displayName);
    }
    return {
      claims: open.map((c) => ({
        aadObjectId: c.aadObjectId,
        ...(names.get(c.aadObjectId) ? { displayName: names.get(c.aadObjectId) } : {}),
        courseId: c.courseId,
        claimedAt: c.claimedAt.toISOString(),
      })),
    };
  });

  serveRoute(server, deps, TRAINING_ROUTES.decideClaim, async (input, p) => {
    const { aadObjectId, courseId } = input.params();
    const { decision, completedOn } = input.body();
    if (completedOn !== undefined && decision !== 'confirmed') {
      throw badRequest('completedOn: only a confirmed claim has a completion date');
    }
    if (completedOn !== undefined && !isLocalDate(completedOn)) {
      throw badRequest('completedOn: that day does not exist');
    }
    const result = await decideClaim({
      reminders: training.reminders,
      aadObjectId,
      courseId,
      decision,
      by: p.id,
      now: deps.now(),
      completedOn,
      timeZone,
    });
    if (!result.ok && result.reason === 'date-in-future') throw badRequest('completedOn: lies in the future');
    if (!result.ok) throw notFound('No open claim for this person and course.');
    logger.info(
      { event: 'training-claim-decided', aadObjectId, courseId, decision, actorId: p.id },
      'claim decided',
    );
    return { aadObjectId, courseId, decision };
  });
}

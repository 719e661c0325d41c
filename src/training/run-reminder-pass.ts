import type { EnqueueResult, NewOutboxItem, OutboundActivity } from '../delivery/outbox';
import type { CourseRepository, LearnerSource, ReminderRepository, TrainingRecordRepository } from './ports';
import { planReminders, type Escalation, type PlannedReminder } from './plan-reminders';
import type { SentReminder } from './reminders';
import type { WorkingTime } from './working-time';

/** What the pass needs from delivery: put messages in the outbox. */
export interface ReminderOutbox {
  enqueue(items: readonly NewOutboxItem[]): Promise<EnqueueResult>;
}

/** What a pass did, or would do in a dry run. Ids only: this goes to admins and logs. */
export interface ReminderPassResult {
  at: Date;
  workingTime: WorkingTime;
  dryRun: boolean;
  reminders: { key: string; aadObjectId: string; courseId: string; stage: string; dueOn?: string }[];
  /** Of the reminders, how many were new in the outbox (the others were queued by an earlier pass). */
  enqueued: number;
  escalations: Escalation[];
}

/** The outbox purpose of a day's reminders: the admin can see how that day's pass is getting on. */
export const reminderPurpose = (today: string): string => `training-reminder:${today}`;

/**
 * The daily reminder pass: plans, puts the cards in the outbox, then remembers what it sent.
 * @param card builds the reminder card for one planned reminder, in the person's language
 * @remarks The outbox comes first and the memory second: a crash in between leaves a reminder queued but not
 * remembered, and the next pass plans the same key, which the outbox refuses to add again. The other order
 * could remember a reminder that was never queued.
 */
export async function runReminderPass(props: {
  learners: LearnerSource;
  courses: CourseRepository;
  records: TrainingRecordRepository;
  reminders: ReminderRepository;
  outbox: ReminderOutbox;
  card: (reminder: PlannedReminder) => OutboundActivity;
  now: Date;
  timeZone?: string;
  dryRun?: boolean;
}): Promise<ReminderPassResult> {
  const { now } = props;
  const [learners, courses, records, sent, snoozes, claims] = await Promise.all([
    props.learners.learners(),
    props.courses.list(),
    props.records.allRecords(),
    props.reminders.sentReminders(),
    props.reminders.activeSnoozes(now),
    props.reminders.claims(),
  ]);
  const plan = planReminders({
    now,
    timeZone: props.timeZone,
    learners,
    courses,
    records,
    sent,
    snoozes,
    claims,
  });
  const dryRun = props.dryRun ?? false;
  let enqueued = 0;
  if (!dryRun && plan.reminders.length > 0) {
    const purpose = reminderPurpose(plan.today);
    const result = await props.outbox.enqueue(
      plan.reminders.map((r) => ({
        purpose,
        idempotencyKey: r.key,
        recipient: {
          kind: 'person',
          aadObjectId: r.learner.aadObjectId,
          tenantId: r.learner.tenantId,
          ...(r.learner.serviceUrl ? { serviceUrl: r.learner.serviceUrl } : {}),
        },
        payload: props.card(r),
      })),
    );
    enqueued = result.inserted;
    await props.reminders.recordSent(plan.reminders.map((r) => sentOf(r, now)));
  }
  return {
    at: now,
    workingTime: plan.workingTime,
    dryRun,
    reminders: plan.reminders.map((r) => ({
      key: r.key,
      aadObjectId: r.learner.aadObjectId,
      courseId: r.course.id,
      stage: r.stage,
      ...(r.standing.dueOn ? { dueOn: r.standing.dueOn } : {}),
    })),
    enqueued,
    escalations: plan.escalations,
  };
}

function sentOf(r: PlannedReminder, sentAt: Date): SentReminder {
  return {
    key: r.key,
    aadObjectId: r.learner.aadObjectId,
    courseId: r.course.id,
    stage: r.stage,
    dueOn: r.standing.dueOn,
    sentAt,
  };
}

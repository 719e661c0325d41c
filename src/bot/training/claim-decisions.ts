import type { TurnContext } from 'botbuilder';
import { currentTeamSummary, decideClaim } from '../../training';
import { langOf } from '../locale';
import { setRoute } from '../route-name';
import { trainingSummaryCard } from './cards';
import { trainingCardExpired, type TrainingDeps, type TrainingResult } from './reminder-actions';
import { TRAINING_TEXTS } from './texts';
import { claimDecisionData, TRAINING } from './verbs';

/** Whether `presser` may decide claims of `person` in `team`: an admin, or a manager of the team they are in. */
async function mayDecide(
  deps: TrainingDeps,
  presser: string,
  person: string,
  team: string,
): Promise<boolean> {
  if (deps.isAdmin(presser)) return true;
  if (!(await deps.teamRoles.has(team, presser, 'manager'))) return false;
  return (await deps.teamMembers.teamsOf(person)).includes(team);
}

/**
 * "Klopt" or "klopt niet" under a claim on the manager's weekly summary. The summary comes back as it stands
 * now, with the decision on top.
 * @remarks Only the team's managers (for a member of that team) and admins decide; anyone else gets a polite
 * refusal and the card stays. Of two presses (or two managers) the first decides and the second hears it was
 * already decided.
 */
export async function decideFromCard(
  context: TurnContext,
  raw: unknown,
  deps: TrainingDeps,
): Promise<TrainingResult> {
  const lang = langOf(context.activity);
  const parsed = claimDecisionData.safeParse(raw);
  const presser = context.activity.from?.aadObjectId;
  if (!parsed.success || !presser) return trainingCardExpired(context, lang, 'invalid');
  const { verb, person, team } = parsed.data;
  const t = TRAINING_TEXTS[lang];
  if (!(await mayDecide(deps, presser, person, team))) {
    setRoute(context, 'training:decide:refused');
    return { text: t.decided.notAllowed };
  }
  const course = await deps.training.get(parsed.data.course);
  const claim = course && (await deps.trainingReminders.getClaim(person, course.id));
  if (!course || !claim) return trainingCardExpired(context, lang, 'unknown-claim');
  const decision = verb === TRAINING.confirm ? 'confirmed' : 'rejected';
  const now = deps.now();
  const result = await decideClaim({
    reminders: deps.trainingReminders,
    aadObjectId: person,
    courseId: course.id,
    decision,
    by: presser,
    now,
    timeZone: deps.timeZone,
  });
  setRoute(context, result.ok ? `training:${decision}` : `training:decide:${result.reason}`);
  const name = (await deps.trainingLearners.learner(person))?.displayName ?? t.summary.someone;
  const notice = result.ok
    ? t.decided[decision](name, course.name[lang])
    : t.decided.already(name, course.name[lang]);
  const { summary, courses } = await currentTeamSummary({
    teamId: team,
    learners: deps.trainingLearners,
    courses: deps.training,
    records: deps.training,
    reminders: deps.trainingReminders,
    now,
    timeZone: deps.timeZone,
  });
  return { card: trainingSummaryCard(lang, summary, courses, { timeZone: deps.timeZone, notice }) };
}

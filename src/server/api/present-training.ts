import type { MyTraining, TeamTraining } from '../../contracts';
import type { MemberCourse, MemberTraining, TeamTrainingStatus } from '../../training';

const presentCourse = (c: MemberCourse) => ({
  courseId: c.courseId,
  status: c.status,
  ...(c.completedOn ? { completedOn: c.completedOn } : {}),
  ...(c.dueOn ? { dueOn: c.dueOn } : {}),
  escalated: c.escalated,
  ...(c.claimedAt ? { claimedAt: c.claimedAt.toISOString() } : {}),
});

/** A team's status as its managers receive it; `callerId` marks the caller's own row. */
export function presentTeamTraining(status: TeamTrainingStatus, callerId: string): TeamTraining {
  return {
    teamId: status.teamId,
    today: status.today,
    counts: status.counts,
    courses: status.courses.map((c) => ({ courseId: c.courseId, name: c.name, counts: c.counts })),
    members: status.members.map((m) => ({
      aadObjectId: m.aadObjectId,
      ...(m.displayName ? { displayName: m.displayName } : {}),
      isCaller: m.aadObjectId === callerId,
      ...(m.worst ? { worst: m.worst } : {}),
      courses: m.courses.map(presentCourse),
    })),
  };
}

/** A person's own courses, named. */
export function presentMyTraining(
  own: Pick<TeamTrainingStatus, 'today' | 'courses'> & { training: MemberTraining },
): MyTraining {
  const names = new Map(own.courses.map((c) => [c.courseId, c.name]));
  return {
    today: own.today,
    courses: own.training.courses.map((c) => ({
      ...presentCourse(c),
      name: names.get(c.courseId) ?? { nl: c.courseId, en: c.courseId },
    })),
  };
}

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { MemberCourseView, TeamTraining, TeamTrainingMember } from '../../contracts';
import { pick, type Lang, type Strings } from '../i18n';
import { describeCourse, formatInstant, Swatch } from './training-status';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: '0 0 16px', display: 'grid', gap: '6px' },
  item: {
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  line: { margin: '2px 0 0', display: 'flex', alignItems: 'flex-start' },
  you: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  meta: { margin: '2px 0 0', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '8px', marginTop: '8px' },
  intro: { margin: '0 0 8px', color: tokens.colorNeutralForeground2 },
  heading: { fontSize: tokens.fontSizeBase400, margin: '12px 0 6px' },
});

export type Decision = 'confirmed' | 'rejected';

/** One open claim: a person and a course, with the buttons to decide it. */
export interface ClaimRow {
  key: string;
  member: TeamTrainingMember;
  course: MemberCourseView;
}

/** The open claims, in the order the list shows them. */
export const claimRows = (data: TeamTraining): ClaimRow[] =>
  data.members.flatMap((member) =>
    member.courses
      .filter((c) => c.claimedAt)
      .map((course) => ({ key: `${member.aadObjectId}|${course.courseId}`, member, course })),
  );

const isLate = (c: MemberCourseView) => c.status === 'overdue' || c.status === 'never';

/** Members with their courses that pass `keep`; members without one are left out. */
const pickCourses = (data: TeamTraining, keep: (c: MemberCourseView) => boolean) =>
  data.members
    .map((member) => ({ member, courses: member.courses.filter(keep) }))
    .filter((row) => row.courses.length > 0);

/**
 * What a manager can act on: claims to confirm or reject, people whose reminders stopped, and people who are
 * late and still get reminders.
 */
export function TrainingActions(props: {
  data: TeamTraining;
  t: Strings;
  lang: Lang;
  busy: boolean;
  decide: (row: ClaimRow, decision: Decision) => void;
}) {
  const { data, t, lang, busy, decide } = props;
  const s = useStyles();
  const courseName = (id: string) =>
    pick(data.courses.find((c) => c.courseId === id)?.name ?? { nl: id, en: id }, lang);
  const nameOf = (m: TeamTrainingMember) => m.displayName ?? t.tr.unknownName;
  const nameLine = (m: TeamTrainingMember) => (
    <p className={s.name}>
      {nameOf(m)}
      {m.isCaller && <span className={s.you}> ({t.tr.you})</span>}
    </p>
  );
  const claims = claimRows(data);
  const escalated = pickCourses(data, (c) => c.escalated && !c.claimedAt);
  const late = pickCourses(data, (c) => isLate(c) && !c.escalated && !c.claimedAt);

  const courseLine = (c: MemberCourseView) => (
    <p key={c.courseId} className={s.line}>
      <Swatch status={c.status} />
      <span>
        {courseName(c.courseId)}: {describeCourse(c, t, lang)}
      </span>
    </p>
  );
  const people = (
    id: string,
    title: string,
    intro: string,
    rows: { member: TeamTrainingMember; courses: MemberCourseView[] }[],
  ) =>
    rows.length > 0 && (
      <section aria-labelledby={id} data-testid={id}>
        <h4 id={id} className={s.heading}>
          {title} ({rows.length})
        </h4>
        <p className={s.intro}>{intro}</p>
        <ul className={s.list}>
          {rows.map(({ member, courses }) => (
            <li key={member.aadObjectId} className={s.item} data-person={member.aadObjectId}>
              {nameLine(member)}
              {courses.map(courseLine)}
            </li>
          ))}
        </ul>
      </section>
    );

  return (
    <>
      {claims.length > 0 && (
        <section aria-labelledby="training-claims" data-testid="training-claims">
          <h4 id="training-claims" className={s.heading}>
            {t.tr.claimsTitle} ({claims.length})
          </h4>
          <p className={s.intro}>{t.tr.claimsIntro}</p>
          <ul className={s.list}>
            {claims.map((row) => {
              const what = `${nameOf(row.member)}, ${courseName(row.course.courseId)}`;
              return (
                <li key={row.key} className={s.item} data-claim={row.key}>
                  {nameLine(row.member)}
                  {courseLine(row.course)}
                  <p className={s.meta}>{t.tr.claimed(formatInstant(row.course.claimedAt!, lang))}</p>
                  {row.member.isCaller ? (
                    <p className={s.meta}>{t.tr.ownClaim}</p>
                  ) : (
                    <div className={s.buttons}>
                      {(['confirmed', 'rejected'] as const).map((decision) => (
                        <Button
                          key={decision}
                          appearance={decision === 'confirmed' ? 'primary' : 'secondary'}
                          disabledFocusable={busy}
                          data-decision={decision}
                          onClick={() => decide(row, decision)}
                        >
                          {decision === 'confirmed' ? t.tr.confirm : t.tr.reject}
                          <span className="sr-only">: {what}</span>
                        </Button>
                      ))}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {people('training-escalated', t.tr.escalatedTitle, t.tr.escalatedIntro, escalated)}
      {people('training-late', t.tr.lateTitle, t.tr.lateIntro, late)}
      {claims.length + escalated.length + late.length === 0 && <p>{t.tr.nothingToDo}</p>}
    </>
  );
}

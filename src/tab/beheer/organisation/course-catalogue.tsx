import { Button } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CourseRemoved, Courses, CourseView, KnownTeams } from '../../../contracts';
import { STRINGS, type Lang } from '../../i18n';
import type { AdminApi } from '../admin-api';
import { CourseForm } from './course-form';
import type { Outcome } from './form-feedback';
import type { OrganisationStrings } from './i18n-organisation';
import { LoadFailedLine, OutcomeLine } from './outcome-line';
import { useOrgStyles } from './styles';

/** Whom a course is for and how long it holds, in a few words. */
function summary(c: CourseView, t: OrganisationStrings, lang: Lang): string {
  const whom =
    c.appliesTo.kind === 'all'
      ? t.forAll
      : c.appliesTo.kind === 'teams'
        ? t.forTeams(c.appliesTo.teamIds.length)
        : t.forProfiles(c.appliesTo.profiles.map((p) => STRINGS[lang].profiles[p].toLowerCase()).join(', '));
  return [c.validityMonths ? t.every(c.validityMonths) : t.once, whom].join(' · ');
}

/**
 * The course catalogue: add, edit, delete.
 * @remarks Deleting asks first, in place, and says what went with the course (the API's counts). Focus then
 * moves to that message, since the row it came from is gone.
 */
export function CourseCatalogue(props: {
  api: AdminApi;
  t: OrganisationStrings;
  lang: Lang;
  teams: KnownTeams['teams'];
}) {
  const { api, t, lang } = props;
  const s = useOrgStyles();
  const [courses, setCourses] = useState<CourseView[]>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [form, setForm] = useState<{ course?: CourseView; key: number }>();
  const [confirming, setConfirming] = useState<string>();
  const [removal, setRemoval] = useState<Outcome>();
  const removalLine = useRef<HTMLDivElement>(null);

  const load = useCallback(() => {
    setLoadFailed(false);
    api
      .get<Courses>('/api/admin/training/courses')
      .then((c) => setCourses(c.courses))
      .catch(() => setLoadFailed(true));
  }, [api]);
  useEffect(load, [load]);

  const remove = async (course: CourseView) => {
    const name = course.name[lang];
    try {
      const result = await api.delete<CourseRemoved>(
        `/api/admin/training/courses/${encodeURIComponent(course.id)}`,
      );
      setCourses((list) => list?.filter((c) => c.id !== course.id));
      if (form?.course?.id === course.id) setForm(undefined);
      setRemoval({ kind: 'saved', text: t.deleted(name, result.removed) });
    } catch {
      setRemoval({ kind: 'error', text: t.saveFailed });
    }
    setConfirming(undefined);
    removalLine.current?.focus();
  };

  return (
    <section className={s.card} aria-labelledby="courses-title" data-testid="course-catalogue">
      <h2 id="courses-title" className={s.title}>
        {t.coursesTitle}
      </h2>
      <p className={s.intro}>{t.coursesIntro}</p>
      {loadFailed && <LoadFailedLine text={t.loadFailed} retry={t.retry} onRetry={load} />}
      {courses?.length === 0 && <p className={s.muted}>{t.noCourses}</p>}
      {courses && courses.length > 0 && (
        <ul className={s.list}>
          {courses.map((c) => {
            const name = c.name[lang];
            return (
              <li key={c.id} className={s.row} data-course={c.id}>
                <span className={s.grow}>
                  <strong>{name}</strong>
                  <br />
                  <span className={s.muted}>{summary(c, t, lang)}</span>
                </span>
                <Button
                  size="small"
                  aria-label={t.editCourse(name)}
                  onClick={() => setForm({ course: c, key: Date.now() })}
                >
                  {t.edit}
                </Button>
                <Button
                  size="small"
                  aria-label={t.deleteCourse(name)}
                  aria-expanded={confirming === c.id}
                  onClick={() => setConfirming(confirming === c.id ? undefined : c.id)}
                >
                  {t.remove}
                </Button>
                {confirming === c.id && (
                  <div
                    className={s.confirm}
                    role="group"
                    aria-label={t.deleteCourse(name)}
                    data-testid="confirm-delete"
                  >
                    <span>{t.confirmDelete(name)}</span>
                    <div className={s.actions}>
                      <Button appearance="primary" onClick={() => void remove(c)}>
                        {t.confirmDeleteYes}
                      </Button>
                      <Button onClick={() => setConfirming(undefined)}>{t.cancel}</Button>
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div ref={removalLine} tabIndex={-1} className={s.focusTarget}>
        <OutcomeLine outcome={removal} testId="course-removal" />
      </div>
      {courses && !form && (
        <div>
          <Button appearance="primary" onClick={() => setForm({ key: Date.now() })}>
            {t.newCourse}
          </Button>
        </div>
      )}
      {form && (
        <CourseForm
          key={form.key}
          api={api}
          t={t}
          lang={lang}
          course={form.course}
          teams={props.teams}
          onSaved={(saved) =>
            setCourses((list) =>
              list?.some((c) => c.id === saved.id)
                ? list.map((c) => (c.id === saved.id ? saved : c))
                : [...(list ?? []), saved],
            )
          }
          onClose={() => setForm(undefined)}
        />
      )}
    </section>
  );
}

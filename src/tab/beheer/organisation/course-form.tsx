import { Button, Checkbox, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { PROFILES, type Profile } from '../../../checklists/types';
import type { CourseBody, CourseSaved, CourseView, KnownTeams } from '../../../contracts';
import { STRINGS, type Lang } from '../../i18n';
import type { AdminApi } from '../admin-api';
import { useFormFeedback } from './form-feedback';
import type { OrganisationStrings } from './i18n-organisation';
import { OutcomeLine } from './outcome-line';
import { useOrgStyles } from './styles';

const FIELDS = ['courseId', 'name.nl', 'name.en', 'validityMonths', 'appliesTo', 'enrolUrl'] as const;
const idOf = (field: string) => `course-${field.replace('.', '-')}`;

type Kind = CourseView['appliesTo']['kind'];
interface Draft {
  id: string;
  nl: string;
  en: string;
  months: string;
  kind: Kind;
  teamIds: string[];
  profiles: Profile[];
  enrolUrl: string;
}

const draftOf = (c?: CourseView): Draft => ({
  id: c?.id ?? '',
  nl: c?.name.nl ?? '',
  en: c?.name.en ?? '',
  months: c?.validityMonths ? String(c.validityMonths) : '',
  kind: c?.appliesTo.kind ?? 'all',
  teamIds: c?.appliesTo.kind === 'teams' ? c.appliesTo.teamIds : [],
  profiles: c?.appliesTo.kind === 'profiles' ? c.appliesTo.profiles : [],
  enrolUrl: c?.enrolUrl ?? '',
});

/**
 * The course as the API takes it. Months that are not a number are sent as typed, never as "once": the API
 * refuses them beside the field, and the text stays in it.
 */
function bodyOf(d: Draft): CourseBody {
  const months = d.months.trim();
  const n = Number(months);
  return {
    name: { nl: d.nl, en: d.en },
    validityMonths: months === '' ? null : Number.isFinite(n) ? n : (months as unknown as number),
    appliesTo:
      d.kind === 'teams'
        ? { kind: 'teams', teamIds: d.teamIds }
        : d.kind === 'profiles'
          ? { kind: 'profiles', profiles: d.profiles }
          : { kind: 'all' },
    enrolUrl: d.enrolUrl.trim() === '' ? null : d.enrolUrl.trim(),
  };
}

/** Adds a course or edits one; a new course becomes the course being edited once it is saved. */
export function CourseForm(props: {
  api: AdminApi;
  t: OrganisationStrings;
  lang: Lang;
  course?: CourseView;
  teams: KnownTeams['teams'];
  onSaved: (course: CourseView) => void;
  onClose: () => void;
}) {
  const { api, t, lang, teams } = props;
  const s = useOrgStyles();
  const [editing, setEditing] = useState(props.course);
  const [d, setDraft] = useState<Draft>(() => draftOf(props.course));
  const form = useFormFeedback(FIELDS, idOf, (f) => t.courseFields[f]);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const text = (key: 'id' | 'nl' | 'en' | 'months' | 'enrolUrl') => ({
    value: d[key],
    onChange: (_e: unknown, data: { value: string }) => set({ [key]: data.value }),
  });
  const toggle = <T extends string>(list: T[], value: T, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);
  const profileNames = STRINGS[lang].profiles;
  // The form opens below the list: take the admin there.
  useEffect(
    () => document.getElementById(idOf(props.course ? 'name.nl' : 'courseId'))?.focus(),
    [props.course],
  );

  return (
    <form
      noValidate
      className={s.card}
      aria-labelledby="course-form-title"
      data-testid="course-form"
      onSubmit={(e) => {
        e.preventDefault();
        const id = editing?.id ?? d.id.trim();
        void form.run(async () => {
          const saved = await api.put<CourseSaved>(
            `/api/admin/training/courses/${encodeURIComponent(id || '-')}`,
            bodyOf(d),
          );
          setEditing(saved.course);
          props.onSaved(saved.course);
          return t.courseSaved(saved.course.name[lang]);
        }, t);
      }}
    >
      <h3 id="course-form-title" className={s.subtitle}>
        {editing ? t.courseFormEdit(editing.name[lang]) : t.courseFormNew}
      </h3>
      <div className={s.fields}>
        {!editing && (
          <Field label={t.courseId} required hint={t.courseIdHint} {...form.fieldState('courseId')}>
            <Input id={idOf('courseId')} {...text('id')} autoComplete="off" />
          </Field>
        )}
        <Field label={t.nameNl} required {...form.fieldState('name.nl')}>
          <Input id={idOf('name.nl')} lang="nl" {...text('nl')} autoComplete="off" />
        </Field>
        <Field label={t.nameEn} required {...form.fieldState('name.en')}>
          <Input id={idOf('name.en')} lang="en" {...text('en')} autoComplete="off" />
        </Field>
        <Field
          label={`${t.validity} ${t.optional}`}
          hint={t.validityHint}
          {...form.fieldState('validityMonths')}
        >
          <Input id={idOf('validityMonths')} inputMode="numeric" {...text('months')} autoComplete="off" />
        </Field>
        <Field label={`${t.enrolUrl} ${t.optional}`} hint={t.enrolHint} {...form.fieldState('enrolUrl')}>
          <Input id={idOf('enrolUrl')} type="url" {...text('enrolUrl')} autoComplete="off" />
        </Field>
      </div>
      <Field label={t.appliesTo} {...form.fieldState('appliesTo')}>
        <RadioGroup
          id={idOf('appliesTo')}
          value={d.kind}
          layout="horizontal"
          onChange={(_e, data) => set({ kind: data.value as Kind })}
          style={{ flexWrap: 'wrap' }}
        >
          <Radio value="all" label={t.appliesAll} />
          <Radio value="teams" label={t.appliesTeams} />
          <Radio value="profiles" label={t.appliesProfiles} />
        </RadioGroup>
      </Field>
      {d.kind === 'teams' && (
        <fieldset className={s.fieldset} data-testid="course-teams">
          <legend className={s.muted}>{t.appliesTeams}</legend>
          {teams.length === 0 && <p className={s.muted}>{t.noTeams}</p>}
          {teams.map((team) => (
            <Checkbox
              key={team.teamId}
              label={team.name ?? t.unnamedTeam(team.teamId)}
              checked={d.teamIds.includes(team.teamId)}
              onChange={(_e, data) => set({ teamIds: toggle(d.teamIds, team.teamId, data.checked === true) })}
            />
          ))}
        </fieldset>
      )}
      {d.kind === 'profiles' && (
        <fieldset className={s.fieldset} data-testid="course-profiles">
          <legend className={s.muted}>{t.appliesProfiles}</legend>
          {PROFILES.map((p) => (
            <Checkbox
              key={p}
              label={profileNames[p]}
              checked={d.profiles.includes(p)}
              onChange={(_e, data) => set({ profiles: toggle(d.profiles, p, data.checked === true) })}
            />
          ))}
        </fieldset>
      )}
      <div className={s.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={form.busy}>
          {t.save}
        </Button>
        <Button onClick={props.onClose}>{t.close}</Button>
        <OutcomeLine outcome={form.outcome} testId="course-outcome" />
      </div>
    </form>
  );
}

import {
  Button,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { PROFILES, type Profile } from '../../../checklists/types';
import type { AudienceCount } from '../../../contracts';
import { AdminError, problemsByField } from '../admin-api';
import type { AnnouncementsApi } from './announcements-api';
import { audienceOf, fieldOrder, placeProblems, type AudienceKind, type ComposeState } from './compose-model';
import type { AnnouncementStrings } from './i18n-announcements';
import { PeoplePicker } from './people-picker';
import { TeamPicker } from './team-picker';
import { useKnownTeams } from './use-known-teams';

const useStyles = makeStyles({
  group: { display: 'grid', gap: '8px', gridTemplateColumns: 'minmax(0, 1fr)' },
  file: { display: 'grid', gap: '4px', fontSize: tokens.fontSizeBase300 },
  count: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' },
  note: { margin: '0 0 4px 0' },
  unknown: { margin: '4px 0 0 0', paddingLeft: '20px', maxHeight: '160px', overflowY: 'auto' },
});

const KINDS: AudienceKind[] = ['all', 'teams', 'users', 'profiles', 'csv'];

/** The audience fields of the compose form, and "how many does this reach now" from the API. */
export function AudiencePicker({
  form,
  change,
  problems,
  api,
  t,
  fixed,
}: {
  form: ComposeState;
  change: (patch: Partial<ComposeState>) => void;
  problems: Record<string, string>;
  api: AnnouncementsApi;
  t: AnnouncementStrings;
  /** Once sent, the audience can no longer change. */
  fixed: boolean;
}) {
  const s = useStyles();
  const [count, setCount] = useState<AudienceCount | 'counting' | 'failed' | undefined>();
  const [countProblems, setCountProblems] = useState<Record<string, string>>({});
  const shown = { ...countProblems, ...problems };
  const err = (key: string) =>
    shown[key] ? { validationMessage: shown[key], validationState: 'error' as const } : {};
  const known = useKnownTeams(api.directory, form.audienceKind === 'teams' || form.audienceKind === 'users');
  const listed = known.teams && known.teams.length > 0 ? known.teams : undefined;
  // Without a list of teams (none known yet, or the API failed) the admin types ids, as before the directory.
  const noList = known.failed ? (
    <p role="alert" className={s.note}>
      {t.teamsFailed}{' '}
      <Button size="small" onClick={known.retry}>
        {t.retry}
      </Button>
    </p>
  ) : (
    known.teams?.length === 0 && <p className={s.note}>{t.noTeamsKnown}</p>
  );
  const loading = !known.teams && !known.failed && <Spinner size="tiny" label={t.teamsLoading} />;
  const patch = (p: Partial<ComposeState>) => {
    setCount(undefined);
    setCountProblems({});
    change(p);
  };

  const countNow = async () => {
    setCount('counting');
    setCountProblems({});
    try {
      setCount(await api.countAudience({ audience: audienceOf(form) }));
    } catch (error) {
      if (error instanceof AdminError && error.problems.length)
        setCountProblems(placeProblems(problemsByField(error.problems), fieldOrder(form)));
      setCount('failed');
    }
  };

  const readFile = async (file: File | undefined) => {
    if (file) patch({ csv: await file.text() });
  };

  return (
    <fieldset
      data-testid="audience-picker"
      className={s.group}
      disabled={fixed}
      style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}
    >
      <div data-field="audience">
        <Field label={t.audience} {...err('audience')}>
          <RadioGroup
            value={form.audienceKind}
            onChange={(_e, d) => patch({ audienceKind: d.value as AudienceKind })}
            disabled={fixed}
          >
            {KINDS.map((kind) => (
              <Radio key={kind} value={kind} label={t.audienceKinds[kind]} />
            ))}
          </RadioGroup>
        </Field>
      </div>
      {form.audienceKind === 'teams' && (
        <>
          <div data-field="audience.teamIds">
            {loading}
            {listed ? (
              <TeamPicker
                teams={listed}
                value={form.teamIds}
                onChange={(teamIds) => patch({ teamIds })}
                disabled={fixed}
                error={shown['audience.teamIds']}
                t={t}
              />
            ) : (
              !loading && (
                <>
                  {noList}
                  <Field label={t.teamIds} hint={t.teamIdsHint} {...err('audience.teamIds')}>
                    <Textarea
                      value={form.teamIds}
                      resize="vertical"
                      disabled={fixed}
                      onChange={(_e, d) => patch({ teamIds: d.value })}
                    />
                  </Field>
                </>
              )
            )}
          </div>
          <div data-field="audience.mode">
            <Field label={t.teamMode} {...err('audience.mode')}>
              <RadioGroup
                value={form.teamMode}
                disabled={fixed}
                onChange={(_e, d) => patch({ teamMode: d.value as ComposeState['teamMode'] })}
              >
                <Radio value="channel" label={t.teamChannel} />
                <Radio value="members" label={t.teamMembers} />
              </RadioGroup>
            </Field>
          </div>
        </>
      )}
      {form.audienceKind === 'users' && (
        <div data-field="audience.userIds">
          {loading}
          {listed ? (
            <PeoplePicker
              directory={api.directory}
              teams={listed}
              value={form.userIds}
              onChange={(userIds) => patch({ userIds })}
              disabled={fixed}
              error={shown['audience.userIds']}
              t={t}
            />
          ) : (
            !loading && (
              <>
                {noList}
                <Field label={t.userIds} hint={t.userIdsHint} {...err('audience.userIds')}>
                  <Textarea
                    value={form.userIds}
                    resize="vertical"
                    disabled={fixed}
                    onChange={(_e, d) => patch({ userIds: d.value })}
                  />
                </Field>
              </>
            )
          )}
        </div>
      )}
      {form.audienceKind === 'profiles' && (
        <div data-field="audience.profiles">
          <Field label={t.profiles} {...err('audience.profiles')}>
            <div role="group" aria-label={t.profiles}>
              {PROFILES.map((p: Profile) => (
                <Checkbox
                  key={p}
                  label={t.profileNames[p]}
                  checked={form.profiles.includes(p)}
                  disabled={fixed}
                  onChange={(_e, d) =>
                    patch({
                      profiles: d.checked ? [...form.profiles, p] : form.profiles.filter((x) => x !== p),
                    })
                  }
                />
              ))}
            </div>
          </Field>
        </div>
      )}
      {form.audienceKind === 'csv' && (
        <div data-field="audience.csv" className={s.group}>
          <Field label={t.csv} hint={t.csvHint} {...err('audience.csv')}>
            <Textarea
              value={form.csv}
              resize="vertical"
              rows={4}
              disabled={fixed}
              onChange={(_e, d) => patch({ csv: d.value })}
            />
          </Field>
          <label className={s.file}>
            {t.csvFile}
            <input
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              disabled={fixed}
              onChange={(e) => void readFile(e.target.files?.[0])}
            />
          </label>
        </div>
      )}
      {!fixed && (
        <div className={s.count}>
          <Button onClick={() => void countNow()} disabled={count === 'counting'}>
            {t.countAudience}
          </Button>
          {count === 'counting' && <Spinner size="tiny" label={t.counting} />}
        </div>
      )}
      <div aria-live="polite" data-testid="audience-count">
        {count === 'failed' && !Object.keys(countProblems).length && <p>{t.countFailed}</p>}
        {typeof count === 'object' && <AudienceCountText count={count} t={t} />}
      </div>
    </fieldset>
  );
}

/** "Dit gaat naar 12 ontvangers", how many are gone, and every entry nobody knows. */
export function AudienceCountText({ count, t }: { count: AudienceCount; t: AnnouncementStrings }) {
  const s = useStyles();
  return (
    <div>
      <strong>{t.audienceCount(count.count)}</strong>
      {count.gone > 0 && <span> {t.audienceGone(count.gone)}</span>}
      {count.unknown.length > 0 && (
        <>
          <p style={{ margin: '4px 0 0 0' }}>{t.audienceUnknown(count.unknown.length)}</p>
          <ul className={s.unknown} data-testid="audience-unknown">
            {count.unknown.map((u, i) => (
              <li key={`${i}:${u}`}>{u}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

import { Badge, Checkbox, Label, SearchBox, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import type { KnownTeam } from '../directory-api';
import { idsIn, withId } from './compose-model';
import type { AnnouncementStrings } from './i18n-announcements';

export const usePickStyles = makeStyles({
  list: {
    display: 'grid',
    maxHeight: '260px',
    overflowY: 'auto',
    padding: '2px 0',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  label: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '6px' },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  note: { margin: '4px 0', color: tokens.colorNeutralForeground2 },
  search: { maxWidth: '360px', width: '100%' },
  field: { display: 'grid', gap: '6px', gridTemplateColumns: 'minmax(0, 1fr)' },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/**
 * A label, several controls and the API's message about them.
 * @remarks Not Fluent's `Field`: it hands its one id to every control inside, so a list of checkboxes would share it.
 */
export function PickField(props: { label: string; labelId: string; error?: string; children: ReactNode }) {
  const s = usePickStyles();
  const errorId = `${props.labelId}-error`;
  return (
    <div
      role="group"
      aria-labelledby={props.labelId}
      aria-describedby={props.error ? errorId : undefined}
      className={s.field}
    >
      <Label id={props.labelId}>{props.label}</Label>
      {props.children}
      {props.error && (
        <span id={errorId} className={s.error}>
          {props.error}
        </span>
      )}
    </div>
  );
}

/** The team's name, or that it has none. */
export const teamName = (team: KnownTeam, t: AnnouncementStrings) => team.name ?? t.unnamedTeam(team.teamId);

/**
 * Teams by name, as checkboxes with a search: each with its size, and marked when Voordeur can no longer post
 * there or was never installed (a team it knows only from a roster cannot be reached, so it cannot be chosen).
 * @remarks The form keeps the chosen ids as text (one a line), so a refused save or a switch to another audience
 * loses nothing. A chosen id the list does not hold (a team since removed) stays listed, to be taken out.
 */
export function TeamPicker(props: {
  teams: KnownTeam[];
  value: string;
  onChange: (teamIds: string) => void;
  disabled: boolean;
  error?: string;
  t: AnnouncementStrings;
}) {
  const { teams, value, t } = props;
  const s = usePickStyles();
  const [query, setQuery] = useState('');
  const labelId = useId();
  const chosen = idsIn(value);
  const known = new Set(teams.map((team) => team.teamId));
  const q = query.trim().toLocaleLowerCase();
  const shown = q ? teams.filter((team) => teamName(team, t).toLocaleLowerCase().includes(q)) : teams;

  return (
    <PickField label={t.teamsPick} labelId={labelId} error={props.error}>
      <SearchBox
        className={s.search}
        aria-label={t.teamSearch}
        placeholder={t.teamSearch}
        value={query}
        disabled={props.disabled}
        onChange={(_e, d) => setQuery(d.value)}
      />
      <div className={s.list} data-testid="team-picker">
        {chosen
          .filter((id) => !known.has(id))
          .map((id) => (
            <Checkbox
              key={id}
              checked
              disabled={props.disabled}
              label={t.unknownTeam(id)}
              data-team={id}
              onChange={() => props.onChange(withId(value, id, false))}
            />
          ))}
        {shown.map((team) => (
          <Checkbox
            key={team.teamId}
            data-team={team.teamId}
            checked={chosen.includes(team.teamId)}
            disabled={props.disabled || (!team.installed && !chosen.includes(team.teamId))}
            onChange={(_e, d) => props.onChange(withId(value, team.teamId, d.checked === true))}
            label={
              <span className={s.label}>
                <span>{teamName(team, t)}</span>
                <span className={s.muted}>{t.memberCount(team.members)}</span>
                {team.gone && (
                  <Badge appearance="tint" color="danger" size="small">
                    {t.teamGone}
                  </Badge>
                )}
                {!team.installed && (
                  <Badge appearance="tint" color="informative" size="small">
                    {t.teamNotInstalled}
                  </Badge>
                )}
              </span>
            }
          />
        ))}
        {shown.length === 0 && <p className={s.note}>{t.noTeamMatches}</p>}
      </div>
      <span className={s.muted} aria-live="polite" data-testid="teams-chosen">
        {t.teamsChosen(chosen.length)}
      </span>
    </PickField>
  );
}

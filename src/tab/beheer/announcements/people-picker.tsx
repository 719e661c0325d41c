import { Button, Checkbox, SearchBox, Select, Spinner, makeStyles } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { DirectoryApi, KnownTeam, TeamMember } from '../directory-api';
import { idsIn, withId } from './compose-model';
import type { AnnouncementStrings } from './i18n-announcements';
import { PickField, teamName, usePickStyles } from './team-picker';

const useStyles = makeStyles({
  chosen: { margin: '4px 0 0 0', padding: 0, listStyle: 'none', display: 'grid', gap: '2px' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 8px' },
});

/**
 * People by name: the admin picks a team, searches its members by name and ticks them; the chosen ones are listed
 * below, from every team picked from, each with a button to take them out.
 * @remarks The form keeps the chosen Entra ids as text (one a line). A name is known once its team's members were
 * read; until then (an announcement opened for editing) the id stands in for it.
 */
export function PeoplePicker(props: {
  directory: DirectoryApi;
  teams: KnownTeam[];
  value: string;
  onChange: (userIds: string) => void;
  disabled: boolean;
  error?: string;
  t: AnnouncementStrings;
}) {
  const { directory, value, t } = props;
  const s = { ...usePickStyles(), ...useStyles() };
  const [teamId, setTeamId] = useState('');
  const [members, setMembers] = useState<TeamMember[] | 'loading' | 'failed'>();
  const [names, setNames] = useState<Record<string, string>>({});
  const [query, setQuery] = useState('');
  const labelId = useId();
  const chosen = idsIn(value);
  const teams = props.teams.filter((team) => team.members > 0);

  useEffect(() => {
    setMembers(teamId ? 'loading' : undefined);
    if (!teamId) return;
    let current = true;
    directory
      .members(teamId)
      .then((list) => {
        if (!current) return;
        setMembers(list);
        setNames((known) => ({
          ...known,
          ...Object.fromEntries(list.map((m) => [m.aadObjectId, nameOf(m)])),
        }));
      })
      .catch(() => current && setMembers('failed'));
    return () => {
      current = false;
    };
  }, [directory, teamId]);

  const q = query.trim().toLocaleLowerCase();
  const shown = Array.isArray(members)
    ? members.filter((m) => !q || `${nameOf(m)} ${m.userPrincipalName ?? ''}`.toLocaleLowerCase().includes(q))
    : [];

  return (
    <PickField label={t.audienceKinds.users} labelId={labelId} error={props.error}>
      <Select
        aria-label={t.peopleTeam}
        className={s.search}
        value={teamId}
        disabled={props.disabled}
        onChange={(_e, d) => setTeamId(d.value)}
      >
        <option value="">{t.chooseTeam}</option>
        {teams.map((team) => (
          <option key={team.teamId} value={team.teamId}>
            {`${teamName(team, t)} (${t.memberCount(team.members)})`}
          </option>
        ))}
      </Select>
      {members === 'loading' && <Spinner size="tiny" label={t.membersLoading} />}
      {members === 'failed' && <p role="alert">{t.membersFailed}</p>}
      {Array.isArray(members) && members.length === 0 && <p className={s.note}>{t.noMembers}</p>}
      {Array.isArray(members) && members.length > 0 && (
        <>
          <SearchBox
            className={s.search}
            aria-label={t.personSearch}
            placeholder={t.personSearch}
            value={query}
            disabled={props.disabled}
            onChange={(_e, d) => setQuery(d.value)}
          />
          <div className={s.list} data-testid="member-picker">
            {shown.map((m) => (
              <Checkbox
                key={m.aadObjectId}
                data-person={m.aadObjectId}
                checked={chosen.includes(m.aadObjectId)}
                disabled={props.disabled}
                onChange={(_e, d) => props.onChange(withId(value, m.aadObjectId, d.checked === true))}
                label={
                  <span className={s.label}>
                    <span>{nameOf(m)}</span>
                    {m.userPrincipalName && <span className={s.muted}>{m.userPrincipalName}</span>}
                  </span>
                }
              />
            ))}
            {shown.length === 0 && <p className={s.note}>{t.noPersonMatches}</p>}
          </div>
        </>
      )}
      <div aria-live="polite" data-testid="people-chosen">
        <span className={s.muted}>{chosen.length ? t.peopleChosen(chosen.length) : t.nobodyChosen}</span>
        {chosen.length > 0 && (
          <ul className={s.chosen}>
            {chosen.map((id) => {
              const name = names[id] ?? id;
              return (
                <li key={id} className={s.row} data-person={id}>
                  <span>{name}</span>
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={props.disabled}
                    aria-label={t.removePerson(name)}
                    onClick={() => props.onChange(withId(value, id, false))}
                  >
                    {t.takeOut}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </PickField>
  );
}

const nameOf = (m: TeamMember) => m.displayName ?? m.userPrincipalName ?? m.aadObjectId;

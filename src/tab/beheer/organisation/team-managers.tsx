import { Badge, Button, Field, Input, Select } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Managers, TeamMembers } from '../../../contracts';
import type { AdminApi } from '../admin-api';
import { directoryApi, teamPath, type KnownTeam } from '../directory-api';
import { useFormFeedback, type Outcome } from './form-feedback';
import type { OrganisationStrings } from './i18n-organisation';
import { LoadFailedLine, OutcomeLine } from './outcome-line';
import { useOrgStyles } from './styles';

type Team = KnownTeam;
const FIELDS = ['teamId', 'aadObjectId', 'displayName'] as const;
const idOf = (field: string) => `managers-${field}`;

/** The label of a team in the list: its name (or that it has none), its size, and whether it is reachable. */
export function teamLabel(team: Team, t: OrganisationStrings): string {
  const parts = [team.name ?? t.unnamedTeam(team.teamId), t.teamMembers(team.members)];
  if (team.gone) parts.push(t.teamGone);
  return parts.join(' · ');
}

/** Each team's managers: the admin picks a team by name, then adds a member or removes one. */
export function TeamManagers(props: {
  api: AdminApi;
  t: OrganisationStrings;
  teams?: Team[];
  teamsFailed: boolean;
  retryTeams: () => void;
}) {
  const { api, t, teams } = props;
  const s = useOrgStyles();
  const [teamId, setTeamId] = useState('');
  const [managers, setManagers] = useState<Managers['managers']>();
  const [members, setMembers] = useState<TeamMembers['members']>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [person, setPerson] = useState('');
  const [objectId, setObjectId] = useState('');
  const [removal, setRemoval] = useState<Outcome>();
  const form = useFormFeedback(FIELDS, idOf, (f) => t.managerFields[f]);

  const load = useCallback(
    (id: string) => {
      setManagers(undefined);
      setMembers(undefined);
      setLoadFailed(false);
      if (!id) return;
      Promise.all([api.get<Managers>(`${teamPath(id)}/managers`), directoryApi(api).members(id)])
        .then(([m, list]) => {
          setManagers(m.managers);
          setMembers(list);
        })
        .catch(() => setLoadFailed(true));
    },
    [api],
  );
  useEffect(() => load(teamId), [load, teamId]);

  const nameOf = (aadObjectId: string, displayName?: string) =>
    displayName ?? members?.find((m) => m.aadObjectId === aadObjectId)?.displayName ?? aadObjectId;
  const candidates = (members ?? []).filter((m) => !managers?.some((x) => x.aadObjectId === m.aadObjectId));
  const chosen = members?.length ? person : objectId.trim();

  return (
    <section className={s.card} aria-labelledby="managers-title" data-testid="team-managers">
      <h2 id="managers-title" className={s.title}>
        {t.managersTitle}
      </h2>
      <p className={s.intro}>{t.managersIntro}</p>
      {props.teamsFailed && (
        <p role="alert">
          {t.loadFailed}{' '}
          <Button size="small" onClick={props.retryTeams}>
            {t.retry}
          </Button>
        </p>
      )}
      {teams?.length === 0 && <p>{t.noTeams}</p>}
      {teams && teams.length > 0 && (
        <Field label={t.team} className={s.narrowField} {...form.fieldState('teamId')}>
          <Select
            id={idOf('teamId')}
            value={teamId}
            onChange={(_e, d) => {
              setTeamId(d.value);
              setPerson('');
              setRemoval(undefined);
              form.setOutcome(undefined);
            }}
          >
            <option value="">{t.chooseTeam}</option>
            {teams.map((team) => (
              <option key={team.teamId} value={team.teamId}>
                {teamLabel(team, t)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {loadFailed && <LoadFailedLine text={t.loadFailed} retry={t.retry} onRetry={() => load(teamId)} />}
      {managers && (
        <>
          <h3 className={s.subtitle}>{t.currentManagers}</h3>
          {managers.length === 0 && <p className={s.muted}>{t.noManagers}</p>}
          {managers.length > 0 && (
            <ul className={s.list} data-testid="manager-list">
              {managers.map((m) => {
                const name = nameOf(m.aadObjectId, m.displayName);
                return (
                  <li key={m.aadObjectId} className={s.row} data-manager={m.aadObjectId}>
                    <span className={s.grow}>{name}</span>
                    <Badge appearance="tint" color={m.source === 'admin' ? 'brand' : 'informative'}>
                      {m.source === 'admin' ? t.sourceAdmin : t.sourceRoster}
                    </Badge>
                    {m.source === 'admin' && (
                      <Button
                        size="small"
                        aria-label={t.removeManager(name)}
                        onClick={() =>
                          void api
                            .delete<Managers>(
                              `${teamPath(teamId)}/managers/${encodeURIComponent(m.aadObjectId)}`,
                            )
                            .then((next) => {
                              setManagers(next.managers);
                              setRemoval({ kind: 'saved', text: t.removed(name) });
                              document.getElementById(idOf('add'))?.focus();
                            })
                            .catch(() => setRemoval({ kind: 'error', text: t.saveFailed }))
                        }
                      >
                        {t.remove}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <OutcomeLine outcome={removal} testId="manager-removal" />
          <form
            noValidate
            className={s.card}
            aria-labelledby="add-manager-title"
            onSubmit={(e) => {
              e.preventDefault();
              const member = members?.find((m) => m.aadObjectId === chosen);
              const name = member?.displayName ?? chosen;
              void form
                .run(async () => {
                  const next = await api.put<Managers>(
                    `${teamPath(teamId)}/managers/${encodeURIComponent(chosen)}`,
                    member?.displayName ? { displayName: member.displayName } : {},
                  );
                  setManagers(next.managers);
                  return t.managerAdded(name);
                }, t)
                .then((ok) => {
                  if (ok) {
                    setPerson('');
                    setObjectId('');
                  }
                });
            }}
          >
            <h3 id="add-manager-title" className={s.subtitle}>
              {t.addManager}
            </h3>
            {members && members.length > 0 ? (
              <Field label={t.person} className={s.narrowField} {...form.fieldState('aadObjectId')}>
                <Select id={idOf('aadObjectId')} value={person} onChange={(_e, d) => setPerson(d.value)}>
                  <option value="">{t.choosePerson}</option>
                  {candidates.map((m) => (
                    <option key={m.aadObjectId} value={m.aadObjectId}>
                      {m.displayName ?? m.aadObjectId}
                      {m.userPrincipalName ? ` (${m.userPrincipalName})` : ''}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : (
              <Field
                label={t.objectId}
                hint={`${t.noMembers} ${t.objectIdHint}`}
                {...form.fieldState('aadObjectId')}
              >
                <Input id={idOf('aadObjectId')} value={objectId} onChange={(_e, d) => setObjectId(d.value)} />
              </Field>
            )}
            <div className={s.actions}>
              <Button
                id={idOf('add')}
                type="submit"
                appearance="primary"
                disabledFocusable={form.busy || !chosen}
              >
                {t.add}
              </Button>
              <OutcomeLine outcome={form.outcome} testId="manager-outcome" />
            </div>
          </form>
        </>
      )}
    </section>
  );
}

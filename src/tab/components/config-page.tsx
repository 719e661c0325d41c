import { Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { PROFILES, type Profile } from '../../checklists/types';
import type { TabApi } from '../api';
import type { Lang, Strings } from '../i18n';
import { registerConfigSave, setConfigValid, type TeamsSession } from '../teams';
import { DangerBanner } from './danger-banner';

const useStyles = makeStyles({ group: { marginTop: '8px' } });

/**
 * The team tab's configuration page: the manager picks the team's profile. The profile travels in the tab's
 * URL, and is also stored as a checklist version when the person saving is one of the team's managers.
 */
export function ConfigPage({
  api,
  session,
  t,
}: {
  api: TabApi;
  session: TeamsSession;
  t: Strings;
  lang: Lang;
}) {
  const s = useStyles();
  const [profile, setProfile] = useState<Profile>('gemengd');
  const chosen = useRef(profile);
  chosen.current = profile;

  useEffect(() => {
    const teamId = session.teamId;
    if (teamId) {
      api
        .teamChecklist(teamId, 'gemengd')
        .then((v) => v.version > 0 && setProfile(v.profile))
        .catch(() => undefined);
    }
    registerConfigSave(
      () => `${window.location.origin}/tab/team?profile=${chosen.current}`,
      async () => {
        if (!teamId) return;
        const current = await api.teamChecklist(teamId, chosen.current);
        // Version 0 shows the URL's profile as a default: store it, so the bot and print view agree.
        if (current.canEdit && (current.version === 0 || current.profile !== chosen.current)) {
          await api.change(teamId, chosen.current, current.version, {
            kind: 'profile',
            profile: chosen.current,
          });
        }
      },
    );
    setConfigValid(true);
  }, [api, session]);

  return (
    <>
      <DangerBanner t={t} />
      <h2>{t.chooseProfile}</h2>
      <p>{t.configIntro}</p>
      <RadioGroup
        className={s.group}
        value={profile}
        aria-label={t.chooseProfile}
        onChange={(_e, d) => setProfile(d.value as Profile)}
      >
        {PROFILES.map((p) => (
          <Radio key={p} value={p} label={t.profiles[p]} />
        ))}
      </RadioGroup>
      <p>{t.configSaved}</p>
    </>
  );
}

import { useCallback, useEffect, useState } from 'react';
import type { DirectoryApi, KnownTeam } from '../directory-api';

/** The teams Voordeur knows, read once `wanted` turns true; `failed` with `retry` when the API did not answer. */
export function useKnownTeams(directory: DirectoryApi, wanted: boolean) {
  const [teams, setTeams] = useState<KnownTeam[]>();
  const [failed, setFailed] = useState(false);
  const [asked, setAsked] = useState(false);

  const load = useCallback(() => {
    setAsked(true);
    setFailed(false);
    directory
      .teams()
      .then(setTeams)
      .catch(() => setFailed(true));
  }, [directory]);
  useEffect(() => {
    if (wanted && !asked) load();
  }, [wanted, asked, load]);

  return { teams, failed, retry: load };
}

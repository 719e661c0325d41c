import { useCallback, useEffect, useState } from 'react';

/** Loads once and again whenever `load` changes; `reload` tries again after a failure. */
export function useLoad<T>(load: () => Promise<T>) {
  const [data, setData] = useState<T>();
  const [failed, setFailed] = useState(false);
  const reload = useCallback(async () => {
    setFailed(false);
    try {
      setData(await load());
    } catch {
      setFailed(true);
    }
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, setData, failed, reload };
}

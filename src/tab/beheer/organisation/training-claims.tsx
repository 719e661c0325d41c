import { Button } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Courses, OpenClaims } from '../../../contracts';
import type { Lang } from '../../i18n';
import type { AdminApi } from '../admin-api';
import type { Outcome } from './form-feedback';
import type { OrganisationStrings } from './i18n-organisation';
import { LoadFailedLine, OutcomeLine } from './outcome-line';
import { useOrgStyles } from './styles';

type Claim = OpenClaims['claims'][number];

/**
 * Open "I already did this course" claims, to confirm or reject. After a decision the list is read again and
 * focus moves to the outcome, since the row is gone.
 */
export function TrainingClaims({ api, t, lang }: { api: AdminApi; t: OrganisationStrings; lang: Lang }) {
  const s = useOrgStyles();
  const [claims, setClaims] = useState<Claim[]>();
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [loadFailed, setLoadFailed] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const outcomeLine = useRef<HTMLDivElement>(null);

  const load = useCallback(() => {
    setLoadFailed(false);
    Promise.all([
      api.get<OpenClaims>('/api/admin/training/claims'),
      api.get<Courses>('/api/admin/training/courses'),
    ])
      .then(([open, catalogue]) => {
        setNames(new Map(catalogue.courses.map((c) => [c.id, c.name[lang]])));
        setClaims(open.claims);
      })
      .catch(() => setLoadFailed(true));
  }, [api, lang]);
  useEffect(load, [load]);

  const decide = async (claim: Claim, decision: 'confirmed' | 'rejected') => {
    const who = claim.displayName ?? claim.aadObjectId;
    try {
      await api.post(
        `/api/admin/training/claims/${encodeURIComponent(claim.aadObjectId)}/${encodeURIComponent(claim.courseId)}`,
        { decision },
      );
      setOutcome({ kind: 'saved', text: t.decided(who, decision === 'confirmed') });
    } catch {
      setOutcome({ kind: 'error', text: t.saveFailed });
    }
    load();
    outcomeLine.current?.focus();
  };
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long' });

  return (
    <section className={s.card} aria-labelledby="claims-title" data-testid="training-claims">
      <h2 id="claims-title" className={s.title}>
        {t.claimsTitle}
      </h2>
      <p className={s.intro}>{t.claimsIntro}</p>
      {loadFailed && <LoadFailedLine text={t.loadFailed} retry={t.retry} onRetry={load} />}
      {claims?.length === 0 && <p className={s.muted}>{t.noClaims}</p>}
      {claims && claims.length > 0 && (
        <ul className={s.list}>
          {claims.map((c) => {
            const who = c.displayName ?? c.aadObjectId;
            const course = names.get(c.courseId) ?? c.courseId;
            return (
              <li
                key={`${c.aadObjectId}|${c.courseId}`}
                className={s.row}
                data-claim={`${c.aadObjectId}|${c.courseId}`}
              >
                <span className={s.grow}>
                  <strong>{who}</strong> · {course}
                  <br />
                  <span className={s.muted}>{t.claimedOn(date(c.claimedAt))}</span>
                </span>
                <Button
                  size="small"
                  aria-label={`${t.confirm}: ${who}, ${course}`}
                  onClick={() => void decide(c, 'confirmed')}
                >
                  {t.confirm}
                </Button>
                <Button
                  size="small"
                  aria-label={`${t.reject}: ${who}, ${course}`}
                  onClick={() => void decide(c, 'rejected')}
                >
                  {t.reject}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div ref={outcomeLine} tabIndex={-1} className={s.focusTarget}>
        <OutcomeLine outcome={outcome} testId="claims-outcome" />
      </div>
    </section>
  );
}

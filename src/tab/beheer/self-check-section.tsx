import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckStatus, SelfCheck } from '../../contracts';
import type { SectionProps } from './section';
import { CheckList } from './self-check/check-list';
import { SELF_CHECK_STRINGS } from './self-check/i18n-self-check';

const useStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px 12px', margin: '0 0 12px' },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  intro: { margin: '0 0 8px', color: tokens.colorNeutralForeground2 },
  summary: { margin: 0, flexBasis: '100%' },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * The Beheer tab's "controle" section: `GET /api/admin/selfcheck` as a list, errors first, each with its fix;
 * "Opnieuw controleren" runs it again (every check runs at the moment of the call).
 */
export function SelfCheckSection({ api, lang }: SectionProps) {
  const s = useStyles();
  const t = SELF_CHECK_STRINGS[lang];
  const [report, setReport] = useState<SelfCheck>();
  const [state, setState] = useState<'checking' | 'done' | 'failed'>('checking');
  const summary = useRef<HTMLParagraphElement>(null);
  const asked = useRef(false);

  const run = useCallback(() => {
    setState('checking');
    api
      .get<SelfCheck>('/api/admin/selfcheck')
      .then((r) => {
        setReport(r);
        setState('done');
      })
      .catch(() => setState('failed'));
  }, [api]);
  useEffect(run, [run]);
  // After "Opnieuw controleren", the summary is read out (it is a live region) and the page stays where it is.
  useEffect(() => {
    if (state === 'done' && asked.current) summary.current?.focus();
  }, [state]);

  const counts = { ok: 0, warning: 0, error: 0 } as Record<CheckStatus, number>;
  for (const c of report?.checks ?? []) counts[c.status]++;
  const time = report
    ? new Date(report.checkedAt).toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
    : '';

  return (
    <div data-section="controle" data-testid="self-check">
      <div className={s.head}>
        <h2 className={s.title}>{t.title}</h2>
        <Button
          appearance="primary"
          disabledFocusable={state === 'checking'}
          onClick={() => {
            asked.current = true;
            run();
          }}
        >
          {t.recheck}
        </Button>
        <p
          ref={summary}
          tabIndex={-1}
          role="status"
          className={s.summary}
          data-testid="self-check-summary"
          data-status={state === 'done' ? report?.status : state}
        >
          {state === 'checking' && t.checking}
          {state === 'failed' && t.loadFailed}
          {state === 'done' && report && (
            <>
              <strong>{t.overall[report.status]}</strong> {t.counts(counts)} {t.checkedAt(time)}
            </>
          )}
        </p>
      </div>
      <p className={s.intro}>
        {t.intro} {t.dutchOnly}
      </p>
      {report && <CheckList checks={report.checks} t={t} lang={lang} />}
    </div>
  );
}

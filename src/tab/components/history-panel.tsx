import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { VersionEntry } from '../api';
import type { Lang, Strings } from '../i18n';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '4px' },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '6px',
    padding: '6px 8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  what: { margin: 0 },
  when: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Who changed what and when; any earlier version can be made current again. */
export function HistoryPanel(props: {
  versions: VersionEntry[];
  t: Strings;
  lang: Lang;
  busy: boolean;
  /** What became of the last rollback, shown above the list where the new version appears. */
  status?: ReactNode;
  rollback: (version: number) => void;
}) {
  const { versions, t, lang, busy, status, rollback } = props;
  const s = useStyles();
  const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <section aria-labelledby="history-title" data-testid="history" className="no-print">
      <h2 id="history-title">{t.history}</h2>
      {status}
      <ol className={s.list}>
        {versions.map((v, i) => (
          <li key={v.version} className={s.item} data-version={v.version}>
            <p className={s.what}>
              <strong>
                {t.version} {v.version}
              </strong>
              : {t.kinds[v.summary.kind] ?? v.summary.kind}
              {v.summary.toVersion ? ` ${v.summary.toVersion}` : ''}
              <br />
              <span className={s.when}>
                {date.format(new Date(v.at))} {v.actorName ? `${t.by} ${v.actorName}` : ''}
              </span>
            </p>
            {i === 0 ? (
              <span className={s.when}>{t.current}</span>
            ) : (
              <Button size="small" disabledFocusable={busy} onClick={() => rollback(v.version)}>
                {t.rollback}
                <span className="sr-only">
                  {' '}
                  {t.version} {v.version}
                </span>
              </Button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

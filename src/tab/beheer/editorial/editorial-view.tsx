import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { editorialApi } from './editorial-api';
import { EditorQuestions } from './editor-questions';
import { FeedbackTable } from './feedback-table';
import { EDITORIAL_STRINGS } from './i18n-editorial';
import { LoadState } from './load-state';
import { UnansweredChart } from './unanswered-chart';
import { useLoad } from './use-load';
import type { SectionProps } from '../section';

/** The periods an editor can look at; 0 is everything (the unanswered counts then go back a year). */
const PERIODS = [7, 30, 90, 0] as const;
const ALL_UNANSWERED_DAYS = 366;

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2, marginTop: 0 },
  period: { maxWidth: '240px', marginBottom: '8px' },
  part: { marginBottom: '24px' },
  grid: {
    display: 'grid',
    gap: '24px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 900px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)' },
  },
});

/**
 * The Beheer tab's "Redactie", for the knowledge base's editors: verdicts per topic, unanswered questions per
 * day and language, and the questions people sent to the editors.
 */
export function EditorialView({ api, lang }: SectionProps) {
  const s = useStyles();
  const t = EDITORIAL_STRINGS[lang];
  const calls = useMemo(() => editorialApi(api), [api]);
  const [period, setPeriod] = useState<number>(30);

  const feedback = useLoad(useCallback(() => calls.feedback(period), [calls, period]));
  const unanswered = useLoad(
    useCallback(() => calls.unanswered(period || ALL_UNANSWERED_DAYS), [calls, period]),
  );

  return (
    <div data-section="redactie" data-testid="editorial">
      <p className={s.intro}>{t.intro}</p>
      <Field label={t.period} className={s.period}>
        <Select value={String(period)} onChange={(_e, d) => setPeriod(Number(d.value))}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t.periods[p]}
            </option>
          ))}
        </Select>
      </Field>

      <section className={s.part} aria-labelledby="feedback-title" data-testid="feedback">
        <h2 id="feedback-title">{t.feedbackTitle}</h2>
        <p>{t.feedbackIntro}</p>
        <LoadState
          loaded={!!feedback.data}
          failed={feedback.failed}
          retry={() => void feedback.reload()}
          t={t}
        />
        {feedback.data &&
          (feedback.data.topics.length === 0 ? (
            <p>{t.feedbackEmpty}</p>
          ) : (
            <FeedbackTable feedback={feedback.data} lang={lang} t={t} />
          ))}
      </section>

      <div className={s.grid}>
        <section aria-labelledby="unanswered-title">
          <h2 id="unanswered-title">{t.unansweredTitle}</h2>
          <p>{t.unansweredIntro}</p>
          <LoadState
            loaded={!!unanswered.data}
            failed={unanswered.failed}
            retry={() => void unanswered.reload()}
            t={t}
          />
          {unanswered.data && <UnansweredChart data={unanswered.data} lang={lang} t={t} />}
        </section>
        <section aria-labelledby="editor-questions-title" data-testid="questions">
          <EditorQuestions api={calls} lang={lang} t={t} />
        </section>
      </div>
    </div>
  );
}

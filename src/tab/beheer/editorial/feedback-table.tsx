import {
  Badge,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Lang } from '../../i18n';
import type { EditorialFeedback } from './editorial-api';
import type { EditorialStrings } from './i18n-editorial';

type Topic = EditorialFeedback['topics'][number];
type Column = 'topic' | 'share' | 'helpful' | 'notHelpful';
type Direction = 'ascending' | 'descending';

const REASONS = ['emergency', 'wrong-topic', 'unclear', 'incomplete'] as const;

const NARROW = '@media (max-width: 599px)';

const useStyles = makeStyles({
  scroll: {
    overflowX: 'auto',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { minWidth: '300px' },
  number: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    width: '84px',
    [NARROW]: { width: '56px' },
  },
  headRight: { justifyContent: 'flex-end' },
  /** The reasons have a column of their own on a wide screen, and go under the topic's title on a narrow one. */
  wideOnly: { [NARROW]: { display: 'none' } },
  narrowOnly: { display: 'none', [NARROW]: { display: 'block', marginTop: '4px' } },
  reasons: { margin: 0, padding: 0, listStyleType: 'none' },
  reason: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap', padding: '2px 0' },
  /** A long reason wraps inside its badge instead of running out of it. */
  badge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'left' },
  cell: { paddingTop: '6px', paddingBottom: '6px', verticalAlign: 'top' },
});

const share = (t: Topic) => (t.helpful + t.notHelpful > 0 ? t.helpful / (t.helpful + t.notHelpful) : 0);

/**
 * Verdicts per topic as a table that sorts on its column headings (most "not helpful" first to start with).
 * @remarks "Dit was een noodgeval" is shown as a red badge before other reasons: someone needed 112 and got a
 * topic. On a narrow screen the table scrolls sideways inside its own focusable region.
 */
export function FeedbackTable(props: { feedback: EditorialFeedback; lang: Lang; t: EditorialStrings }) {
  const { feedback, lang, t } = props;
  const s = useStyles();
  const [sort, setSort] = useState<{ column: Column; direction: Direction }>({
    column: 'notHelpful',
    direction: 'descending',
  });
  const percent = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'percent' });
  const title = (topic: Topic) => topic.title?.[lang] ?? t.removedTopic(topic.topicId);

  const rows = useMemo(() => {
    const key: Record<Column, (x: Topic) => number | string> = {
      topic: (x) => (x.title?.[lang] ?? x.topicId).toLocaleLowerCase(lang),
      share,
      helpful: (x) => x.helpful,
      notHelpful: (x) => x.notHelpful,
    };
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...feedback.topics].sort((a, b) => {
      const [x, y] = [key[sort.column](a), key[sort.column](b)];
      const order = typeof x === 'string' ? x.localeCompare(String(y), lang) : x - (y as number);
      return order * sign || a.topicId.localeCompare(b.topicId);
    });
  }, [feedback, sort, lang]);

  const header = (column: Column, label: string, numeric = false) => (
    <TableHeaderCell
      className={numeric ? s.number : undefined}
      sortDirection={sort.column === column ? sort.direction : undefined}
      onClick={() =>
        setSort((now) => ({
          column,
          direction:
            now.column === column
              ? now.direction === 'ascending'
                ? 'descending'
                : 'ascending'
              : column === 'topic'
                ? 'ascending'
                : 'descending',
        }))
      }
      button={{ 'aria-label': t.sortBy(label), className: numeric ? s.headRight : undefined }}
      data-column={column}
    >
      {label}
    </TableHeaderCell>
  );

  return (
    <div className={s.scroll} tabIndex={0} role="region" aria-label={t.tableScroll}>
      <Table sortable className={s.table} aria-label={t.feedbackCaption} data-testid="feedback-table">
        <TableHeader>
          <TableRow>
            {header('topic', t.columns.topic)}
            {header('share', t.columns.share, true)}
            {header('helpful', t.columns.helpful, true)}
            {header('notHelpful', t.columns.notHelpful, true)}
            <TableHeaderCell className={s.wideOnly}>{t.columns.reasons}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((topic) => (
            <TableRow key={topic.topicId} data-topic={topic.topicId}>
              <TableCell className={s.cell}>
                {title(topic)}
                <div className={s.narrowOnly}>
                  <Reasons topic={topic} t={t} />
                </div>
              </TableCell>
              <TableCell className={mergeClasses(s.cell, s.number)} data-field="share">
                {topic.helpful + topic.notHelpful > 0 ? percent.format(share(topic)) : '–'}
              </TableCell>
              <TableCell className={mergeClasses(s.cell, s.number)} data-field="helpful">
                {topic.helpful}
              </TableCell>
              <TableCell className={mergeClasses(s.cell, s.number)} data-field="notHelpful">
                {topic.notHelpful}
              </TableCell>
              <TableCell className={mergeClasses(s.cell, s.wideOnly)} data-field="reasons">
                <Reasons topic={topic} t={t} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Reasons({ topic, t }: { topic: Topic; t: EditorialStrings }) {
  const s = useStyles();
  const given = REASONS.filter((r) => topic.reasons[r] > 0);
  if (given.length === 0 && topic.withoutReason === 0) return <>–</>;
  return (
    <ul className={s.reasons}>
      {given.map((reason) => (
        <li key={reason} className={s.reason} data-reason={reason}>
          {reason === 'emergency' ? (
            <Badge color="danger" appearance="filled" shape="rounded" className={s.badge}>
              {t.reasons.emergency}
            </Badge>
          ) : (
            t.reasons[reason]
          )}
          <span>{topic.reasons[reason]}×</span>
        </li>
      ))}
      {topic.withoutReason > 0 && (
        <li className={s.reason} data-reason="none">
          {t.withoutReason} <span>{topic.withoutReason}×</span>
        </li>
      )}
    </ul>
  );
}

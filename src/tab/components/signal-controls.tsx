import { Button, Field, Textarea, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ChecklistSignal } from '../../contracts';
import type { Strings } from '../i18n';
import { SaveStatus, type Apply, type Outcome } from './save-status';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', marginTop: '6px' },
  form: { marginTop: '6px', display: 'grid', gap: '6px' },
});

/** A manager's buttons on one signal: hide or show, write a note, remove the team's own signal. */
export function SignalControls(props: { signal: ChecklistSignal; t: Strings; busy: boolean; apply: Apply }) {
  const { signal, t, busy, apply } = props;
  const s = useStyles();
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [note, setNote] = useState(signal.note ?? '');
  // A saved or rolled-back note replaces what the form shows.
  useEffect(() => setNote(signal.note ?? ''), [signal.note]);
  const described = `sig-${signal.id}`;

  return (
    <div className="no-print">
      <div className={s.row}>
        <Button
          size="small"
          disabledFocusable={busy}
          aria-describedby={described}
          onClick={() =>
            void apply({ kind: signal.hidden ? 'show' : 'hide', signalId: signal.id }).then(setOutcome)
          }
        >
          {signal.hidden ? t.show : t.hide}
        </Button>
        <Button
          size="small"
          disabledFocusable={busy}
          aria-describedby={described}
          onClick={() => setEditing((v) => !v)}
        >
          {t.editNote}
        </Button>
        {signal.custom && (
          <Button
            size="small"
            disabledFocusable={busy}
            aria-describedby={described}
            onClick={() => void apply({ kind: 'remove', signalId: signal.id }).then(setOutcome)}
          >
            {t.remove}
          </Button>
        )}
      </div>
      {editing && (
        <form
          className={s.form}
          onSubmit={(e) => {
            e.preventDefault();
            void apply({ kind: 'note', signalId: signal.id, note }).then((result) => {
              setOutcome(result);
              if (result.kind === 'saved') setEditing(false);
            });
          }}
        >
          <Field label={t.editNote}>
            <Textarea value={note} maxLength={280} onChange={(_e, d) => setNote(d.value)} />
          </Field>
          <div className={s.row}>
            <Button type="submit" appearance="primary" size="small" disabledFocusable={busy}>
              {t.save}
            </Button>
            <Button size="small" onClick={() => setEditing(false)}>
              {t.cancel}
            </Button>
          </div>
        </form>
      )}
      {outcome && <SaveStatus outcome={outcome} t={t} />}
    </div>
  );
}

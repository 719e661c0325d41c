import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AnnouncementDetail } from '../../../contracts';
import type { Lang } from '../../i18n';
import { AdminError, problemsByField } from '../admin-api';
import type { AnnouncementsApi } from './announcements-api';
import { AudiencePicker } from './audience-picker';
import { CardPreview } from './card-preview';
import {
  EMPTY_COMPOSE,
  composeOf,
  contentOf,
  draftOf,
  editOf,
  fieldOrder,
  placeProblems,
  type ComposeState,
} from './compose-model';
import type { AnnouncementStrings } from './i18n-announcements';
import { useCardPreview } from './use-card-preview';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: '16px',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
    alignItems: 'start',
  },
  form: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '12px', minWidth: 0 },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  button: {
    display: 'grid',
    gap: '4px',
    padding: '8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  preview: {
    position: 'sticky',
    top: '8px',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: '8px',
    minWidth: 0,
  },
});

const REMINDER_DAYS = [1, 2, 3, 5, 7, 14];
const MAX_BUTTONS = 3;

/**
 * Write a new announcement, or edit one: the fields, the audience and a live preview of the card. A refused save
 * shows each problem beside its field, moves the focus to the first, and keeps everything typed.
 */
export function ComposeForm({
  api,
  lang,
  t,
  current,
  onSaved,
  onCancel,
}: {
  api: AnnouncementsApi;
  lang: Lang;
  t: AnnouncementStrings;
  current?: AnnouncementDetail;
  onSaved: (id: string) => void;
  onCancel: () => void;
}) {
  const s = useStyles();
  const [form, setForm] = useState<ComposeState>(() => (current ? composeOf(current) : EMPTY_COMPOSE));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLFormElement>(null);
  const focusPending = useRef(false);
  const fixed = current !== undefined && current.status !== 'draft' && current.status !== 'scheduled';
  const order = useMemo(() => fieldOrder(form), [form]);
  const content = useMemo(() => ({ ...contentOf(form), acknowledge: form.acknowledge }), [form]);
  const card = useCardPreview(api, content, lang);

  const change = (patch: Partial<ComposeState>) => setForm((f) => ({ ...f, ...patch }));
  const err = (key: string) =>
    problems[key] ? { validationMessage: problems[key], validationState: 'error' as const } : {};

  // After a refused save: the first field with a problem gets the focus, once it shows its message.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const first = order.find((key) => problems[key]);
    const box = first ? root.current?.querySelector(`[data-field="${first}"]`) : undefined;
    box?.querySelector<HTMLElement>('input:not([disabled]), textarea, select, button')?.focus();
  }, [problems, order]);

  useEffect(() => {
    setFailure(undefined);
  }, [form]);

  const save = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      if (current) {
        await api.edit(current.id, editOf(form, current));
        onSaved(current.id);
      } else onSaved((await api.create(draftOf(form))).id);
    } catch (error) {
      const placed = error instanceof AdminError ? placeProblems(problemsByField(error.problems), order) : {};
      const count = Object.keys(placed).length;
      focusPending.current = count > 0;
      setProblems(placed);
      setFailure(
        placed[''] ??
          (count
            ? t.fixFields(count)
            : error instanceof AdminError && error.status === 409
              ? `${t.conflict} ${error.message}`
              : `${t.saveFailed}${error instanceof AdminError ? ` (${error.message})` : ''}`),
      );
    } finally {
      setBusy(false);
    }
  };

  const setButton = (i: number, patch: Partial<{ title: string; url: string }>) =>
    change({ buttons: form.buttons.map((b, j) => (j === i ? { ...b, ...patch } : b)) });

  return (
    <div className={s.layout}>
      <form
        ref={root}
        className={s.form}
        aria-labelledby="compose-heading"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2 id="compose-heading" className={s.heading}>
          {current ? t.editTitle : t.composeTitle}
        </h2>
        {fixed && (
          <MessageBar intent="info">
            <MessageBarBody>{t.editSentNote}</MessageBarBody>
          </MessageBar>
        )}
        <div data-field="title">
          <Field label={t.title} required {...err('title')}>
            <Input value={form.title} maxLength={200} onChange={(_e, d) => change({ title: d.value })} />
          </Field>
        </div>
        <div data-field="body">
          <Field label={t.body} hint={t.bodyHint} required {...err('body')}>
            <Textarea
              value={form.body}
              rows={8}
              resize="vertical"
              onChange={(_e, d) => change({ body: d.value })}
            />
          </Field>
        </div>
        <div data-field="imageUrl">
          <Field label={t.imageUrl} hint={t.imageHint} {...err('imageUrl')}>
            <Input
              type="url"
              value={form.imageUrl}
              inputMode="url"
              onChange={(_e, d) => change({ imageUrl: d.value })}
            />
          </Field>
        </div>
        <fieldset className={s.form} style={{ border: 'none', padding: 0, margin: 0 }} data-field="buttons">
          <legend style={{ fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: '4px' }}>
            {t.buttons}
          </legend>
          {form.buttons.map((b, i) => (
            <div key={i} className={s.button}>
              <div data-field={`buttons.${i}.title`}>
                <Field label={t.buttonTitle(i + 1)} {...err(`buttons.${i}.title`)}>
                  <Input
                    value={b.title}
                    maxLength={80}
                    onChange={(_e, d) => setButton(i, { title: d.value })}
                  />
                </Field>
              </div>
              <div data-field={`buttons.${i}.url`}>
                <Field label={t.buttonUrl(i + 1)} {...err(`buttons.${i}.url`)}>
                  <Input
                    type="url"
                    inputMode="url"
                    value={b.url}
                    onChange={(_e, d) => setButton(i, { url: d.value })}
                  />
                </Field>
              </div>
              <div>
                <Button
                  size="small"
                  onClick={() => change({ buttons: form.buttons.filter((_b, j) => j !== i) })}
                >
                  {t.removeButton(i + 1)}
                </Button>
              </div>
            </div>
          ))}
          {problems.buttons && (
            <p role="alert" style={{ color: tokens.colorPaletteRedForeground1, margin: 0 }}>
              {problems.buttons}
            </p>
          )}
          {form.buttons.length < MAX_BUTTONS && (
            <div>
              <Button onClick={() => change({ buttons: [...form.buttons, { title: '', url: 'https://' }] })}>
                {t.addButton}
              </Button>
            </div>
          )}
        </fieldset>
        <div data-field="acknowledge">
          <Field {...err('acknowledge')}>
            <Switch
              label={t.acknowledge}
              checked={form.acknowledge}
              disabled={fixed}
              onChange={(_e, d) => change({ acknowledge: d.checked })}
            />
          </Field>
        </div>
        {form.acknowledge && (
          <div data-field="reminderAfterDays">
            <Field label={t.reminder} {...err('reminderAfterDays')}>
              <Select
                value={form.reminderAfterDays === null ? '' : String(form.reminderAfterDays)}
                disabled={fixed}
                onChange={(_e, d) => change({ reminderAfterDays: d.value ? Number(d.value) : null })}
              >
                <option value="">{t.noReminder}</option>
                {REMINDER_DAYS.map((n) => (
                  <option key={n} value={n}>
                    {t.reminderDays(n)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        )}
        <AudiencePicker form={form} change={change} problems={problems} api={api} t={t} fixed={fixed} />
        <div aria-live="assertive">
          {failure && (
            <MessageBar intent="error" data-testid="save-failure">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        <div className={s.row}>
          <Button type="submit" appearance="primary" disabled={busy}>
            {busy ? t.saving : t.save}
          </Button>
          <Button onClick={onCancel}>{t.cancelEdit}</Button>
        </div>
      </form>
      <section className={s.preview} aria-labelledby="preview-heading">
        <h2 id="preview-heading" className={s.heading}>
          {t.preview}
        </h2>
        <CardPreview card={card} t={t} />
      </section>
    </div>
  );
}

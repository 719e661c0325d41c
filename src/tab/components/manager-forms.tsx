import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CategoryId, Contact } from '../../checklists/types';
import type { ChecklistChange } from '../../contracts';
import type { ChecklistView } from '../api';
import { pick, type Lang, type Strings } from '../i18n';

const useStyles = makeStyles({
  box: {
    padding: '12px',
    margin: '12px 0',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'grid',
    gap: '8px',
  },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, padding: 0 },
  fieldset: { border: 'none', padding: 0, margin: 0, display: 'grid', gap: '6px' },
});

type Apply = (change: ChecklistChange) => Promise<boolean>;

/** A manager adds a signal of the team's own. */
export function AddSignalForm({
  view,
  t,
  lang,
  busy,
  apply,
}: {
  view: ChecklistView;
  t: Strings;
  lang: Lang;
  busy: boolean;
  apply: Apply;
}) {
  const s = useStyles();
  const ids = Object.keys(view.categoryTitles) as CategoryId[];
  const [category, setCategory] = useState<CategoryId>(ids[0]);
  const [text, setText] = useState('');
  const [action, setAction] = useState('');
  return (
    <form
      className={s.box}
      aria-labelledby="add-title"
      onSubmit={(e) => {
        e.preventDefault();
        void apply({ kind: 'add', category, text, action }).then((ok) => {
          if (ok) {
            setText('');
            setAction('');
          }
        });
      }}
    >
      <h3 id="add-title" className={s.legend}>
        {t.addSignal}
      </h3>
      <Field label={t.category}>
        <Select value={category} onChange={(_e, d) => setCategory(d.value as CategoryId)}>
          {ids.map((id) => (
            <option key={id} value={id}>
              {pick(view.categoryTitles[id], lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.signalText} required>
        <Input value={text} maxLength={200} required onChange={(_e, d) => setText(d.value)} />
      </Field>
      <Field label={t.signalAction} required>
        <Input value={action} maxLength={280} required onChange={(_e, d) => setAction(d.value)} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={busy || !text.trim() || !action.trim()}>
          {t.add}
        </Button>
      </div>
    </form>
  );
}

function ContactFields({
  legend,
  value,
  onChange,
  t,
  prefix,
}: {
  legend: string;
  value: Contact;
  onChange: (c: Contact) => void;
  t: Strings;
  prefix: string;
}) {
  const s = useStyles();
  return (
    <fieldset className={s.fieldset} data-testid={`contact-${prefix}`}>
      <legend className={s.legend}>{legend}</legend>
      <Field label={t.name}>
        <Input
          value={value.name}
          maxLength={100}
          onChange={(_e, d) => onChange({ ...value, name: d.value })}
        />
      </Field>
      <Field label={t.upn}>
        <Input
          type="email"
          value={value.userPrincipalName ?? ''}
          onChange={(_e, d) => onChange({ ...value, userPrincipalName: d.value })}
        />
      </Field>
      <Field label={t.phone}>
        <Input
          type="tel"
          value={value.phone ?? ''}
          onChange={(_e, d) => onChange({ ...value, phone: d.value })}
        />
      </Field>
    </fieldset>
  );
}

const blank: Contact = { name: '' };
/** Empty fields are left out; a contact without a name is no contact. */
const clean = (c: Contact): Contact | null => {
  if (!c.name.trim()) return null;
  const out: Contact = { name: c.name.trim() };
  if (c.userPrincipalName?.trim()) out.userPrincipalName = c.userPrincipalName.trim();
  if (c.phone?.trim()) out.phone = c.phone.trim();
  if (c.aadObjectId) out.aadObjectId = c.aadObjectId;
  return out;
};

/** A manager sets the team's aandachtsfunctionaris (the one the bot's handover uses) and manager. */
export function ContactsForm({
  view,
  t,
  busy,
  apply,
}: {
  view: ChecklistView;
  t: Strings;
  busy: boolean;
  apply: Apply;
}) {
  const s = useStyles();
  const [af, setAf] = useState<Contact>(view.contacts.aandachtsfunctionaris ?? blank);
  const [manager, setManager] = useState<Contact>(view.contacts.manager ?? blank);
  // A new version (saved here, by a colleague, or a rollback) replaces what the form shows; focus stays.
  useEffect(() => {
    setAf(view.contacts.aandachtsfunctionaris ?? blank);
    setManager(view.contacts.manager ?? blank);
  }, [view.version, view.contacts]);
  return (
    <form
      className={s.box}
      aria-labelledby="contacts-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void apply({ kind: 'contacts', aandachtsfunctionaris: clean(af), manager: clean(manager) });
      }}
    >
      <h3 id="contacts-form-title" className={s.legend}>
        {t.setContacts}
      </h3>
      <ContactFields legend={t.teamAf} value={af} onChange={setAf} t={t} prefix="af" />
      <ContactFields legend={t.teamManager} value={manager} onChange={setManager} t={t} prefix="manager" />
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {t.save}
        </Button>
      </div>
    </form>
  );
}

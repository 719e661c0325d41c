import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { CategoryId, Contact } from '../../checklists/types';
import type { ChecklistView } from '../api';
import { pick, type Lang, type Strings } from '../i18n';
import { SaveStatus, problemFor, type Apply, type Outcome } from './save-status';

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

/**
 * After a save that the API refused, focus goes to the first field with a problem (its sentence is beside it);
 * what was typed stays.
 */
function useFocusOnProblem(outcome: Outcome | undefined) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (outcome?.kind === 'invalid') form.current?.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
  }, [outcome]);
  return form;
}

/** A field's problem, dropped as soon as the manager changes that field. */
function useOutcome() {
  const [outcome, setOutcome] = useState<Outcome>();
  const touched = (field: string) =>
    setOutcome((o) =>
      o?.kind === 'invalid' ? { kind: 'invalid', problems: o.problems.filter((p) => p.field !== field) } : o,
    );
  return [outcome, setOutcome, touched] as const;
}

/** A manager adds a signal of the team's own; the form of violence is a choice, never a default. */
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
  const [category, setCategory] = useState<CategoryId | ''>('');
  const [text, setText] = useState('');
  const [action, setAction] = useState('');
  const [outcome, setOutcome, touched] = useOutcome();
  const form = useFocusOnProblem(outcome);
  const problem = (field: string) => {
    const message = problemFor(outcome, `change.${field}`, t, lang);
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };
  return (
    <form
      ref={form}
      noValidate
      className={s.box}
      aria-labelledby="add-title"
      onSubmit={(e) => {
        e.preventDefault();
        // An empty choice goes to the API as it is: its answer puts "Kies een soort geweld" beside the field.
        void apply({ kind: 'add', category: category as CategoryId, text, action }).then((result) => {
          setOutcome(result);
          if (result.kind === 'saved') {
            setCategory('');
            setText('');
            setAction('');
          }
        });
      }}
    >
      <h3 id="add-title" className={s.legend}>
        {t.addSignal}
      </h3>
      <Field label={t.category} required {...problem('category')}>
        <Select
          value={category}
          onChange={(_e, d) => {
            setCategory(d.value as CategoryId);
            touched('change.category');
          }}
        >
          <option value="">{t.chooseCategory}</option>
          {ids.map((id) => (
            <option key={id} value={id}>
              {pick(view.categoryTitles[id], lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.signalText} required {...problem('text')}>
        <Input
          value={text}
          maxLength={200}
          onChange={(_e, d) => {
            setText(d.value);
            touched('change.text');
          }}
        />
      </Field>
      <Field label={t.signalAction} required {...problem('action')}>
        <Input
          value={action}
          maxLength={280}
          onChange={(_e, d) => {
            setAction(d.value);
            touched('change.action');
          }}
        />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {t.add}
        </Button>
        <SaveStatus outcome={outcome} t={t} />
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
  problem,
}: {
  legend: string;
  value: Contact;
  onChange: (c: Contact, field: keyof Contact) => void;
  t: Strings;
  prefix: string;
  problem: (field: keyof Contact) => { validationState?: 'error'; validationMessage?: string };
}) {
  const s = useStyles();
  return (
    <fieldset className={s.fieldset} data-testid={`contact-${prefix}`}>
      <legend className={s.legend}>{legend}</legend>
      <Field label={t.name} {...problem('name')}>
        <Input
          value={value.name}
          maxLength={100}
          onChange={(_e, d) => onChange({ ...value, name: d.value }, 'name')}
        />
      </Field>
      <Field label={t.upn} {...problem('userPrincipalName')}>
        <Input
          type="email"
          value={value.userPrincipalName ?? ''}
          onChange={(_e, d) => onChange({ ...value, userPrincipalName: d.value }, 'userPrincipalName')}
        />
      </Field>
      <Field label={t.phone} {...problem('phone')}>
        <Input
          type="tel"
          value={value.phone ?? ''}
          onChange={(_e, d) => onChange({ ...value, phone: d.value }, 'phone')}
        />
      </Field>
    </fieldset>
  );
}

const blank: Contact = { name: '' };
/** Empty fields are left out; a contact with nothing filled in is no contact. */
const clean = (c: Contact): Contact | null => {
  const out: Contact = { name: c.name.trim() };
  if (c.userPrincipalName?.trim()) out.userPrincipalName = c.userPrincipalName.trim();
  if (c.phone?.trim()) out.phone = c.phone.trim();
  if (c.aadObjectId) out.aadObjectId = c.aadObjectId;
  // A phone number or address without a name goes to the API, which asks for the name beside the field.
  return out.name || out.userPrincipalName || out.phone ? out : null;
};

/** A manager sets the team's aandachtsfunctionaris (the one the bot's handover uses) and manager. */
export function ContactsForm({
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
  const [af, setAf] = useState<Contact>(view.contacts.aandachtsfunctionaris ?? blank);
  const [manager, setManager] = useState<Contact>(view.contacts.manager ?? blank);
  const [outcome, setOutcome, touched] = useOutcome();
  const form = useFocusOnProblem(outcome);
  // A new version (saved here, by a colleague, or a rollback) replaces what the form shows; focus stays.
  useEffect(() => {
    setAf(view.contacts.aandachtsfunctionaris ?? blank);
    setManager(view.contacts.manager ?? blank);
  }, [view.version, view.contacts]);
  const problemsOf = (who: 'aandachtsfunctionaris' | 'manager') => (field: keyof Contact) => {
    const message = problemFor(outcome, `change.${who}.${field}`, t, lang);
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };
  return (
    <form
      ref={form}
      noValidate
      className={s.box}
      aria-labelledby="contacts-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void apply({ kind: 'contacts', aandachtsfunctionaris: clean(af), manager: clean(manager) }).then(
          setOutcome,
        );
      }}
    >
      <h3 id="contacts-form-title" className={s.legend}>
        {t.setContacts}
      </h3>
      <ContactFields
        legend={t.teamAf}
        value={af}
        onChange={(c, field) => {
          setAf(c);
          touched(`change.aandachtsfunctionaris.${field}`);
        }}
        t={t}
        prefix="af"
        problem={problemsOf('aandachtsfunctionaris')}
      />
      <ContactFields
        legend={t.teamManager}
        value={manager}
        onChange={(c, field) => {
          setManager(c);
          touched(`change.manager.${field}`);
        }}
        t={t}
        prefix="manager"
        problem={problemsOf('manager')}
      />
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {t.save}
        </Button>
        <SaveStatus outcome={outcome} t={t} />
      </div>
    </form>
  );
}

import { Button, Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ContactBody, Settings } from '../../../contracts';
import type { AdminApi } from '../admin-api';
import { useFormFeedback } from './form-feedback';
import type { OrganisationStrings } from './i18n-organisation';
import { LoadFailedLine, OutcomeLine } from './outcome-line';
import { useOrgStyles } from './styles';

const FIELDS = ['contact.name', 'contact.userPrincipalName', 'contact.phone'] as const;
const idOf = (field: string) => `org-${field.replace('.', '-')}`;

type Draft = { name: string; userPrincipalName: string; phone: string };
const draftOf = (c: ContactBody | null | undefined): Draft => ({
  name: c?.name ?? '',
  userPrincipalName: c?.userPrincipalName ?? '',
  phone: c?.phone ?? '',
});
/** Empty optional fields are left out; the name is always sent, so an empty one is refused beside its field. */
const bodyOf = (d: Draft): ContactBody => ({
  name: d.name,
  ...(d.userPrincipalName.trim() ? { userPrincipalName: d.userPrincipalName.trim() } : {}),
  ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
});

/** The organisation's aandachtsfunctionaris: the contact everyone sees when their team has none of its own. */
export function OrgContactForm({ api, t }: { api: AdminApi; t: OrganisationStrings }) {
  const s = useOrgStyles();
  const [draft, setDraft] = useState<Draft>();
  const [loadFailed, setLoadFailed] = useState(false);
  const form = useFormFeedback(FIELDS, idOf, (f) => t.contactFields[f]);

  const load = () => {
    setLoadFailed(false);
    api
      .get<Settings>('/api/admin/settings')
      .then((settings) => setDraft(draftOf(settings.orgAandachtsfunctionaris)))
      .catch(() => setLoadFailed(true));
  };
  useEffect(load, [api]);

  const set = (key: keyof Draft) => (_e: unknown, d: { value: string }) =>
    setDraft((current) => ({ ...(current ?? draftOf(null)), [key]: d.value }));

  return (
    <form
      className={s.card}
      aria-labelledby="org-title"
      data-testid="org-contact"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!draft) return;
        void form.run(async () => {
          await api.put('/api/admin/settings/aandachtsfunctionaris', { contact: bodyOf(draft) });
          return t.saved;
        }, t);
      }}
    >
      <h2 id="org-title" className={s.title}>
        {t.orgTitle}
      </h2>
      <p className={s.intro}>{t.orgIntro}</p>
      {loadFailed && <LoadFailedLine text={t.loadFailed} retry={t.retry} onRetry={load} />}
      {draft && (
        <>
          <div className={s.fields}>
            <Field label={t.name} required {...form.fieldState('contact.name')}>
              <Input id={idOf('contact.name')} value={draft.name} onChange={set('name')} autoComplete="off" />
            </Field>
            <Field label={`${t.upn} ${t.optional}`} {...form.fieldState('contact.userPrincipalName')}>
              <Input
                id={idOf('contact.userPrincipalName')}
                type="email"
                value={draft.userPrincipalName}
                onChange={set('userPrincipalName')}
                autoComplete="off"
              />
            </Field>
            <Field
              label={`${t.phone} ${t.optional}`}
              hint={t.phoneHint}
              {...form.fieldState('contact.phone')}
            >
              <Input
                id={idOf('contact.phone')}
                type="tel"
                value={draft.phone}
                onChange={set('phone')}
                autoComplete="off"
              />
            </Field>
          </div>
          <div className={s.actions}>
            <Button type="submit" appearance="primary" disabledFocusable={form.busy}>
              {t.save}
            </Button>
            <Button
              disabledFocusable={form.busy}
              onClick={() =>
                void form
                  .run(async () => {
                    await api.put('/api/admin/settings/aandachtsfunctionaris', { contact: null });
                    return t.cleared;
                  }, t)
                  .then((ok) => ok && setDraft(draftOf(null)))
              }
            >
              {t.clearOrg}
            </Button>
            <OutcomeLine outcome={form.outcome} testId="org-contact-outcome" />
          </div>
        </>
      )}
    </form>
  );
}

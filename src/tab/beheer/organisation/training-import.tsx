import { Button } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { ImportResultView } from '../../../contracts';
import { AdminError, type AdminApi } from '../admin-api';
import { previewCsv } from './csv-preview';
import type { Outcome } from './form-feedback';
import type { OrganisationStrings } from './i18n-organisation';
import { OutcomeLine } from './outcome-line';
import { useOrgStyles } from './styles';

/** Lines shown in the preview table; every bad line is listed below it whatever the file's length. */
const PREVIEW_LINES = 50;
const IMPORT_PATH = '/api/admin/training/import';

/**
 * The CSV import of completion records: choose a file, see what a dry run says (the lines that would be read
 * and every line with a problem, by number), then import.
 * @remarks The server's messages about lines are Dutch; in English they are shown as they are, marked Dutch.
 */
export function TrainingImport({
  api,
  t,
  lang,
}: {
  api: AdminApi;
  t: OrganisationStrings;
  lang: 'nl' | 'en';
}) {
  const s = useOrgStyles();
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [dryRun, setDryRun] = useState<ImportResultView>();
  const [fileProblem, setFileProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const input = useRef<HTMLInputElement>(null);
  const outcomeLine = useRef<HTMLDivElement>(null);
  const dutch = lang === 'nl' ? undefined : 'nl';

  const send = (text: string, preview: boolean) =>
    api.request<ImportResultView>('POST', `${IMPORT_PATH}?dryRun=${preview}`, {
      text,
      contentType: 'text/csv',
    });
  const refusal = (error: unknown) =>
    error instanceof AdminError && error.status === 413
      ? t.fileTooLarge
      : error instanceof AdminError && error.status === 400
        ? error.message
        : t.saveFailed;

  const check = async (chosen: File) => {
    setDryRun(undefined);
    setOutcome(undefined);
    setFileProblem(undefined);
    setBusy(true);
    try {
      const text = await chosen.text();
      setFile({ name: chosen.name, text });
      setDryRun(await send(text, true));
    } catch (error) {
      setFileProblem(refusal(error));
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const importNow = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const result = await send(file.text, false);
      setOutcome({ kind: 'saved', text: t.imported({ ...result, errors: result.errors.length }) });
      setDryRun(undefined);
      setFile(undefined);
      if (input.current) input.current.value = '';
    } catch (error) {
      setOutcome({ kind: 'error', text: refusal(error) });
    } finally {
      setBusy(false);
      // The button pressed is gone once imported: the admin reads the outcome next.
      outcomeLine.current?.focus();
    }
  };

  const preview = file && dryRun ? previewCsv(file.text) : undefined;
  const bad = new Map(dryRun?.errors.map((e) => [e.line, e.message]));

  return (
    <section className={s.card} aria-labelledby="import-title" data-testid="training-import">
      <h2 id="import-title" className={s.title}>
        {t.importTitle}
      </h2>
      <p className={s.intro}>{t.importIntro}</p>
      <div className={s.fieldset}>
        <label htmlFor="import-file" className={s.subtitle} style={{ display: 'block', marginBottom: 4 }}>
          {t.chooseFile}
        </label>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          aria-invalid={fileProblem ? true : undefined}
          aria-describedby={fileProblem ? 'import-file-problem' : undefined}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) void check(chosen);
          }}
        />
        {fileProblem && (
          <p id="import-file-problem" role="alert" className={s.bad} lang={dutch}>
            {fileProblem}
          </p>
        )}
      </div>
      {busy && !dryRun && <p role="status">{t.checking}</p>}
      {dryRun && preview && (
        <div data-testid="import-preview">
          <h3 className={s.subtitle}>{t.preview}</h3>
          <p>{t.wouldImport(dryRun)}</p>
          <p>{dryRun.errors.length ? t.badLines(dryRun.errors.length) : t.noBadLines}</p>
          {dryRun.errors.length > 0 && (
            <ul data-testid="import-errors" lang={dutch}>
              {dryRun.errors.map((e) => (
                <li key={`${e.line}-${e.message}`} data-line={e.line} className={s.bad}>
                  {t.line} {e.line}: {e.message}
                </li>
              ))}
            </ul>
          )}
          <div className={s.tableWrap}>
            <table className={s.table} data-testid="import-lines">
              <caption className={s.muted} style={{ textAlign: 'left' }}>
                {file?.name}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.line}</th>
                  {preview.header.map((h, i) => (
                    <th key={i} scope="col">
                      {h}
                    </th>
                  ))}
                  <th scope="col">{t.status}</th>
                </tr>
              </thead>
              <tbody>
                {preview.lines.slice(0, PREVIEW_LINES).map((l) => (
                  <tr key={l.line} data-line={l.line} data-bad={bad.has(l.line) || undefined}>
                    <th scope="row">{l.line}</th>
                    {preview.header.map((_h, i) => (
                      <td key={i}>{l.cells[i] ?? ''}</td>
                    ))}
                    <td
                      className={bad.has(l.line) ? s.bad : undefined}
                      lang={bad.has(l.line) ? dutch : undefined}
                    >
                      {bad.get(l.line) ?? t.willImport}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.lines.length > PREVIEW_LINES && (
            <p className={s.muted}>{t.moreLines(preview.lines.length - PREVIEW_LINES)}</p>
          )}
        </div>
      )}
      <div className={s.actions} ref={outcomeLine} tabIndex={-1}>
        {dryRun && (
          <Button
            appearance="primary"
            disabledFocusable={busy || dryRun.imported + dryRun.updated === 0}
            onClick={() => void importNow()}
          >
            {t.importNow}
          </Button>
        )}
        <OutcomeLine outcome={outcome} testId="import-outcome" />
      </div>
    </section>
  );
}

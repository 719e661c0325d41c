import type { Announcement } from './announcement';
import { AnnouncementInvalidError, type FieldProblem } from './errors';
import { validateDraft, validateEdit, validateSendAt } from './validate-announcement';

const valid = {
  title: 'Nieuwe data voor de opfriscursus',
  body: 'Beste collega,\n\n- **dinsdag** 3 maart\n- _donderdag_ 5 maart\n\nMeer op [het intranet](https://intranet.example.org).',
  audience: { kind: 'all' },
};

function problemsOf(run: () => unknown): FieldProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof AnnouncementInvalidError) return error.problems;
    throw error;
  }
  throw new Error('expected the input to be refused');
}

describe('validateDraft', () => {
  it('accepts a plain announcement and fills in the defaults', () => {
    expect(validateDraft(valid, [])).toEqual({
      ...valid,
      imageUrl: undefined,
      buttons: [],
      acknowledge: false,
      reminderAfterDays: undefined,
    });
  });

  it('names every problem at once, one Dutch message per field', () => {
    const problems = problemsOf(() =>
      validateDraft(
        {
          title: '   ',
          body: '# Kop\nBel 06-12345678 of [hier](http://example.org).',
          imageUrl: 'http://example.org/a.png',
          buttons: [
            { title: 'Lees meer', url: 'ftp://example.org' },
            { title: '', url: 'https://example.org' },
          ],
          audience: { kind: 'teams', teamIds: ['19:abc@thread.tacv2'] },
          acknowledge: 'ja',
          colour: 'red',
        },
        [],
      ),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'title',
      'body',
      'imageUrl',
      'buttons.0.url',
      'buttons.1.title',
      'audience.mode',
      'acknowledge',
      'colour',
    ]);
    const message = (field: string) => problems.find((p) => p.field === field)?.message;
    expect(message('title')).toBe('Geef een titel van 1 tot 120 tekens.');
    expect(message('buttons.1.title')).toBe('Geef knop 2 een tekst van 1 tot 40 tekens.');
    expect(message('buttons.0.url')).toBe('Geef knop 1 een webadres dat met https:// begint.');
    expect(message('imageUrl')).toBe('Geef voor de afbeelding een webadres dat met https:// begint.');
    expect(message('colour')).toBe('Onbekend veld "colour": laat het weg.');
    // The body breaks three rules; the admin reads all three next to the field.
    expect(message('body')).toContain('Teams toont geen koppen (#)');
    expect(message('body')).toContain('Links in de tekst moeten met https:// beginnen.');
    expect(message('body')).toContain('Haal het nummer 0612345678 weg.');
  });

  it('lists the rules across fields with the field problems, not only once the fields are right', () => {
    const problems = problemsOf(() =>
      validateDraft(
        { title: '', body: 'Tekst', audience: { kind: 'csv', csv: 'naam\nJan' }, reminderAfterDays: 3 },
        [],
      ),
    );
    expect(problems.map((p) => p.field)).toEqual(['title', 'reminderAfterDays', 'audience.csv']);
    expect(problems[2].message).toBe('Er staat geen e-mailadres of UPN in het CSV-bestand.');
  });

  it('allows only the service numbers and the organisation’s own contacts', () => {
    const body =
      'Bel 112, 0800-2000, 0900 8844, 0800-0432, 113 of 0800-0113. Of je aandachtsfunctionaris: 013-1234567.';
    expect(() => validateDraft({ ...valid, body }, ['013 123 45 67'])).not.toThrow();
    expect(problemsOf(() => validateDraft({ ...valid, body }, []))).toEqual([
      { field: 'body', message: expect.stringContaining('het nummer 0131234567') },
    ]);
    // 116 111 is not verified to reach the Kindertelefoon: not shown.
    const buttons = [{ title: 'Kindertelefoon 116 111', url: 'https://example.org/bel?nummer=0612345678' }];
    expect(problemsOf(() => validateDraft({ ...valid, buttons }, [])).map((p) => p.field)).toEqual([
      'buttons.0.title',
      'buttons.0.url',
    ]);
  });

  it('asks for an acknowledgement before a reminder can be set', () => {
    expect(problemsOf(() => validateDraft({ ...valid, reminderAfterDays: 7 }, []))).toEqual([
      { field: 'reminderAfterDays', message: expect.stringContaining("'Gelezen en begrepen'") },
    ]);
    expect(validateDraft({ ...valid, acknowledge: true, reminderAfterDays: 7 }, []).reminderAfterDays).toBe(
      7,
    );
  });

  it('reads the CSV when it is saved, and says what is wrong with it', () => {
    const csv = (text: string) => ({ ...valid, audience: { kind: 'csv', csv: text } });
    expect(problemsOf(() => validateDraft(csv('naam;functie\nJan;vakman'), []))).toEqual([
      { field: 'audience.csv', message: 'Er staat geen e-mailadres of UPN in het CSV-bestand.' },
    ]);
    expect(problemsOf(() => validateDraft(csv('a@example.org\n"b@example.org'), []))[0].message).toMatch(
      /^Het CSV-bestand is niet te lezen: .*line 2/,
    );
    expect(() => validateDraft(csv('email\na@example.org'), [])).not.toThrow();
  });
});

describe('validateEdit', () => {
  const sent: Announcement = {
    ...validateDraft({ ...valid, imageUrl: 'https://example.org/a.png', acknowledge: true }, []),
    id: 'a1',
    status: 'sent',
    revision: 2,
    authorId: 'admin-1',
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };

  it('changes the content of a sent announcement, and removes the image with null', () => {
    const { draft, expectedRevision } = validateEdit(
      { title: 'Gewijzigde data', imageUrl: null, expectedRevision: 2 },
      sent,
      [],
    );
    expect(draft).toMatchObject({
      title: 'Gewijzigde data',
      body: sent.body,
      imageUrl: undefined,
      acknowledge: true,
    });
    expect(expectedRevision).toBe(2);
  });

  it('refuses to change who got it or what they were asked, once sent', () => {
    const problems = problemsOf(() =>
      validateEdit(
        { audience: { kind: 'users', userIds: ['aad-1'] }, acknowledge: false, body: 'Bel 0612345678' },
        sent,
        [],
      ),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['acknowledge', 'audience', 'body']);
    // Sending the unchanged value along is no change.
    expect(() => validateEdit({ acknowledge: true, audience: { kind: 'all' } }, sent, [])).not.toThrow();
    expect(() =>
      validateEdit({ audience: { kind: 'users', userIds: ['aad-1'] } }, { ...sent, status: 'draft' }, []),
    ).not.toThrow();
  });
});

describe('validateSendAt', () => {
  const now = new Date('2026-12-01T09:00:00Z');
  it('is now when no time is given, and a future time within a year otherwise', () => {
    expect(validateSendAt({}, now)).toBeUndefined();
    expect(validateSendAt({ sendAt: '2026-12-02T08:00:00+01:00' }, now)).toEqual(
      new Date('2026-12-02T07:00:00Z'),
    );
    for (const sendAt of ['2026-11-30T09:00:00Z', '2028-01-01T00:00:00Z', 'morgen'])
      expect(problemsOf(() => validateSendAt({ sendAt }, now))).toEqual([
        { field: 'sendAt', message: 'Kies een tijdstip in de toekomst, hoogstens een jaar vooruit.' },
      ]);
  });
});

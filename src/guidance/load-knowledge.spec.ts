import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KNOWLEDGE_DIR, KnowledgeError, loadKnowledge } from './load-knowledge';

/** The topics issue 3 asks for, by id. */
const REQUIRED = [
  'meldcode-stappen',
  'afwegingskader',
  'kindermishandeling',
  'partnergeweld',
  'ouderenmishandeling',
  'oudermishandeling',
  'eergerelateerd-geweld',
  'vrouwelijke-genitale-verminking',
  'huwelijksdwang-en-achterlating',
  'seksueel-misbruik',
  'mensenhandel-en-loverboys',
  'signalen-in-de-woning',
  'achter-de-voordeur',
  'feiten-vastleggen',
  'aandachtsfunctionaris',
  'veilig-thuis',
  'advies-of-melding',
  'anoniem-melden',
  'direct-gevaar',
  'kindertelefoon',
  'politie-geen-spoed',
  'meldrecht',
  'avg-privacy',
  'wettelijke-status',
  'training-veilig-achter-de-voordeur',
];

describe('loadKnowledge', () => {
  let dir: string;
  const topicFile = (id: string) => path.join(dir, `${id}.json`);
  const edit = (id: string, change: (topic: Record<string, unknown>) => void) => {
    const topic = JSON.parse(readFileSync(topicFile(id), 'utf8')) as Record<string, unknown>;
    change(topic);
    writeFileSync(topicFile(id), JSON.stringify(topic));
  };
  const failure = (): KnowledgeError => {
    try {
      loadKnowledge(dir);
    } catch (error) {
      if (error instanceof KnowledgeError) return error;
      throw error;
    }
    throw new Error('loadKnowledge did not fail');
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'voordeur-knowledge-'));
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads every topic of the repository, including all that issue 3 asks for', () => {
    const ids = loadKnowledge().map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('stops on a topic without an English title and names the file and the field', () => {
    edit('meldrecht', (t) => ((t.title as Record<string, string>).en = ''));
    const error = failure();
    expect(error.file).toBe(topicFile('meldrecht'));
    expect(error.message).toContain('meldrecht.json');
    expect(error.message).toContain('title.en');
  });

  it('stops on a file that is not JSON', () => {
    writeFileSync(topicFile('cijfers'), '{ "id": "cijfers", ');
    expect(failure().message).toMatch(/cijfers\.json: is not valid JSON/);
  });

  it('stops on an unknown field, an id that does not match its file, and an unknown related topic', () => {
    edit('cijfers', (t) => (t.extra = true));
    expect(failure().message).toMatch(/cijfers\.json: .*extra/);
    cpSync(path.join(KNOWLEDGE_DIR, 'cijfers.json'), topicFile('cijfers'));
    edit('cijfers', (t) => (t.id = 'statistiek'));
    expect(failure().message).toMatch(/cijfers\.json: id "statistiek" must match the file name/);
    cpSync(path.join(KNOWLEDGE_DIR, 'cijfers.json'), topicFile('cijfers'));
    edit('cijfers', (t) => (t.related = ['bestaat-niet']));
    expect(failure().message).toMatch(/cijfers\.json: related names unknown topics: bestaat-niet/);
  });

  it('stops on a phone number that is not a service number, unless it is a configured contact', () => {
    edit('aandachtsfunctionaris', (t) =>
      (t.body as Record<string, string[]>).nl.push('Bel haar op 013-1234567.'),
    );
    expect(failure().message).toMatch(/aandachtsfunctionaris\.json: phone number 0131234567/);
    expect(() => loadKnowledge(dir, { allowedNumbers: ['013 123 45 67'] })).not.toThrow();
  });

  it('stops on an UNVERIFIED claim stated as fact', () => {
    edit('meldrecht', (t) => (t.body as Record<string, string[]>).nl.push('Je hebt geen beroepsgeheim.'));
    expect(failure().message).toMatch(/meldrecht\.json: states an UNVERIFIED claim/);
  });

  it('stops when the danger topic is missing', () => {
    rmSync(topicFile('direct-gevaar'));
    // Others name it as related, so that is the first complaint; either way start-up stops.
    expect(failure().message).toMatch(/direct-gevaar/);
  });
});

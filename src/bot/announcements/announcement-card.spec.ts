import { announcementCard } from './announcement-card';
import { createAnnouncementMessages } from './announcement-messages';
import { acknowledgeData, ANNOUNCEMENT_VERBS } from './verbs';

const view = {
  id: '2b7c5e1a-9f3d-4c8e-a1b2-c3d4e5f60718',
  title: 'Nieuwe aandachtsfunctionaris',
  body: 'Vanaf maandag is **Fatima** jullie aandachtsfunctionaris.',
  buttons: [{ title: 'Lees meer', url: 'https://intranet.example.org/af' }],
  acknowledge: true,
};

const actionsOf = (card: Record<string, unknown>) => card.actions as Record<string, unknown>[];
const texts = (card: Record<string, unknown>) => JSON.stringify(card.body);

describe('announcementCard', () => {
  it('asks for an acknowledgement with Action.Execute, falling back to Action.Submit with the same data', () => {
    const card = announcementCard(view, { lang: 'nl' });
    const [acknowledge, link] = actionsOf(card);
    expect(acknowledge).toMatchObject({
      type: 'Action.Execute',
      verb: ANNOUNCEMENT_VERBS.acknowledge,
      title: 'Gelezen en begrepen',
      fallback: { type: 'Action.Submit', data: acknowledge.data },
    });
    expect(acknowledgeData.parse(acknowledge.data)).toEqual({
      verb: 'announcement.acknowledge',
      announcement: view.id,
    });
    expect(link).toEqual({
      type: 'Action.OpenUrl',
      title: 'Lees meer',
      url: 'https://intranet.example.org/af',
    });
    // No image given: no image element.
    expect(texts(card)).not.toContain('"Image"');
  });

  it('shows the acknowledged state instead of the button, dated by Teams in the reader’s time zone', () => {
    const card = announcementCard(view, { lang: 'en', acknowledgedAt: new Date('2026-12-03T13:05:00.123Z') });
    expect(actionsOf(card).map((a) => a.type)).toEqual(['Action.OpenUrl']);
    expect(texts(card)).toContain(
      'Read and understood on {{DATE(2026-12-03T13:05:00Z, SHORT)}} at {{TIME(2026-12-03T13:05:00Z)}}',
    );
  });

  it('gives a preview and an announcement without acknowledgement no acknowledge button', () => {
    const preview = announcementCard(view, { lang: 'nl', preview: true });
    expect(actionsOf(preview).map((a) => a.type)).toEqual(['Action.OpenUrl']);
    expect(texts(preview)).toContain('Voorbeeld');
    const plain = announcementCard({ ...view, acknowledge: false }, { lang: 'nl' });
    expect(actionsOf(plain).map((a) => a.type)).toEqual(['Action.OpenUrl']);
    expect(texts(plain)).not.toContain('Gelezen en begrepen');
  });

  it('rejects button data that was tampered with', () => {
    expect(acknowledgeData.safeParse({ verb: 'announcement.acknowledge', announcement: 'x' }).success).toBe(
      false,
    );
  });
});

describe('createAnnouncementMessages', () => {
  it('wraps each card in a message whose summary Teams shows in the notification', () => {
    const activity = createAnnouncementMessages().message(view, { lang: 'nl', reminder: true });
    expect(activity).toMatchObject({
      type: 'message',
      summary: view.title,
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
    });
    expect(JSON.stringify(activity)).toContain('Herinnering');
  });
});

import {
  AnnouncementInvalidError,
  configuredContactNumbers,
  createAnnouncements,
  teamProfilesFrom,
} from '../../src/announcements';
import { createAnnouncementMessages } from '../../src/bot/announcements/announcement-messages';
import { createConnectorRoster } from '../../src/bot/announcements/connector-roster';
import { emptyContent } from '../../src/checklists/profiles';
import { createLogger } from '../../src/logging';
import type { Storage } from '../../src/storage/database';
import { createStores } from '../../src/storage/stores';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { openTestStorage } from '../support/databases';
import { startTestDelivery, TEST_BOT_ID, TEST_TENANT } from '../delivery/delivery-harness';
import { ADMIN } from './announcement-harness';

/**
 * The capability wired as the composition root will wire it (the lines below are the ones to copy), against real
 * stores, the team checklists and Teams' roster through the connector stand-in.
 */
describe('announcements wired from the stores', () => {
  let storage: Storage;
  let standIn: ConnectorStandIn;
  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
    standIn = await new ConnectorStandIn().start();
  });
  afterAll(async () => {
    await standIn.stop();
    await storage.close();
  });

  it('finds a profile’s teams from their checklists, their members from Teams, and allows configured numbers', async () => {
    const stores = createStores(storage, 'Europe/Amsterdam');
    const delivery = startTestDelivery(storage);
    const at = new Date();
    for (const teamId of ['19:vak@thread.tacv2', '19:woon@thread.tacv2', '19:leeg@thread.tacv2']) {
      await stores.installations.record({
        conversationId: teamId,
        scope: 'team',
        tenantId: TEST_TENANT,
        teamId,
        address: {
          channelId: 'msteams',
          serviceUrl: standIn.url,
          conversation: { id: teamId },
          bot: { id: TEST_BOT_ID },
        },
        at,
        event: 'install',
      });
    }
    standIn.rosters.set('19:vak@thread.tacv2', new Set(['29:a', '29:b', '29:c']));
    standIn.rosters.set('19:woon@thread.tacv2', new Set(['29:c', '29:d']));
    const save = (teamId: string, profile: 'vakmannen' | 'woonconsulenten', phone: string) =>
      stores.checklists.append({
        teamId,
        version: 1,
        at,
        actorId: 'manager-1',
        summary: { kind: 'profile', profile },
        content: { ...emptyContent(profile), contacts: { aandachtsfunctionaris: { name: 'Fatima', phone } } },
      });
    await save('19:vak@thread.tacv2', 'vakmannen', '013-1234567');
    await save('19:woon@thread.tacv2', 'woonconsulenten', '013-7654321');
    await stores.orgSettings.setOrgAandachtsfunctionaris(
      { name: 'Org AF', phone: '06-11112222' },
      'admin-1',
      at,
    );

    const announcements = createAnnouncements({
      announcements: stores.announcements,
      recipients: stores.announcementRecipients,
      audit: stores.announcementAudit,
      directory: stores.audienceDirectory,
      roster: createConnectorRoster({ timeoutMs: 5000 }),
      teamProfiles: teamProfilesFrom(stores),
      contactNumbers: configuredContactNumbers({ ...stores, settings: stores.orgSettings }),
      delivery,
      messages: createAnnouncementMessages(),
      now: () => new Date(),
      logger: createLogger('silent'),
    });
    try {
      const profile = (...profiles: string[]) =>
        announcements.previewAudience({ audience: { kind: 'profiles', profiles } });
      expect(await profile('vakmannen')).toEqual({ count: 3, unknown: [], gone: 0 });
      // Member 29:c is in both teams: one message.
      expect(await profile('vakmannen', 'woonconsulenten')).toEqual({ count: 4, unknown: [], gone: 0 });
      // A team whose manager never chose a profile is in no profile audience.
      expect(await profile('gemengd')).toEqual({ count: 0, unknown: [], gone: 0 });

      const body = (text: string) => ({ title: 'Contact', body: text, audience: { kind: 'all' } });
      await expect(
        announcements.create(body('Bel Fatima (013-1234567), of de organisatie: 06 1111 2222.'), ADMIN),
      ).resolves.toMatchObject({ status: 'draft' });
      await expect(announcements.create(body('Bel 06-99998888.'), ADMIN)).rejects.toThrow(
        AnnouncementInvalidError,
      );
    } finally {
      await delivery.stop();
    }
  });
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConnectorSimulator } from '../../test/support/connector-simulator';
import type { ConversationAddress } from '../directory/installations';
import { createConnectorSender, parseRetryAfter } from './connector-sender';

function address(serviceUrl: string, id = 'conv-1'): ConversationAddress {
  return {
    channelId: 'msteams',
    serviceUrl,
    conversation: { id, tenantId: 't1', conversationType: 'personal' },
    bot: { id: '28:bot' },
    user: { id: '29:user', aadObjectId: 'aad-1' },
  };
}

describe('createConnectorSender', () => {
  it('sends with a bearer token and returns the activity id; the envelope comes from the address', async () => {
    const simulator = await new ConnectorSimulator().start();
    try {
      const sender = createConnectorSender({ timeoutMs: 2000, token: async () => 'token-1' });
      const outcome = await sender.send(address(simulator.url), {
        type: 'message',
        text: 'hallo',
        conversation: { id: 'somewhere-else' },
      });
      expect(outcome).toEqual({ ok: true, activityId: 'act-1' });
      expect(simulator.lastAuthorization).toBe('Bearer token-1');
      const [received] = simulator.messages('conv-1');
      expect(received).toMatchObject({
        text: 'hallo',
        conversation: { id: 'conv-1' },
        from: { id: '28:bot' },
      });
    } finally {
      await simulator.stop();
    }
  });

  it('reports the status and Retry-After of a refusal, and sends no token in local mode', async () => {
    const simulator = await new ConnectorSimulator({
      faults: { throttleRate: 1, retryAfterSeconds: 3 },
    }).start();
    try {
      const sender = createConnectorSender({ timeoutMs: 2000 });
      expect(await sender.send(address(simulator.url), { text: 'x' })).toEqual({
        ok: false,
        kind: 'http',
        status: 429,
        retryAfterMs: 3000,
      });
      expect(simulator.lastAuthorization).toBeUndefined();
      simulator.setPermanent('gone', 403);
      expect(await sender.send(address(simulator.url, 'gone'), { text: 'x' })).toMatchObject({
        ok: false,
        status: 403,
      });
    } finally {
      await simulator.stop();
    }
  });

  it('gives up on a hung request after its timeout', async () => {
    const simulator = await new ConnectorSimulator({ faults: { hangRate: 1, hangMs: 30_000 } }).start();
    try {
      const sender = createConnectorSender({ timeoutMs: 200 });
      expect(await sender.send(address(simulator.url), { text: 'x' })).toEqual({
        ok: false,
        kind: 'timeout',
      });
      expect(simulator.summary().delivered).toBe(0);
    } finally {
      await simulator.stop();
    }
  });

  it('reports a refused connection as a network failure', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const sender = createConnectorSender({ timeoutMs: 2000 });
    expect(await sender.send(address(`http://127.0.0.1:${port}/`), { text: 'x' })).toEqual({
      ok: false,
      kind: 'network',
    });
  });

  it('updates and deletes a sent activity at its own URL, with the envelope from the address', async () => {
    const simulator = await new ConnectorSimulator().start();
    try {
      const sender = createConnectorSender({ timeoutMs: 2000, token: async () => 'token-2' });
      const sent = await sender.send(address(simulator.url), { text: 'versie 1' });
      const activityId = sent.ok ? sent.activityId! : 'none';
      expect(await sender.update(address(simulator.url), activityId, { text: 'versie 2' })).toEqual({
        ok: true,
        activityId,
      });
      expect(simulator.lastAuthorization).toBe('Bearer token-2');
      expect(simulator.activity(activityId)?.updates).toEqual([
        expect.objectContaining({
          type: 'message',
          id: activityId,
          text: 'versie 2',
          from: { id: '28:bot' },
        }),
      ]);
      expect(await sender.delete(address(simulator.url), activityId)).toEqual({ ok: true, activityId });
      expect(simulator.activity(activityId)?.deletes).toBe(1);
      // Teams answers 404 for an activity that is gone; the caller decides what that means.
      expect(await sender.update(address(simulator.url), activityId, { text: 'versie 3' })).toMatchObject({
        ok: false,
        kind: 'http',
        status: 404,
      });
    } finally {
      await simulator.stop();
    }
  });

  it('creates a personal chat in the tenant', async () => {
    const simulator = await new ConnectorSimulator().start();
    try {
      const sender = createConnectorSender({ timeoutMs: 2000 });
      const outcome = await sender.createPersonalChat({
        serviceUrl: simulator.url.replace(/\/$/, ''),
        tenantId: 't1',
        botId: '28:bot',
        memberId: 'aad-7',
      });
      expect(outcome).toEqual({ ok: true, conversationId: simulator.chatOf('aad-7'), serviceUrl: undefined });
    } finally {
      await simulator.stop();
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-06-02T08:00:00Z');
  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Mon, 02 Jun 2025 08:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Mon, 02 Jun 2025 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('999999', now)).toBe(3_600_000);
  });
});

// `npm run bench:announcements`: one announcement to many people through the real delivery engine and the Teams
// connector simulator (Teams' limits: the tenant rate and 7/1 s, 8/2 s, 60/30 s per conversation), then an edit
// that updates every message and a retraction that deletes them. Prints a table; the last line is JSON.
//   node test/support/run-ts.mjs bench/announcements/fan-out-bench.ts [--recipients 2000] [--rate 50]
import os from 'node:os';
import { parseArgs } from 'node:util';
import { purposes } from '../../src/announcements';
import { openTestStorage } from '../../test/support/databases';
import { peakInWindow } from '../../test/support/window-accounting';
import { waitUntilFinished } from '../../test/delivery/delivery-harness';
import { ADMIN, seedPeople, startAnnouncementWorld } from '../../test/announcements/announcement-harness';

const { values } = parseArgs({
  options: { recipients: { type: 'string', default: '2000' }, rate: { type: 'string', default: '50' } },
});
const recipients = Number(values.recipients);
const rate = Number(values.rate);

async function main(): Promise<void> {
  console.log(
    `Announcement fan-out: ${recipients} people at ${rate}/s, node ${process.version}, ${os.cpus().length} CPUs`,
  );
  const storage = await openTestStorage('sqlite');
  // When each request to Teams started, as the engine paced it (the simulator's own arrival times also carry the
  // delays of a busy machine, since it runs in this process).
  const dispatches: number[] = [];
  const timed = <T>(request: Promise<T>) => (dispatches.push(performance.now()), request);
  const world = await startAnnouncementWorld(storage, {
    rate,
    wrapSender: (sender) => ({
      send: (address, activity) => timed(sender.send(address, activity)),
      update: (address, id, activity) => timed(sender.update(address, id, activity)),
      delete: (address, id) => timed(sender.delete(address, id)),
      createPersonalChat: (request) => timed(sender.createPersonalChat(request)),
    }),
  });
  const rows: {
    phase: string;
    messages: number;
    seconds: number;
    perSecond: number;
    ofLimit: number;
    /** From the admin's action to the first request to Teams, and from the last request to the end. */
    startMs: number;
    endMs: number;
    /** Between the first and the last request of the phase: the pacing alone. */
    pacedOfLimit: number;
  }[] = [];
  try {
    await seedPeople(world, recipients);
    const total = recipients + 1;
    const { id } = await world.announcements.create(
      {
        title: 'Bench',
        body: 'Een aankondiging voor iedereen.',
        audience: { kind: 'all' },
        acknowledge: true,
      },
      ADMIN,
    );
    const phase = async (name: string, purpose: string, start: () => Promise<unknown>) => {
      const startedAt = performance.now();
      await start();
      const counts = await waitUntilFinished(storage, purpose);
      const endedAt = performance.now();
      const seconds = (endedAt - startedAt) / 1000;
      if (counts.sent !== total) throw new Error(`${name}: ${JSON.stringify(counts)}`);
      const perSecond = total / seconds;
      const own = dispatches.filter((at) => at >= startedAt && at <= endedAt);
      const [first, last] = [own[0], own[own.length - 1]];
      rows.push({
        phase: name,
        messages: total,
        seconds,
        perSecond,
        ofLimit: perSecond / rate,
        startMs: first - startedAt,
        endMs: endedAt - last,
        pacedOfLimit: (own.length - 1) / ((last - first) / 1000) / rate,
      });
    };
    await phase('send', purposes.message(id), () => world.announcements.send(id, ADMIN));
    await world.announcements.progress(id);
    await phase('edit (update each)', purposes.edit(id, 2), () =>
      world.announcements.edit(id, { body: 'Gewijzigd.' }, ADMIN),
    );
    await phase('retract (delete each)', purposes.retract(id), () => world.announcements.retract(id, ADMIN));
    const sim = world.simulator.summary();
    console.log(
      'phase                   messages  seconds  per second  of the limit  first request  after last  paced',
    );
    for (const r of rows)
      console.log(
        `${r.phase.padEnd(22)} ${String(r.messages).padStart(9)} ${r.seconds.toFixed(1).padStart(8)} ` +
          `${r.perSecond.toFixed(1).padStart(11)} ${r.ofLimit.toFixed(3).padStart(13)} ` +
          `${`${r.startMs.toFixed(0)} ms`.padStart(14)} ${`${r.endMs.toFixed(0)} ms`.padStart(11)} ` +
          `${r.pacedOfLimit.toFixed(3).padStart(6)}`,
      );
    const figures = {
      duplicates: sim.duplicates,
      throttled: sim.throttledTenant + sim.throttledConversation,
      peakDispatched: peakInWindow(dispatches, 1000),
      peakArrived: world.simulator.peakArrivals(1000),
      loadAverage: os.loadavg()[0],
    };
    console.log(
      `requests started in any 1 s: at most ${figures.peakDispatched}; arrived at the simulator in any 1 s: at ` +
        `most ${figures.peakArrived} (limit ${rate}); 429s ${figures.throttled}; duplicates ${figures.duplicates}; ` +
        `load average ${figures.loadAverage.toFixed(1)}`,
    );
    console.log(JSON.stringify({ recipients, rate, phases: rows, ...figures }));
  } finally {
    await world.stop();
    await storage.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

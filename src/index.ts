import { main } from './app/main';

main().catch((error: unknown) => {
  process.stderr.write(
    `Voordeur failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});

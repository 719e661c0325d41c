// First: dependencies used only with a language model load on first use (src/lazy-dependencies.ts).
import './install-lazy-dependencies';
import { main } from './app/main';

main().catch((error: unknown) => {
  process.stderr.write(
    `Voordeur failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});

import { loadConfig } from './config';
import { createLogger } from './logging';
import { startService } from './server/start-service';

async function main(): Promise<void> {
  const result = loadConfig();
  if (!result.ok) {
    process.stderr.write(
      `Voordeur cannot start; fix these settings:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`,
    );
    process.exit(1);
  }
  const logger = createLogger(result.config.logLevel);
  const service = await startService(result.config, logger);
  const stop = async (signal: string) => {
    logger.info({ event: 'signal', signal }, 'shutting down');
    await service.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Voordeur failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});

import { loadConfig } from '../config';
import { createLogger } from '../logging';
import { composeService } from './compose';

/** Reads the settings, starts Voordeur and stops it on SIGTERM or SIGINT; exits 1 when it cannot start. */
export async function main(): Promise<void> {
  const result = loadConfig();
  if (!result.ok) {
    process.stderr.write(
      `Voordeur cannot start; fix these settings:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`,
    );
    process.exit(1);
  }
  const logger = createLogger(result.config.logLevel);
  const service = await composeService(result.config, logger);
  const stop = async (signal: string) => {
    logger.info({ event: 'signal', signal }, 'shutting down');
    await service.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

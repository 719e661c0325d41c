// The baseline: a bare botbuilder echo bot on Voordeur's HTTP stack (restify 12 + bodyParser, CloudAdapter
// with the same local-mode authentication), replying to every message with text. No teams-ai, no storage,
// no logging, no metrics. Run: PORT=3979 node bench/echo-bot.mjs
import botbuilder from 'botbuilder';
import restify from 'restify';

const {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} = botbuilder;

const credentials = new ConfigurationServiceClientCredentialFactory({
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  MicrosoftAppType: 'MultiTenant',
  MicrosoftAppTenantId: '',
});
const adapter = new CloudAdapter(
  new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '' }, credentials),
);
adapter.onTurnError = async (context, error) => {
  console.error(`echo bot turn failed: ${error instanceof Error ? error.message : String(error)}`);
  await context.sendActivity('error');
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}
const bot = new EchoBot();

const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false, mapFiles: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/readyz', async (_req, res) => {
  res.send(200, { status: 'ready' });
});

server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.server.closeAllConnections();
  });
}

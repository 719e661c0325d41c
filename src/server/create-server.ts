import restify, { type Request, type RequestHandler, type Response } from 'restify';
import type { ErrorBody } from '../contracts';
import type { Logger } from '../logging';
import type { Metrics } from '../metrics';
import { registerApi, type ApiProps } from './api/register-api';
import { exceptUploads } from './api/upload-body';
import { InFlight } from './in-flight';
import { metricsResponse, type MetricsGate } from './metrics-access';
import { registerStaticPages } from './static-pages';

/** Requests larger than this are refused with 413 before they are parsed (a route that takes a file has its own). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What the HTTP edge needs, ready made: it opens nothing itself. */
export interface ServerDependencies {
  /** Whether the service can serve: the database answers and its migrations are applied. */
  isReady(): Promise<boolean>;
  /** `POST /api/messages`: the bot edge's handler. */
  messages(req: Request, res: Response): Promise<void>;
  /** The tab and admin APIs' repositories and sign-in settings. */
  api: ApiProps;
  logger: Logger;
  metrics: Metrics;
  /** `/metrics` on this server, open or behind a token; absent: not served here (see Config['metrics']). */
  metricsOnMainPort?: MetricsGate;
}

/** The HTTP face of Voordeur: the bot endpoint, the APIs, the tab, health, readiness and metrics. */
export function createServer(deps: ServerDependencies): { server: restify.Server; inFlight: InFlight } {
  const { logger, metrics } = deps;
  const server = restify.createServer({ name: 'voordeur', handleUncaughtExceptions: false });
  const inFlight = new InFlight();

  server.use(exceptUploads(jsonBodyParser()));
  // The body parser refuses before any route runs; the tab and admin APIs promise `{ error: { code, message } }`.
  server.on('restifyError', (req: Request, _res: Response, error: RestifyError, next: () => void) => {
    const body = bodyParserRefusal(error);
    if (body && /^\/api\/(tab|admin)\//.test(req.path())) error.toJSON = () => body;
    next();
  });
  server.on('after', (req: restify.Request, res: restify.Response) => {
    metrics.httpRequests.inc({
      route: req.getRoute()?.path?.toString() ?? 'unknown',
      status: String(res.statusCode),
    });
  });

  // Turns in flight are counted so that a stop lets them finish.
  server.post('/api/messages', async (req: Request, res: Response) => {
    const done = inFlight.begin();
    try {
      await deps.messages(req, res);
    } finally {
      done();
    }
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    const ready = await deps.isReady();
    res.send(ready ? 200 : 503, {
      status: ready ? 'ready' : 'not ready',
      database: ready ? 'ok' : 'unavailable',
    });
  });

  const gate = deps.metricsOnMainPort;
  if (gate) {
    server.get('/metrics', async (req, res) => {
      const answer = await metricsResponse(metrics, gate, req.header('authorization'));
      for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
      res.sendRaw(answer.status, answer.body);
    });
  }

  registerApi(server, { ...deps.api, logger });
  registerStaticPages(server);

  return { server, inFlight };
}

/**
 * restify's body parser, parsing JSON only: every route takes JSON (or, as an upload, reads its own body).
 * @remarks Left to itself the parser also reads CSV and TSV, whose errors become 500s, and multipart forms, whose
 * files it writes to the temporary folder and never deletes, all before any route checks a token. A body of
 * another media type is read (within the size limit) and left as text, which every route refuses with 400.
 */
function jsonBodyParser(): RequestHandler[] {
  const [read, parse] = restify.plugins.bodyParser({
    maxBodySize: MAX_BODY_BYTES,
    mapParams: false,
    mapFiles: false,
    rejectUnknown: false,
  });
  const json = /^application\/([a-z.]+\+)?json$/;
  return [
    read,
    (req, res, next) => (json.test(req.contentType().toLowerCase()) ? parse(req, res, next) : next()),
  ];
}

type RestifyError = Error & { statusCode?: number; toJSON?: () => unknown };

/** The tab and admin APIs' body for what the body parser refuses before any route runs; undefined for the rest. */
function bodyParserRefusal(error: RestifyError): ErrorBody | undefined {
  if (error.statusCode === 413) {
    return { error: { code: 'too-large', message: 'The body is larger than 1 MB.' } };
  }
  if (error.name === 'InvalidContentError') {
    return { error: { code: 'bad-request', message: 'The body is not valid JSON.' } };
  }
  return undefined;
}

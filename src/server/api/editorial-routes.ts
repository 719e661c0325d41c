import type { Server } from 'restify';
import { EDITORIAL_ROUTES, type EditorQuestionView } from '../../contracts';
import {
  dayOf,
  daysEndingOn,
  unansweredTable,
  type EditorQuestion,
  type EditorialRepository,
} from '../../guidance';
import type { Logger } from '../../logging';
import { badRequest, notFound } from '../auth/app-error';
import type { TokenValidator } from '../auth/token-validator';
import { serveRoute } from './serve-route';

/** What the editorial API works on, ready made by the composition root. */
export interface EditorialApiProps {
  editorial: EditorialRepository;
  /** A topic's title in both languages; undefined for a topic no longer in the knowledge base. */
  topicTitle: (topicId: string) => { nl: string; en: string } | undefined;
  /** The service's time zone: the days of the counts are its days. */
  timeZone: string;
}

/**
 * The Beheer tab's "Redactie" (contracts in src/contracts/editorial.ts), for admins.
 * @remarks A question's text goes to the admin who asks for it and nowhere else: logs and the audit carry the
 * question's id, the admin's id and the flags.
 */
export function registerEditorialRoutes(
  server: Server,
  deps: { validator: TokenValidator; logger: Logger; now: () => Date } & EditorialApiProps,
): void {
  const { editorial, logger } = deps;

  serveRoute(server, deps, EDITORIAL_ROUTES.feedback, async (input) => {
    const { from, to } = input.query();
    if (from && to && from > to)
      throw badRequest('from: de eerste dag moet voor of op de laatste dag liggen');
    const topics = await editorial.verdictsPerTopic({ from, to });
    return {
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      topics: topics.map((t) => {
        const title = deps.topicTitle(t.topicId);
        const given = Object.values(t.reasons).reduce((a, b) => a + b, 0);
        return { ...t, ...(title ? { title } : {}), withoutReason: Math.max(0, t.notHelpful - given) };
      }),
    };
  });

  serveRoute(server, deps, EDITORIAL_ROUTES.unanswered, async (input) => {
    const days = daysEndingOn(dayOf(deps.now(), deps.timeZone), input.query().days);
    const [to, from] = [days[0], days[days.length - 1]];
    const rows = unansweredTable(days, await editorial.unansweredPerDay({ from, to }));
    return { from, to, days: rows, total: rows.reduce((n, r) => n + r.total, 0) };
  });

  serveRoute(server, deps, EDITORIAL_ROUTES.questions, async (input) => {
    const questions = await editorial.questions(input.query().status);
    return { questions: questions.map(presentQuestion), counts: await editorial.questionCounts() };
  });

  serveRoute(server, deps, EDITORIAL_ROUTES.markQuestion, async (input, principal) => {
    const { id } = input.params();
    const { read, handled } = input.body();
    const question = await editorial.markQuestion({
      id,
      read,
      handled,
      actorId: principal.id,
      at: deps.now(),
    });
    if (!question) throw notFound('Deze vraag bestaat niet (meer).');
    logger.info(
      {
        event: 'editor-question-marked',
        questionId: id,
        actorId: principal.id,
        read: Boolean(question.readAt),
        handled: Boolean(question.handledAt),
      },
      'a question to the editors was marked',
    );
    return presentQuestion(question);
  });

  serveRoute(server, deps, EDITORIAL_ROUTES.deleteQuestion, async (input, principal) => {
    const { id } = input.params();
    if (!(await editorial.deleteQuestion({ id, actorId: principal.id, at: deps.now() }))) {
      throw notFound('Deze vraag bestaat niet (meer).');
    }
    logger.info(
      { event: 'editor-question-deleted', questionId: id, actorId: principal.id },
      'a question to the editors was deleted',
    );
    return { id, deleted: true as const };
  });
}

function presentQuestion(q: EditorQuestion): EditorQuestionView {
  return {
    id: q.id,
    lang: q.lang,
    text: q.text,
    day: q.day,
    createdAt: q.createdAt.toISOString(),
    ...(q.readAt ? { readAt: q.readAt.toISOString() } : {}),
    ...(q.handledAt ? { handledAt: q.handledAt.toISOString() } : {}),
  };
}

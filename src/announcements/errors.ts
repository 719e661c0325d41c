import type { AnnouncementStatus } from './announcement';

/** One problem with one field of an admin's input, in Dutch, to show next to that field. */
export interface FieldProblem {
  /** The field's path, such as `title` or `buttons.1.url`. */
  field: string;
  message: string;
}

/** The input has problems; `problems` lists every one of them at once (the API answers 400 with them). */
export class AnnouncementInvalidError extends Error {
  override readonly name = 'AnnouncementInvalidError';
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }
}

/** No announcement has this id. */
export class AnnouncementNotFoundError extends Error {
  override readonly name = 'AnnouncementNotFoundError';
  constructor(readonly id: string) {
    super('Deze aankondiging bestaat niet (meer).');
  }
}

/** What was asked cannot be done in the announcement's current status. The message says why, in Dutch. */
export class AnnouncementStateError extends Error {
  override readonly name = 'AnnouncementStateError';
  constructor(
    readonly id: string,
    readonly status: AnnouncementStatus,
    message: string,
  ) {
    super(message);
  }
}

/** Someone else changed the announcement first (its revision moved on): reload and try again. */
export class AnnouncementConflictError extends Error {
  override readonly name = 'AnnouncementConflictError';
  constructor(readonly id: string) {
    super('Iemand anders heeft deze aankondiging net gewijzigd. Laad haar opnieuw en probeer het nog eens.');
  }
}

/** The directory or Teams could not tell who is in the audience now (such as a team's roster); try again later. */
export class AudienceUnavailableError extends Error {
  override readonly name = 'AudienceUnavailableError';
  constructor(readonly teamId: string) {
    super('De leden van een team zijn nu niet op te halen. Probeer het over een paar minuten opnieuw.');
  }
}

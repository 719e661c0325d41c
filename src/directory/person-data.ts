/** Rows about one person, per table, as stored (message contents left out). */
export type PersonExport = Record<string, Record<string, unknown>[]>;

/** What erasing a person did. */
export interface PersonErasure {
  /** Rows deleted, per table. */
  deleted: Record<string, number>;
  /** Rows kept with the person's id and name replaced (history others rely on), per table. */
  anonymised: Record<string, number>;
  /**
   * Where the person is still named as a contact that someone else chose (a team's checklist, the
   * organisation's aandachtsfunctionaris): the manager or admin must change it there.
   */
  stillNamedIn: string[];
}

/** An admin's action on a person's data, for the audit log. */
export interface PersonDataAudit {
  action: 'person-exported' | 'person-erased';
  actorId: string;
  subjectId: string;
  at: Date;
  detail?: Record<string, number>;
}

/** Everything Voordeur keeps about a person, to show (AVG art. 15) or erase (art. 17). */
export interface PersonDataRepository {
  export(aadObjectId: string): Promise<PersonExport>;
  /** Deletes or anonymises every row about the person, in one transaction. */
  erase(aadObjectId: string, at: Date): Promise<PersonErasure>;
  audit(entry: PersonDataAudit): Promise<void>;
  auditOf(subjectId: string): Promise<PersonDataAudit[]>;
}

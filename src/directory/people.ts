/**
 * What Voordeur keeps about a person: who they are and how to address them. Nothing more.
 * @remarks E-mail and UPN are filled only when Teams' member lookup gives them.
 */
export interface Person {
  aadObjectId: string;
  tenantId?: string;
  displayName?: string;
  locale?: string;
  email?: string;
  userPrincipalName?: string;
  updatedAt: Date;
}

export type PersonUpdate = Omit<Person, 'updatedAt'> & { at: Date };

export interface PersonRepository {
  /** Stores a person; fields left undefined keep their stored value. */
  upsert(update: PersonUpdate): Promise<void>;
  /** {@link upsert} for many people at once (a team's roster), in one transaction. */
  upsertMany(updates: readonly PersonUpdate[]): Promise<void>;
  get(aadObjectId: string): Promise<Person | undefined>;
}

/** The searchable fields of a topic, with how much a match in each counts. */
export const FIELD_BOOSTS = { title: 3, synonyms: 3, questions: 2, summary: 1.5, body: 1 } as const;

/** A searchable field of a topic. */
export type Field = keyof typeof FIELD_BOOSTS;

/** The fields, in a fixed order. */
export const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

/** One topic in one language, every field already reduced to search terms by the analyzer. */
export interface TopicDoc {
  /** The topic's position in the list the index was built from. */
  index: number;
  fields: Record<Field, string[]>;
}

import type { Profile } from '../checklists/types';

/** A text in both languages of the app: Dutch first, English second. */
export interface CourseName {
  nl: string;
  en: string;
}

/**
 * Who a course is for: everyone who has the app, the members of some teams, or the teams with one of some
 * profiles (the profile a team's manager chose for its checklist).
 */
export type AppliesTo =
  | { kind: 'all' }
  | { kind: 'teams'; teamIds: readonly string[] }
  | { kind: 'profiles'; profiles: readonly Profile[] };

/** A course of the catalogue. */
export interface Course {
  /** Lowercase words joined by hyphens, such as `veilig-achter-de-voordeur`. */
  id: string;
  name: CourseName;
  /** Months until a refresher is due; undefined for a course done once. */
  validityMonths?: number;
  appliesTo: AppliesTo;
  /** Where to sign up; without one the reminder card has no enrol button (nothing is invented). */
  enrolUrl?: string;
}

/** A course id: lowercase letters and digits in hyphen-separated words, at most 64 characters. */
export const COURSE_ID = /^(?=.{1,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The courses a new installation starts with; admins manage the catalogue afterwards.
 * @remarks "Veilig achter de voordeur" is the training of the corporations Voordeur is built for (by the
 * Coördinatiepunt Trainingen Meldcode); its refresher is due after 24 months. The e-learning refresher is a
 * short, generic course that keeps the meldcode's steps fresh between those trainings. Its validity of 12 months
 * is our choice, not a fact from a source: a year is the usual rhythm for refresher e-learnings, and knowledge
 * that is used rarely (a signal may come once a year) fades fastest. Neither seed has an enrolment link: only
 * the organisation knows where its staff sign up, so an admin adds it.
 */
export const SEED_COURSES: readonly Course[] = [
  {
    id: 'veilig-achter-de-voordeur',
    name: { nl: 'Veilig achter de voordeur', en: 'Veilig achter de voordeur (safe behind the front door)' },
    validityMonths: 24,
    appliesTo: { kind: 'all' },
  },
  {
    id: 'meldcode-e-learning',
    name: { nl: 'E-learning meldcode: opfrissen', en: 'E-learning: refresh the meldcode' },
    validityMonths: 12,
    appliesTo: { kind: 'all' },
  },
];

/** A person as training sees them: who they are, their language, and the teams (and profiles) they belong to. */
export interface Learner {
  aadObjectId: string;
  displayName?: string;
  /** The Teams locale, such as `nl-NL`; it picks the language of the reminder. */
  locale?: string;
  tenantId?: string;
  /**
   * Teams' service URL of one of the person's teams: where a personal chat can be opened with someone who never
   * talked to Voordeur (delivery otherwise uses `DELIVERY_SERVICE_URL`).
   */
  serviceUrl?: string;
  teamIds: readonly string[];
  /** The profiles of the person's teams. */
  profiles: readonly Profile[];
}

/** Whether `course` is meant for `learner`. */
export function courseAppliesTo(course: Course, learner: Pick<Learner, 'teamIds' | 'profiles'>): boolean {
  const applies = course.appliesTo;
  switch (applies.kind) {
    case 'all':
      return true;
    case 'teams':
      return applies.teamIds.some((id) => learner.teamIds.includes(id));
    case 'profiles':
      return applies.profiles.some((p) => learner.profiles.includes(p));
  }
}

// Dutch has no casing rules of its own (unlike Turkish), so the plain lowercase is right and much faster.
const normalise = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Finds a course by its id or by its Dutch or English name, ignoring case and extra spaces.
 * @returns a lookup function; building it once keeps a 50,000-row import fast.
 */
export function courseFinder(courses: readonly Course[]): (text: string) => Course | undefined {
  const byKey = new Map<string, Course>();
  // Ids first, so that a name can never hide another course's id.
  for (const course of courses) byKey.set(course.id, course);
  for (const course of courses) {
    for (const name of [course.name.nl, course.name.en]) {
      const key = normalise(name);
      if (!byKey.has(key)) byKey.set(key, course);
    }
  }
  return (text) => byKey.get(normalise(text));
}

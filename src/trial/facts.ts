/**
 * Every figure of the trial, once. Verified against the paper (see TRIAL-FACTS.md);
 * texts format these with Intl and never type a number themselves.
 */

export interface StudyGroup {
  /** People randomised to this group. */
  readonly people: number;
  /** People who had a total hip replacement during the 3.5 to 6 years of follow-up. */
  readonly hipReplacements: number;
  /** Median years to hip replacement: by then half of the group had had one. */
  readonly medianYearsToHipReplacement: number;
}

export interface Trial {
  readonly people: number;
  readonly country: string;
  readonly enrolledFromYear: number;
  /** Month of the first inclusion, 1 to 12 (April 2005). */
  readonly enrolledFromMonth: number;
  readonly enrolledToYear: number;
  /** Month of the last inclusion, 1 to 12 (October 2007). */
  readonly enrolledToMonth: number;
  readonly youngestAge: number;
  readonly oldestAge: number;
  readonly educationSessions: number;
  readonly exerciseWeeks: number;
  readonly exerciseSessionsPerWeekMin: number;
  readonly exerciseSessionsPerWeekMax: number;
  readonly followUpYearsMin: number;
  readonly followUpYearsMax: number;
  /** Share of the people who answered at follow-up (by telephone), 0 to 1. */
  readonly responseRateAtFollowUp: number;
  /** The original trial's main question was self-reported pain this many months after the start. */
  readonly originalMainOutcomeMonths: number;
  /** Exercise therapy plus education. */
  readonly exercise: StudyGroup;
  /** Education only. */
  readonly educationOnly: StudyGroup;
  /** For a professionals' view only, never a headline (hazard-based, see TRIAL-FACTS.md). */
  readonly professional: {
    readonly hazardRatio: number;
    readonly hazardRatioLower95: number;
    readonly hazardRatioUpper95: number;
    /** The confidence level of that interval, 0 to 1. */
    readonly confidenceLevel: number;
    /** The hazard ratio that means no difference between the groups. */
    readonly hazardRatioNoDifference: number;
    readonly ownHipAfterSixYearsExercise: number;
    readonly ownHipAfterSixYearsEducationOnly: number;
  };
  /** What the source article got wrong, kept so the source note can say it openly. */
  readonly article: {
    /** The article's "average" time to surgery in the exercise group (the study reports a median of 5.4). */
    readonly reportedYearsToHipReplacementExercise: number;
  };
}

export interface Citation {
  readonly authors: readonly string[];
  readonly title: string;
  readonly journal: string;
  readonly year: number;
  readonly volume: number;
  readonly issue: number;
  readonly pages: string;
  readonly onlineYear: number;
  readonly doi: string;
  readonly pmid: string;
  readonly registrations: { readonly trial: string; readonly followUp: string };
  readonly institution: string;
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (inner && typeof inner === 'object') deepFreeze(inner);
  }
  return Object.freeze(value);
}

export const trial: Trial = deepFreeze({
  people: 109,
  country: 'NO',
  enrolledFromYear: 2005,
  enrolledFromMonth: 4,
  enrolledToYear: 2007,
  enrolledToMonth: 10,
  youngestAge: 40,
  oldestAge: 80,
  educationSessions: 3,
  exerciseWeeks: 12,
  exerciseSessionsPerWeekMin: 2,
  exerciseSessionsPerWeekMax: 3,
  followUpYearsMin: 3.5,
  followUpYearsMax: 6,
  responseRateAtFollowUp: 0.94,
  originalMainOutcomeMonths: 16,
  exercise: { people: 55, hipReplacements: 22, medianYearsToHipReplacement: 5.4 },
  educationOnly: { people: 54, hipReplacements: 31, medianYearsToHipReplacement: 3.5 },
  professional: {
    hazardRatio: 0.56,
    hazardRatioLower95: 0.32,
    hazardRatioUpper95: 0.96,
    confidenceLevel: 0.95,
    hazardRatioNoDifference: 1,
    ownHipAfterSixYearsExercise: 0.41,
    ownHipAfterSixYearsEducationOnly: 0.25,
  },
  article: { reportedYearsToHipReplacementExercise: 5.5 },
});

export const citation: Citation = deepFreeze({
  authors: ['Svege I', 'Nordsletten L', 'Fernandes L', 'Risberg MA'],
  title:
    'Exercise therapy may postpone total hip replacement surgery in patients with hip osteoarthritis: a long-term follow-up of a randomised trial',
  journal: 'Ann Rheum Dis',
  year: 2015,
  volume: 74,
  issue: 1,
  pages: '164–169',
  onlineYear: 2013,
  doi: '10.1136/annrheumdis-2013-203628',
  pmid: '24255546',
  registrations: { trial: 'NCT00319423', followUp: 'NCT01338532' },
  institution: 'Norwegian Research Center for Active Rehabilitation, Oslo University Hospital',
});

/** Natural frequencies are out of 100 people, never 1,000 (see TRIAL-FACTS.md). */
export const PER = 100;

/** Share of a group that had a hip replacement during follow-up, 0 to 1. */
export function shareWithHipReplacement(group: StudyGroup): number {
  return group.hipReplacements / group.people;
}

/** The same share as people out of 100, rounded: the natural frequency icon arrays show. */
export function per100WithHipReplacement(group: StudyGroup): number {
  return Math.round(shareWithHipReplacement(group) * PER);
}

/**
 * How many fewer people in every 100 had a new hip with exercise therapy during follow-up: the absolute
 * difference of the two shares (31/54 − 22/55 = 0.174), rounded to whole people.
 */
export function fewerPer100WithExercise(): number {
  return Math.round((shareWithHipReplacement(trial.educationOnly) - shareWithHipReplacement(trial.exercise)) * PER);
}

export const doiUrl = `https://doi.org/${citation.doi}`;

import { trial, type StudyGroup } from '../trial/facts.js';

export type GroupKey = 'exercise' | 'educationOnly';

/** The two arms of the trial, in the order every chart shows them. */
export const GROUPS: readonly { readonly key: GroupKey; readonly group: StudyGroup }[] = [
  { key: 'exercise', group: trial.exercise },
  { key: 'educationOnly', group: trial.educationOnly },
];

/** Natural frequencies are out of 100 people, never 1,000 (see TRIAL-FACTS.md). */
export const PER = 100;

import { trial, type StudyGroup } from '../trial/facts.js';

export type GroupKey = 'exercise' | 'educationOnly';

/** The two arms of the trial, in the order every chart shows them. */
export const GROUPS: readonly { readonly key: GroupKey; readonly group: StudyGroup }[] = [
  { key: 'exercise', group: trial.exercise },
  { key: 'educationOnly', group: trial.educationOnly },
];

export { PER } from '../trial/facts.js';

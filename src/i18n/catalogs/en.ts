import { fewerPer100WithExercise, PER } from '../../trial/facts.js';
import { catalog } from '../types.js';

/** British spelling and words by default; American readers get their own. */
const british = {
  physio: 'physiotherapist',
  randomised: 'randomised',
  programme: 'programme',
};

/**
 * English, plain language (B1), faithful to the study and its honest wording (see TRIAL-FACTS.md).
 * The fallback language when a page names none the widgets speak. The groups are named one way
 * everywhere: "with exercise therapy" and "without exercise therapy".
 */
export const en = catalog(
  british,
  { US: { physio: 'physical therapist', randomised: 'randomized', programme: 'program' } },
  ({ trial: t, citation: c, f }, w) => {
    const ex = t.exercise;
    const ed = t.educationOnly;
    const followUp = `${f.decimal(t.followUpYearsMin)} to ${f.years(t.followUpYearsMax)}`;
    const difference = `With exercise therapy, about ${f.count(fewerPer100WithExercise())} fewer people in every ${f.count(PER)} had a new hip.`;
    const estimateNote = `These times are estimates, because not everyone was followed for ${f.years(ex.medianYearsToHipReplacement)}. Some people may have had a new hip after their follow-up ended. The estimate allows for this. So the estimate comes to half by ${f.years(ex.medianYearsToHipReplacement)}. The count during the study was lower: ${f.count(ex.hipReplacements)} of ${f.count(ex.people)} (${f.percent(ex.hipReplacements / ex.people)}).`;
    const p = t.professional;
    return {
      title: 'Exercise therapy may delay hip replacement',
      lead: `Do you have mild to moderate osteoarthritis of the hip? Then a supervised exercise ${w.programme} may help you put off hip surgery.`,
      sections: {
        intro: {
          heading: 'Osteoarthritis of the hip',
          body: [
            'Many people get osteoarthritis as they grow older. Their joints become stiff.',
            'Osteoarthritis in the hip can be very painful. It can make it harder for you to move.',
            'One option is to replace the damaged joint with an artificial hip. But this is major surgery, with risks. And an artificial hip can wear out over time.',
            'That is why most people wait as long as they can before having this operation.',
          ],
        },
        background: {
          heading: 'Exercise and osteoarthritis',
          body: [
            'Exercise therapy is another way to treat osteoarthritis.',
            'You may worry that moving will damage your hip even more. But research shows that exercise helps with osteoarthritis.',
            `Your doctor or ${w.physio} can suggest safe exercises.`,
          ],
        },
        aim: {
          heading: 'What did the researchers want to find out?',
          body: [
            `The trial first looked at pain after ${f.months(t.originalMainOutcomeMonths)}. Those results came out earlier.`,
            'Later, the researchers asked a new question. Can people with hip osteoarthritis keep their own hip for longer if they do exercise therapy?',
          ],
        },
        participants: {
          heading: 'Who took part?',
          body: [
            `${f.count(t.people)} people from Norway took part. They were between ${f.count(t.youngestAge)} and ${f.years(t.oldestAge)} old.`,
            `They joined the study between ${f.calendarYear(t.enrolledFromYear)} and ${f.calendarYear(t.enrolledToYear)}.`,
            'They had mild to moderate symptoms of hip osteoarthritis. Their symptoms were not yet bad enough for a new hip.',
          ],
        },
        methods: {
          heading: 'How was the study done?',
          body: [
            `Chance decided who went into which of two groups: one group of ${f.count(ex.people)} people and one of ${f.count(ed.people)}.`,
            `Both groups went to ${f.count(t.educationSessions)} ${f.plural(t.educationSessions, 'information session', 'information sessions')} about osteoarthritis.`,
            `The group with exercise therapy also had a supervised ${w.programme} for ${f.weeks(t.exerciseWeeks)}. They exercised ${f.count(t.exerciseSessionsPerWeekMin)} to ${f.count(t.exerciseSessionsPerWeekMax)} times a week.`,
            'The exercises were designed for hip osteoarthritis. They aimed to make the muscles stronger and the hip more flexible.',
            'The group without exercise therapy only went to the information sessions.',
            `Each person was followed for ${followUp}, counted from the day they joined. By phone, the researchers asked who had had a new hip, and when.`,
          ],
        },
        results: {
          heading: 'What did the study find?',
          body: [
            'Fewer people had a new hip in the group with exercise therapy.',
            `Each person was followed for ${followUp}. In that time, ${f.count(ex.hipReplacements)} of ${f.count(ex.people)} people with exercise therapy had a new hip. That is ${f.percent(ex.hipReplacements / ex.people)}.`,
            `Without exercise therapy, it was ${f.count(ed.hipReplacements)} of ${f.count(ed.people)} people. That is ${f.percent(ed.hipReplacements / ed.people)}.`,
            difference,
            `Surgery also came later with exercise therapy. The researchers estimated when half of each group had had a new hip: after ${f.years(ex.medianYearsToHipReplacement)} with exercise therapy, and after ${f.years(ed.medianYearsToHipReplacement)} without.`,
            estimateNote,
            'There was no difference between the groups in pain or stiffness. But people with exercise therapy said their hip worked better.',
          ],
        },
        reliability: {
          heading: 'How sure can we be?',
          body: [
            `This was a ${w.randomised} controlled trial. Chance decided who went into which group, so the groups were likely to be alike at the start.`,
            `At the end, ${f.percent(t.responseRateAtFollowUp)} of the people answered the questions. This means only a little information is missing.`,
            `But this is one small trial, with ${f.count(t.people)} people in one country. The true difference may be smaller or larger.`,
            'People knew which group they were in. That may have influenced the results.',
            'The trial was first set up to study pain. Hip replacement was a question added later. Other studies need to confirm this result.',
            `These results are not new. People joined between ${f.calendarYear(t.enrolledFromYear)} and ${f.calendarYear(t.enrolledToYear)}, and the results came out in ${f.calendarYear(c.onlineYear)}.`,
          ],
        },
        professionals: {
          heading: 'For health professionals',
          toggle: 'Show the hazard ratio, the Kaplan–Meier estimate, the design and the limits',
          body: [
            `Hazard ratio for hip replacement: ${f.ratio(p.hazardRatio)}, with a ${f.percent(p.confidenceLevel)} confidence interval from ${f.ratio(p.hazardRatioLower95)} to ${f.ratio(p.hazardRatioUpper95)}.`,
            `A hazard ratio compares the rate of surgery in the two groups over the follow-up, among people who still had their own hip. Below ${f.count(p.hazardRatioNoDifference)} means a lower rate with exercise therapy.`,
            `The confidence interval shows how precise the result is. Values from ${f.ratio(p.hazardRatioLower95)} to ${f.ratio(p.hazardRatioUpper95)} are compatible with the data. The upper end (${f.ratio(p.hazardRatioUpper95)}) is close to ${f.count(p.hazardRatioNoDifference)}. A hazard ratio of ${f.count(p.hazardRatioNoDifference)} would mean no difference.`,
            `Kaplan–Meier estimate at ${f.years(t.followUpYearsMax)}: ${f.percent(p.ownHipAfterSixYearsExercise)} with exercise therapy and ${f.percent(p.ownHipAfterSixYearsEducationOnly)} without still had their own hip. This method uses each person’s data for as long as they were followed.`,
            [
              `Design: ${w.randomised} controlled trial with two groups (${f.count(ex.people)} and ${f.count(ed.people)} people), included from ${f.monthOfYear(t.enrolledFromYear, t.enrolledFromMonth)} to ${f.monthOfYear(t.enrolledToYear, t.enrolledToMonth)}.`,
              `Main question of the original trial: self-reported pain after ${f.months(t.originalMainOutcomeMonths)}, reported earlier. Hip replacement was studied in this later follow-up.`,
              `Follow-up: ${followUp} per person, by telephone. ${f.percent(t.responseRateAtFollowUp)} responded.`,
              'No blinding: participants knew their group.',
              `The authors call it an explanatory trial: it tested the ${w.programme} under ideal conditions, not in everyday care. In everyday care, the effect may be smaller.`,
            ],
            'Limits: one small trial in one country, a wide confidence interval and no blinding. Hip replacement was a later question. The result needs to be confirmed.',
          ],
        },
        meaning: {
          heading: 'What does this mean for me?',
          body: [
            `Do you have mild to moderate symptoms of hip osteoarthritis? Then a supervised exercise ${w.programme} like the one in this study may help you put off a new hip.`,
            `Ask your doctor or ${w.physio} about an exercise ${w.programme} that suits you.`,
            'Does this also help with severe hip osteoarthritis? We do not know yet.',
          ],
        },
        source: {
          heading: 'Source',
          body: [
            'This text is based on a Flemish article about the study. On three points we follow the study itself:',
            [
              `The article gives ${f.years(t.article.reportedYearsToHipReplacementExercise)} as the average time to surgery. The study gives an estimate of ${f.years(ex.medianYearsToHipReplacement)}, and that is not an average. It is when half of the group with exercise therapy had had a new hip.`,
              `The article counts the operations as if everyone was followed for ${f.years(t.followUpYearsMax)}. In fact, each person was followed for ${followUp}.`,
              'The article says people with more serious osteoarthritis also took part. The study only included people with mild to moderate symptoms.',
            ],
          ],
        },
      },
      disclaimer: 'This information does not replace medical advice. If you have a medical problem, ask your doctor.',
      labels: {
        colon: (label) => `${label}:`,
        source: 'Source',
        readStudy: 'Read the study',
        reference: (journal, year, volume, issue, pages) => `${journal} ${year};${volume}(${issue}):${pages}`,
        study: 'The study',
        publishedOnline: (year) => `Published online in ${year}.`,
        registrations: 'Registration',
        trialRegistration: 'the trial',
        followUpRegistration: 'the long-term follow-up',
        conductedBy: 'Carried out by',
        corrections: 'How this differs from the article',
      },
      charts: {
        exercise: 'With exercise therapy',
        educationOnly: 'Without exercise therapy',
        bothGroups: `Both groups went to ${f.count(t.educationSessions)} information sessions. The group with exercise therapy also had ${f.weeks(t.exerciseWeeks)} of supervised exercise.`,
        outOf: (count, total) => `${count} of ${total}`,
        timeFrame: `Each person was followed for ${followUp}.`,
        surgeryQuestion: 'How many people had a new hip?',
        timeQuestion: 'How long until half of each group had a new hip? (estimated)',
        timeNote: 'A longer bar means surgery came later.',
        estimateNote,
        estimated: (years) => `${years} (estimated)`,
        difference,
        iconsQuestion: (per) => `Out of every ${per} people: how many had a new hip?`,
        iconsLabel: (group, outOf) => `${group}: ${outOf} people had a new hip.`,
        newHip: 'had a new hip',
        ownHip: 'still had their own hip',
        realCounts: (a, b) => `Actual numbers: ${a} people with exercise therapy, ${b} without.`,
        groupSizes: (a, b) => `${a} people with exercise therapy, ${b} without.`,
        group: 'Group',
        outcome: 'Outcome',
        factBoxTitle: 'Exercise therapy for hip osteoarthritis: the numbers',
        rows: {
          surgery: 'New hip during the study',
          difference: 'Difference',
          time: 'Estimated time until half had a new hip',
          pain: 'Pain',
          stiffness: 'Stiffness',
          hipFunction: 'How well the hip works, as people rated it',
        },
        noDifference: 'No difference',
        better: 'Better',
        lessGood: 'Less good',
        studied: `${f.count(t.people)} people in Norway, aged ${f.count(t.youngestAge)} to ${f.count(t.oldestAge)}, with mild to moderate hip osteoarthritis.`,
        filledIcon: 'Filled figure:',
        outlinedIcon: 'Outlined figure:',
      },
    };
  },
);

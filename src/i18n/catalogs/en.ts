import { catalog } from '../types.js';

/** British spelling and words by default; American readers get their own. */
const british = {
  physio: 'physiotherapist',
  randomised: 'randomised',
  programme: 'programme',
};

/**
 * English, plain language (B1), faithful to the study (see TRIAL-FACTS.md). The fallback language
 * when a page names none the widgets speak.
 */
export const en = catalog(
  british,
  { US: { physio: 'physical therapist', randomised: 'randomized', programme: 'program' } },
  ({ trial: t, f }, w) => {
    const ex = t.exercise;
    const ed = t.educationOnly;
    const followUp = `${f.decimal(t.followUpYearsMin)} to ${f.years(t.followUpYearsMax)}`;
    return {
      title: 'Exercise therapy can delay a new hip',
      lead: 'Do you have mild to moderate osteoarthritis in your hip? Then exercise therapy can help you put off hip surgery.',
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
            'You may worry that moving will damage your hip even more. But research shows that exercise actually helps with osteoarthritis.',
            `Your doctor or ${w.physio} can suggest safe exercises.`,
          ],
        },
        aim: {
          heading: 'What did the researchers want to find out?',
          body: [
            'Can people with hip osteoarthritis keep their own hip for longer if they do exercise therapy? That is what the researchers wanted to know.',
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
            `The first group also did exercise therapy for ${f.weeks(t.exerciseWeeks)}. They had ${f.count(t.exerciseSessionsPerWeekMin)} to ${f.count(t.exerciseSessionsPerWeekMax)} supervised sessions a week.`,
            'The exercises were designed for hip osteoarthritis. They aimed to make the muscles stronger and the hip more flexible.',
            'The second group only went to the information sessions.',
            `The researchers followed everyone for ${followUp} from the start. This depended on when each person joined. They recorded who got a new hip, and when.`,
          ],
        },
        results: {
          heading: 'What did the study find?',
          body: [
            'Fewer people in the exercise group needed a new hip.',
            `During the ${followUp} of the study, ${f.count(ex.hipReplacements)} of ${f.count(ex.people)} people who did exercise therapy got a new hip. That is ${f.percent(ex.hipReplacements / ex.people)}.`,
            `Without exercise therapy, it was ${f.count(ed.hipReplacements)} of ${f.count(ed.people)} people. That is ${f.percent(ed.hipReplacements / ed.people)}.`,
            `With exercise therapy, surgery also came later. After ${f.years(ex.medianYearsToHipReplacement)}, half of the exercise group had had a new hip. Without exercise therapy, half had had one after just ${f.years(ed.medianYearsToHipReplacement)}.`,
            'There was no difference between the groups in pain or stiffness. But people who did the exercises said their hip worked better.',
          ],
        },
        reliability: {
          heading: 'How reliable are these results?',
          body: [
            `This was a ${w.randomised} controlled trial. Chance decided who went into which group.`,
            'This kind of study is the best way to show that a treatment works.',
            'So the results are reliable for people like those in this study.',
          ],
        },
        meaning: {
          heading: 'What does this mean for me?',
          body: [
            `Do you have mild to moderate symptoms of hip osteoarthritis? Then an exercise ${w.programme} may help you put off a new hip.`,
            `Ask your doctor or ${w.physio} about an exercise ${w.programme} that suits you.`,
            'Does this also help with severe hip osteoarthritis? We do not know yet.',
          ],
        },
        source: {
          heading: 'Source',
          body: [
            'This text is based on a Flemish article about the study. On three points we follow the study itself:',
            [
              `The article gives ${f.years(t.article.reportedYearsToHipReplacementExercise)} as the time to surgery. The study reports ${f.years(ex.medianYearsToHipReplacement)}: by then half of the exercise group had had a new hip.`,
              `The article counts the operations as if everyone was followed for ${f.years(t.followUpYearsMax)}. In fact, the study followed people for ${followUp}.`,
              'The article says people with more serious osteoarthritis also took part. The study only included people with mild to moderate symptoms.',
            ],
          ],
        },
      },
      disclaimer: 'This information does not replace medical advice. If you have a medical problem, ask your doctor.',
      labels: {
        source: 'Source',
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
        exerciseColumn: 'Exercise therapy and information sessions',
        educationOnlyColumn: 'Information sessions only',
        outOf: (count, total) => `${count} of ${total}`,
        timeFrame: `During the ${followUp} of the study.`,
        surgeryQuestion: 'How many people got a new hip?',
        timeQuestion: 'After how many years had half the group had a new hip?',
        timeNote: 'A longer bar means surgery came later.',
        iconsQuestion: (per) => `Out of every ${per} people: how many got a new hip?`,
        iconsLabel: (group, outOf) => `${group}: ${outOf} people got a new hip.`,
        newHip: 'got a new hip',
        ownHip: 'still had their own hip',
        realCounts: (a, b) => `Actual numbers: ${a} people with exercise therapy, ${b} without.`,
        groupSizes: (a, b) => `${a} people with exercise therapy, ${b} without.`,
        group: 'Group',
        outcome: 'Outcome',
        factBoxTitle: 'Exercise therapy for hip osteoarthritis: the numbers',
        rows: {
          surgery: 'New hip during the study',
          time: 'Time until half had a new hip',
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

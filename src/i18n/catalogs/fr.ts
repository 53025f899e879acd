import { catalog } from '../types.js';

/** Before ? ! : ; French sets a narrow no-break space. */
const s = '\u202f';

/**
 * French, plain language (B1), for readers in Belgium and France alike, faithful to the study
 * (see TRIAL-FACTS.md). "Kinésithérapeute" is the word readers of both countries know.
 */
export const fr = catalog({}, {}, ({ trial: t, f }) => {
  const ex = t.exercise;
  const ed = t.educationOnly;
  const followUp = `${f.decimal(t.followUpYearsMin)} à ${f.years(t.followUpYearsMax)}`;
  return {
    title: 'Faire des exercices peut retarder une prothèse de hanche',
    lead: `Vous avez une arthrose légère à modérée de la hanche${s}? Des exercices peuvent aider à retarder une opération de la hanche.`,
    sections: {
      intro: {
        heading: 'L’arthrose de la hanche',
        body: [
          'Beaucoup de personnes ont de l’arthrose en vieillissant. Leurs articulations deviennent alors raides.',
          'L’arthrose de la hanche peut faire très mal. Vous bougez alors moins bien.',
          'On peut remplacer l’articulation malade par une prothèse. Mais c’est une grosse opération, avec des risques. Et une prothèse peut s’user avec le temps.',
          'C’est pourquoi la plupart des gens attendent le plus longtemps possible avant cette opération.',
        ],
      },
      background: {
        heading: 'Bouger avec de l’arthrose',
        body: [
          'Faire des exercices est une autre façon de traiter l’arthrose.',
          'Vous avez peut-être peur que bouger abîme encore plus votre hanche. Mais les études montrent que bouger aide justement contre l’arthrose.',
          'Votre médecin ou votre kinésithérapeute peut vous conseiller des exercices sans danger.',
        ],
      },
      aim: {
        heading: `Que voulaient savoir les chercheurs${s}?`,
        body: [
          `Les personnes avec de l’arthrose de la hanche gardent-elles plus longtemps leur propre hanche si elles font des exercices${s}? C’est ce que les chercheurs voulaient savoir.`,
        ],
      },
      participants: {
        heading: `Qui a participé${s}?`,
        body: [
          `${f.count(t.people)} personnes de Norvège ont participé. Elles avaient entre ${f.count(t.youngestAge)} et ${f.years(t.oldestAge)}.`,
          `Elles sont entrées dans l’étude entre ${f.calendarYear(t.enrolledFromYear)} et ${f.calendarYear(t.enrolledToYear)}.`,
          'Elles avaient des symptômes légers à modérés d’arthrose de la hanche. Ces symptômes n’étaient pas encore assez graves pour une prothèse.',
        ],
      },
      methods: {
        heading: `Comment s’est passée l’étude${s}?`,
        body: [
          `Le hasard a réparti les personnes en deux groupes${s}: un groupe de ${f.count(ex.people)} et un groupe de ${f.count(ed.people)} personnes.`,
          `Les deux groupes ont suivi ${f.count(t.educationSessions)} ${f.plural(t.educationSessions, 'séance', 'séances')} d’information sur l’arthrose.`,
          `Le premier groupe a aussi fait des exercices pendant ${f.weeks(t.exerciseWeeks)}. Il y avait ${f.count(t.exerciseSessionsPerWeekMin)} à ${f.count(t.exerciseSessionsPerWeekMax)} séances encadrées par semaine.`,
          'Les exercices étaient faits pour l’arthrose de la hanche. Ils visaient à renforcer les muscles et à assouplir la hanche.',
          'Le deuxième groupe a seulement suivi les séances d’information.',
          `Les chercheurs ont suivi chaque personne ${followUp} depuis le début. Cela dépendait de sa date d’entrée. Ils ont noté qui a reçu une prothèse de hanche, et quand.`,
        ],
      },
      results: {
        heading: `Qu’a montré l’étude${s}?`,
        body: [
          'Avec les exercices, moins de personnes ont eu besoin d’une prothèse de hanche.',
          `Pendant les ${followUp} de l’étude, ${f.count(ex.hipReplacements)} personnes sur ${f.count(ex.people)} du groupe exercices ont reçu une prothèse. Cela fait ${f.percent(ex.hipReplacements / ex.people)}.`,
          `Sans exercices, ${f.count(ed.hipReplacements)} personnes sur ${f.count(ed.people)} ont reçu une prothèse. Cela fait ${f.percent(ed.hipReplacements / ed.people)}.`,
          `Avec les exercices, l’opération est aussi venue plus tard. Après ${f.years(ex.medianYearsToHipReplacement)}, la moitié du groupe exercices avait reçu une prothèse. Sans exercices, c’était déjà le cas après ${f.years(ed.medianYearsToHipReplacement)}.`,
          'Pour la douleur et la raideur, il n’y avait pas de différence entre les groupes. Mais les personnes du groupe exercices trouvaient que leur hanche fonctionnait mieux.',
        ],
      },
      reliability: {
        heading: `Ces résultats sont-ils fiables${s}?`,
        body: [
          'C’était un essai contrôlé randomisé. Le hasard a décidé qui allait dans quel groupe.',
          'Ce type d’étude est la meilleure façon de montrer qu’un traitement marche.',
          'Les résultats sont donc fiables pour des personnes comme celles de cette étude.',
        ],
      },
      meaning: {
        heading: `Qu’est-ce que cela veut dire pour moi${s}?`,
        body: [
          `Vous avez des symptômes légers à modérés d’arthrose de la hanche${s}? Alors un programme d’exercices peut vous aider à retarder une prothèse.`,
          'Demandez à votre médecin ou à votre kinésithérapeute un programme d’exercices adapté à votre cas.',
          `Et pour une arthrose grave de la hanche${s}? On ne sait pas encore si cela aide aussi.`,
        ],
      },
      source: {
        heading: 'Source',
        body: [
          `Ce texte s’appuie sur un article flamand consacré à l’étude. Sur trois points, nous suivons l’étude elle-même${s}:`,
          [
            `L’article donne ${f.years(t.article.reportedYearsToHipReplacementExercise)} comme délai avant l’opération. L’étude indique ${f.years(ex.medianYearsToHipReplacement)}${s}: à ce moment, la moitié du groupe exercices avait reçu une prothèse.`,
            `L’article compte les opérations comme si tout le monde avait été suivi ${f.years(t.followUpYearsMax)}. En réalité, l’étude a suivi les personnes pendant ${followUp}.`,
            'Selon l’article, des personnes avec une arthrose plus grave ont aussi participé. L’étude n’a inclus que des personnes avec des symptômes légers à modérés.',
          ],
        ],
      },
    },
    disclaimer: `Ces informations ne remplacent pas un avis médical. Vous avez un problème de santé${s}? Demandez conseil à votre médecin.`,
    labels: {
      source: 'Source',
      study: 'L’étude',
      publishedOnline: (year) => `Publiée en ligne en ${year}.`,
      registrations: 'Enregistrement',
      trialRegistration: 'l’essai',
      followUpRegistration: 'le suivi à long terme',
      conductedBy: 'Réalisée par',
      corrections: 'Différences avec l’article',
    },
    charts: {
      exercise: 'Avec exercices',
      educationOnly: 'Sans exercices',
      exerciseColumn: 'Exercices et séances d’information',
      educationOnlyColumn: 'Séances d’information seules',
      outOf: (count, total) => `${count} sur ${total}`,
      timeFrame: `Pendant les ${followUp} de l’étude.`,
      surgeryQuestion: `Combien de personnes ont reçu une prothèse de hanche${s}?`,
      timeQuestion: `Après combien d’années la moitié du groupe avait-elle une prothèse${s}?`,
      timeNote: 'Une barre plus longue veut dire que l’opération est venue plus tard.',
      iconsQuestion: (per) => `Sur ${per} personnes${s}: combien ont reçu une prothèse${s}?`,
      iconsLabel: (group, outOf) => `${group}${s}: ${outOf} ont reçu une prothèse.`,
      newHip: 'a reçu une prothèse',
      ownHip: 'avait encore sa propre hanche',
      realCounts: (a, b) => `Chiffres réels${s}: ${a} avec exercices, ${b} sans.`,
      groupSizes: (a, b) => `${a} personnes avec exercices, ${b} sans.`,
      group: 'Groupe',
      outcome: 'Résultat',
      factBoxTitle: `Exercices et arthrose de la hanche${s}: les chiffres`,
      rows: {
        surgery: 'Prothèse pendant l’étude',
        time: 'Temps avant que la moitié ait une prothèse',
        pain: 'Douleur',
        stiffness: 'Raideur',
        hipFunction: 'Fonction de la hanche, selon les personnes elles-mêmes',
      },
      noDifference: 'Pas de différence',
      better: 'Meilleure',
      lessGood: 'Moins bonne',
      studied: `${f.count(t.people)} personnes en Norvège, de ${f.count(t.youngestAge)} à ${f.years(t.oldestAge)}, avec une arthrose de la hanche légère à modérée.`,
      filledIcon: `Silhouette pleine${s}:`,
      outlinedIcon: `Silhouette vide${s}:`,
    },
  };
});

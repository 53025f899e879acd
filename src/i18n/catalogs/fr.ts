import { fewerPer100WithExercise, PER } from '../../trial/facts.js';
import { catalog } from '../types.js';

/** French typography: a no-break space before ":", a narrow no-break space before "?", "!" and ";". */
const nb = '\u00a0';
const s = '\u202f';

/**
 * French, plain language (B1), for readers in Belgium and France alike, faithful to the study and its
 * honest wording (see TRIAL-FACTS.md). "Kinésithérapeute" is the word readers of both countries know.
 * The groups are named one way everywhere: "avec exercices" and "sans exercices".
 */
export const fr = catalog({}, {}, ({ trial: t, citation: c, f }) => {
  const ex = t.exercise;
  const ed = t.educationOnly;
  const p = t.professional;
  const followUp = `${f.decimal(t.followUpYearsMin)} à ${f.years(t.followUpYearsMax)}`;
  const difference = `Avec les exercices, environ ${f.count(fewerPer100WithExercise())} personnes de moins sur ${f.count(PER)} ont reçu une prothèse.`;
  const estimateNote = `Ce sont des estimations, car tout le monde n’a pas été suivi ${f.years(ex.medianYearsToHipReplacement)}. Certains ont peut-être reçu une prothèse après la fin de leur suivi. L’estimation en tient compte. C’est pourquoi l’estimation atteint la moitié à ${f.years(ex.medianYearsToHipReplacement)}. Pendant l’étude, les chercheurs en ont compté moins${nb}: ${f.count(ex.hipReplacements)} personnes sur ${f.count(ex.people)} (${f.percent(ex.hipReplacements / ex.people)}).`;
  return {
    title: 'Des exercices encadrés pourraient retarder la pose d’une prothèse de hanche',
    lead: `Vous avez une arthrose légère à modérée de la hanche${s}? Un programme d’exercices encadré pourrait alors retarder l’opération.`,
    sections: {
      intro: {
        heading: 'L’arthrose de la hanche',
        body: [
          'Avec l’âge, beaucoup de personnes ont de l’arthrose. Leurs articulations deviennent raides.',
          'L’arthrose de la hanche peut être très douloureuse. Elle peut gêner vos mouvements.',
          'On peut remplacer l’articulation abîmée par une prothèse. Mais c’est une grosse opération, qui comporte des risques. Et une prothèse peut s’user avec le temps.',
          'C’est pourquoi la plupart des gens repoussent cette opération le plus longtemps possible.',
        ],
      },
      background: {
        heading: 'Bouger quand on a de l’arthrose',
        body: [
          'Les exercices sont une autre façon de traiter l’arthrose.',
          'Vous avez peut-être peur que bouger abîme encore plus votre hanche. Pourtant, les études montrent que l’activité physique aide en cas d’arthrose.',
          'Demandez à votre médecin ou à votre kinésithérapeute quels exercices sont sans danger pour vous.',
        ],
      },
      aim: {
        heading: `Que voulaient savoir les chercheurs${s}?`,
        body: [
          `L’étude s’intéressait d’abord à la douleur après ${f.months(t.originalMainOutcomeMonths)}. Ces résultats ont été publiés plus tôt.`,
          `Plus tard, les chercheurs se sont posé une nouvelle question. Les personnes qui ont de l’arthrose de la hanche gardent-elles leur propre hanche plus longtemps si elles font des exercices${s}?`,
        ],
      },
      participants: {
        heading: `Qui a participé${s}?`,
        body: [
          `${f.count(t.people)} personnes vivant en Norvège ont participé. Elles avaient entre ${f.count(t.youngestAge)} et ${f.years(t.oldestAge)}.`,
          `Elles sont entrées dans l’étude entre ${f.calendarYear(t.enrolledFromYear)} et ${f.calendarYear(t.enrolledToYear)}.`,
          'Elles avaient des symptômes légers à modérés d’arthrose de la hanche. Ces symptômes n’étaient pas encore assez graves pour justifier une prothèse.',
        ],
      },
      methods: {
        heading: `Comment l’étude s’est-elle déroulée${s}?`,
        body: [
          `Les participants ont été répartis en deux groupes par tirage au sort${nb}: un groupe de ${f.count(ex.people)} et un groupe de ${f.count(ed.people)} personnes.`,
          `Les deux groupes ont suivi ${f.count(t.educationSessions)} ${f.plural(t.educationSessions, 'séance', 'séances')} d’information sur l’arthrose.`,
          `Le groupe avec exercices a aussi suivi un programme pendant ${f.weeks(t.exerciseWeeks)}. Il comptait ${f.count(t.exerciseSessionsPerWeekMin)} à ${f.count(t.exerciseSessionsPerWeekMax)} séances encadrées par semaine.`,
          'Les exercices étaient conçus pour l’arthrose de la hanche. Ils visaient à renforcer les muscles et à assouplir la hanche.',
          'Le groupe sans exercices a seulement suivi les séances d’information.',
          `Chaque personne a été suivie pendant ${followUp}, à partir de son entrée dans l’étude. Par téléphone, les chercheurs ont demandé qui avait reçu une prothèse, et quand.`,
        ],
      },
      results: {
        heading: `Qu’a montré l’étude${s}?`,
        body: [
          'Dans le groupe avec exercices, moins de personnes ont reçu une prothèse de hanche.',
          `Chaque personne a été suivie pendant ${followUp}. Pendant ce temps, ${f.count(ex.hipReplacements)} personnes sur ${f.count(ex.people)} du groupe avec exercices ont reçu une prothèse, soit ${f.percent(ex.hipReplacements / ex.people)}.`,
          `Dans le groupe sans exercices, ${f.count(ed.hipReplacements)} personnes sur ${f.count(ed.people)} ont reçu une prothèse, soit ${f.percent(ed.hipReplacements / ed.people)}.`,
          difference,
          `Avec les exercices, l’opération a aussi eu lieu plus tard. Les chercheurs ont estimé après combien de temps la moitié de chaque groupe avait reçu une prothèse${nb}: ${f.years(ex.medianYearsToHipReplacement)} avec exercices, ${f.years(ed.medianYearsToHipReplacement)} sans.`,
          estimateNote,
          'Pour la douleur et la raideur, il n’y avait pas de différence entre les groupes. Mais les personnes du groupe avec exercices estimaient que leur hanche fonctionnait mieux.',
        ],
      },
      reliability: {
        heading: `Peut-on se fier à ces résultats${s}?`,
        body: [
          `C’était un essai contrôlé randomisé${nb}: un tirage au sort a décidé qui allait dans quel groupe. Les groupes étaient donc probablement comparables au départ.`,
          `À la fin, ${f.percent(t.responseRateAtFollowUp)} des personnes ont répondu aux questions. Il manque donc peu d’informations.`,
          `Mais il s’agit d’un seul petit essai, mené auprès de ${f.count(t.people)} personnes dans un seul pays. La vraie différence peut être plus petite ou plus grande.`,
          'Les participants savaient dans quel groupe ils étaient. Cela a pu influencer les résultats.',
          'L’essai portait d’abord sur la douleur. La question de la prothèse a été ajoutée plus tard. D’autres études doivent confirmer ce résultat.',
          `Ces résultats ne sont pas récents. Les participants sont entrés dans l’étude de ${f.calendarYear(t.enrolledFromYear)} à ${f.calendarYear(t.enrolledToYear)}, et les résultats ont été publiés en ${f.calendarYear(c.onlineYear)}.`,
        ],
      },
      professionals: {
        heading: 'Pour les professionnels de santé',
        toggle: 'Afficher le hazard ratio, l’estimation de Kaplan-Meier, la méthode et les limites',
        body: [
          `Hazard ratio pour la pose d’une prothèse${nb}: ${f.ratio(p.hazardRatio)}, avec un intervalle de confiance à ${f.percent(p.confidenceLevel)} de ${f.ratio(p.hazardRatioLower95)} à ${f.ratio(p.hazardRatioUpper95)}.`,
          `Le hazard ratio compare le rythme des opérations dans les deux groupes, parmi les personnes qui avaient encore leur propre hanche. En dessous de ${f.count(p.hazardRatioNoDifference)}, le taux d’opération est plus bas avec les exercices.`,
          `L’intervalle de confiance indique la précision du résultat. Les valeurs de ${f.ratio(p.hazardRatioLower95)} à ${f.ratio(p.hazardRatioUpper95)} sont compatibles avec les données. La borne supérieure (${f.ratio(p.hazardRatioUpper95)}) est proche de ${f.count(p.hazardRatioNoDifference)}. Un hazard ratio de ${f.count(p.hazardRatioNoDifference)} signifierait l’absence de différence.`,
          `Estimation de Kaplan-Meier à ${f.years(t.followUpYearsMax)}${nb}: ${f.percent(p.ownHipAfterSixYearsExercise)} avec exercices et ${f.percent(p.ownHipAfterSixYearsEducationOnly)} sans avaient encore leur propre hanche. Cette méthode tient aussi compte des personnes suivies moins longtemps.`,
          [
            `Méthode${nb}: essai contrôlé randomisé à deux groupes (${f.count(ex.people)} et ${f.count(ed.people)} personnes), inclusions entre ${f.monthOfYear(t.enrolledFromYear, t.enrolledFromMonth)} et ${f.monthOfYear(t.enrolledToYear, t.enrolledToMonth)}.`,
            `Critère principal de l’essai initial${nb}: la douleur rapportée par les patients à ${f.months(t.originalMainOutcomeMonths)} (résultats déjà publiés). La prothèse a été étudiée lors de ce suivi ultérieur.`,
            `Suivi${nb}: ${followUp} par personne, par téléphone. Taux de réponse${nb}: ${f.percent(t.responseRateAtFollowUp)}.`,
            `Pas d’insu${nb}: les participants connaissaient leur groupe.`,
            `Les auteurs la présentent comme une étude explicative${nb}: elle a testé le programme dans des conditions idéales, pas en pratique courante. En pratique, l’effet pourrait être plus faible.`,
          ],
          `Limites${nb}: un seul petit essai dans un seul pays, un intervalle de confiance large et pas d’insu. La prothèse était une question ajoutée plus tard. Le résultat doit être confirmé.`,
        ],
      },
      meaning: {
        heading: `Qu’est-ce que cela signifie pour moi${s}?`,
        body: [
          `Vous avez des symptômes légers à modérés d’arthrose de la hanche${s}? Un programme d’exercices encadré, comme celui de l’étude, pourrait alors retarder la pose d’une prothèse.`,
          'Demandez à votre médecin ou à votre kinésithérapeute un programme d’exercices adapté à votre cas.',
          `Et si l’arthrose de la hanche est sévère${s}? On ne sait pas encore si les exercices aident aussi.`,
        ],
      },
      source: {
        heading: 'Source',
        body: [
          `Ce texte s’appuie sur un article flamand consacré à l’étude. Sur trois points, nous suivons l’étude elle-même${nb}:`,
          [
            `L’article indique un délai moyen de ${f.years(t.article.reportedYearsToHipReplacementExercise)} avant l’opération. L’étude donne une estimation de ${f.years(ex.medianYearsToHipReplacement)}, et ce n’est pas une moyenne. C’est le moment où la moitié du groupe avec exercices avait reçu une prothèse.`,
            `L’article compte les opérations comme si tout le monde avait été suivi ${f.years(t.followUpYearsMax)}. En réalité, chaque personne a été suivie pendant ${followUp}.`,
            'Selon l’article, des personnes avec une arthrose plus grave ont aussi participé. L’étude n’a inclus que des personnes avec des symptômes légers à modérés.',
          ],
        ],
      },
    },
    disclaimer: `Ces informations ne remplacent pas un avis médical. Vous avez un problème de santé${s}? Demandez conseil à votre médecin.`,
    labels: {
      colon: (label) => `${label}${nb}:`,
      source: 'Source',
      readStudy: 'Lire l’étude (en anglais)',
      reference: (journal, year, volume, issue, pages) => `${journal}, ${year}, vol.${nb}${volume}, n°${nb}${issue}, p.${nb}${pages}`,
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
      bothGroups: `Les deux groupes ont suivi ${f.count(t.educationSessions)} ${f.plural(t.educationSessions, 'séance', 'séances')} d’information. Le groupe avec exercices a aussi suivi ${f.weeks(t.exerciseWeeks)} d’exercices encadrés.`,
      outOf: (count, total) => `${count} sur ${total}`,
      timeFrame: `Chaque personne a été suivie pendant ${followUp}.`,
      surgeryQuestion: `Combien de personnes ont reçu une prothèse de hanche${s}?`,
      timeQuestion: `Estimation${nb}: après combien d’années la moitié de chaque groupe avait-elle reçu une prothèse${s}?`,
      timeNote: 'Plus la barre est longue, plus l’opération a eu lieu tard.',
      estimateNote,
      estimated: (years) => `${years} (estimation)`,
      difference,
      iconsQuestion: (per) => `Sur ${per} personnes, combien ont reçu une prothèse${s}?`,
      iconsLabel: (group, outOf) => `${group}${nb}: ${outOf} ont reçu une prothèse.`,
      newHip: 'a reçu une prothèse',
      ownHip: 'avait encore sa propre hanche',
      realCounts: (a, b) => `Chiffres réels${nb}: ${a} avec exercices, ${b} sans.`,
      groupSizes: (a, b) => `${a} personnes avec exercices, ${b} sans.`,
      group: 'Groupe',
      outcome: 'Résultat',
      factBoxTitle: `Exercices et arthrose de la hanche${nb}: les chiffres`,
      rows: {
        surgery: 'Prothèse pendant le suivi',
        difference: 'Différence',
        time: 'Délai estimé avant que la moitié ait une prothèse',
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

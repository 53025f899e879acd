import { catalog } from '../types.js';

/** Flemish words, as in the article; the Netherlands say some things otherwise. */
const flemish = {
  physio: 'kinesitherapeut',
  haveYou: 'Hebt u',
  infoSession: 'infosessie',
  infoSessions: 'infosessies',
  actually: 'net',
  followUp: 'de opvolging op lange termijn',
};

/**
 * Dutch as written in Flanders (nl-BE), after the source article, with its three errors corrected
 * (see TRIAL-FACTS.md). Plain language, B1: short sentences, everyday words, key message first.
 */
export const nl = catalog(
  flemish,
  {
    NL: {
      physio: 'fysiotherapeut',
      haveYou: 'Heeft u',
      infoSession: 'informatiebijeenkomst',
      infoSessions: 'informatiebijeenkomsten',
      actually: 'juist',
      followUp: 'de follow-up op lange termijn',
    },
  },
  ({ trial: t, f }, w) => {
    const ex = t.exercise;
    const ed = t.educationOnly;
    const followUp = `${f.decimal(t.followUpYearsMin)} tot ${f.years(t.followUpYearsMax)}`;
    return {
      title: 'Bewegingstherapie kan een nieuwe heup uitstellen',
      lead: `${w.haveYou} lichte tot matige artrose in de heup? Dan kan bewegingstherapie helpen om een heupoperatie uit te stellen.`,
      sections: {
        intro: {
          heading: 'Artrose in de heup',
          body: [
            'Veel mensen krijgen artrose als ze ouder worden. Hun gewrichten worden dan stijf.',
            'Artrose in de heup kan veel pijn doen. Daardoor kunt u minder goed bewegen.',
            'Het zieke gewricht vervangen door een kunstheup is een mogelijkheid. Maar dat is een grote operatie, met risico’s. En een kunstheup kan na verloop van tijd slijten.',
            'Daarom wachten de meeste mensen zo lang mogelijk met die operatie.',
          ],
        },
        background: {
          heading: 'Bewegen bij artrose',
          body: [
            'Bewegingstherapie is een andere manier om artrose te behandelen.',
            `Misschien bent u bang dat bewegen uw heup nog meer beschadigt. Maar onderzoek laat zien dat bewegen ${w.actually} helpt bij artrose.`,
            `Uw arts of ${w.physio} kan u veilige oefeningen aanraden.`,
          ],
        },
        aim: {
          heading: 'Wat wilden de onderzoekers weten?',
          body: [
            'Kunnen mensen met heupartrose hun eigen heup langer houden als ze oefentherapie volgen? Dat wilden de onderzoekers weten.',
          ],
        },
        participants: {
          heading: 'Wie deed mee?',
          body: [
            `${f.count(t.people)} mensen uit Noorwegen deden mee. Ze waren tussen ${f.count(t.youngestAge)} en ${f.years(t.oldestAge)} oud.`,
            `Ze begonnen aan de studie tussen ${f.calendarYear(t.enrolledFromYear)} en ${f.calendarYear(t.enrolledToYear)}.`,
            'Ze hadden lichte tot matige klachten van heupartrose. Die klachten waren nog niet erg genoeg voor een nieuwe heup.',
          ],
        },
        methods: {
          heading: 'Hoe verliep de studie?',
          body: [
            `Het toeval verdeelde de mensen over twee groepen: een groep van ${f.count(ex.people)} en een groep van ${f.count(ed.people)} mensen.`,
            `Beide groepen kregen ${f.count(t.educationSessions)} ${f.plural(t.educationSessions, w.infoSession, w.infoSessions)} over artrose.`,
            `De eerste groep deed ook ${f.weeks(t.exerciseWeeks)} lang oefentherapie. Dat was ${f.count(t.exerciseSessionsPerWeekMin)} tot ${f.count(t.exerciseSessionsPerWeekMax)} keer per week, onder begeleiding.`,
            'De oefeningen waren speciaal gemaakt voor heupartrose. Ze moesten de spieren sterker en de heup soepeler maken.',
            `De tweede groep kreeg alleen de ${w.infoSessions}.`,
            `De onderzoekers volgden iedereen ${followUp} vanaf de start. Dat hing af van wanneer iemand begon. Ze keken wie een nieuwe heup kreeg, en wanneer.`,
          ],
        },
        results: {
          heading: 'Wat vond de studie?',
          body: [
            'Met oefentherapie hadden minder mensen een nieuwe heup nodig.',
            `In de ${followUp} van de studie kregen ${f.count(ex.hipReplacements)} van de ${f.count(ex.people)} mensen met oefentherapie een nieuwe heup. Dat is ${f.percent(ex.hipReplacements / ex.people)}.`,
            `Zonder oefentherapie waren het ${f.count(ed.hipReplacements)} van de ${f.count(ed.people)} mensen. Dat is ${f.percent(ed.hipReplacements / ed.people)}.`,
            `Met oefentherapie duurde het ook langer voor een operatie nodig was. Na ${f.years(ex.medianYearsToHipReplacement)} had de helft van de oefengroep een nieuwe heup. Zonder oefentherapie was dat al na ${f.years(ed.medianYearsToHipReplacement)}.`,
            'Voor pijn en stijfheid was er geen verschil tussen de groepen. Wel vonden de mensen met oefentherapie dat hun heup beter werkte.',
          ],
        },
        reliability: {
          heading: 'Hoe betrouwbaar is dit?',
          body: [
            'Dit was een gerandomiseerde gecontroleerde studie. Het toeval besliste wie in welke groep kwam.',
            'Zo’n studie is de beste manier om aan te tonen dat een behandeling werkt.',
            'De resultaten zijn dus betrouwbaar voor mensen zoals in deze studie.',
          ],
        },
        meaning: {
          heading: 'Wat betekent dit voor mij?',
          body: [
            `${w.haveYou} lichte tot matige klachten van heupartrose? Dan kan een oefenprogramma helpen om een nieuwe heup uit te stellen.`,
            `Vraag uw arts of ${w.physio} naar een oefenprogramma dat bij u past.`,
            'Helpt dit ook bij zware heupartrose? Dat weten we nog niet.',
          ],
        },
        source: {
          heading: 'Bron',
          body: [
            'Deze tekst is gebaseerd op een Vlaams artikel over de studie. Op drie punten volgen we de studie zelf:',
            [
              `Het artikel noemt ${f.years(t.article.reportedYearsToHipReplacementExercise)} als tijd tot de operatie. De studie meldt ${f.years(ex.medianYearsToHipReplacement)}: toen had de helft van de oefengroep een nieuwe heup.`,
              `Het artikel telt de operaties alsof iedereen ${f.years(t.followUpYearsMax)} gevolgd werd. In werkelijkheid volgde de studie mensen ${followUp} lang.`,
              'Volgens het artikel deden ook mensen met ernstigere artrose mee. De studie nam alleen mensen met lichte tot matige klachten op.',
            ],
          ],
        },
      },
      disclaimer: `Deze informatie vervangt geen medisch advies. ${w.haveYou} een medisch probleem? Vraag dan raad aan uw arts.`,
      labels: {
        source: 'Bron',
        study: 'De studie',
        publishedOnline: (year) => `Online verschenen in ${year}.`,
        registrations: 'Registratie',
        trialRegistration: 'de studie',
        followUpRegistration: w.followUp,
        conductedBy: 'Uitgevoerd door',
        corrections: 'Verschillen met het artikel',
      },
      charts: {
        exercise: 'Met oefentherapie',
        educationOnly: 'Zonder oefentherapie',
        exerciseColumn: `Oefentherapie en ${w.infoSessions}`,
        educationOnlyColumn: `Alleen ${w.infoSessions}`,
        outOf: (count, total) => `${count} van de ${total}`,
        timeFrame: `In de ${followUp} van de studie.`,
        surgeryQuestion: 'Hoeveel mensen kregen een nieuwe heup?',
        timeQuestion: 'Na hoeveel jaar had de helft van de groep een nieuwe heup?',
        timeNote: 'Een langere balk betekent: de operatie kwam later.',
        iconsQuestion: (per) => `Van elke ${per} mensen: hoeveel kregen een nieuwe heup?`,
        iconsLabel: (group, outOf) => `${group}: ${outOf} mensen kregen een nieuwe heup.`,
        newHip: 'kreeg een nieuwe heup',
        ownHip: 'had nog de eigen heup',
        realCounts: (a, b) => `Echte aantallen: ${a} mensen met oefentherapie, ${b} zonder.`,
        groupSizes: (a, b) => `${a} mensen met oefentherapie, ${b} zonder.`,
        group: 'Groep',
        outcome: 'Uitkomst',
        factBoxTitle: 'Oefentherapie bij heupartrose: de cijfers',
        rows: {
          surgery: 'Nieuwe heup tijdens de studie',
          time: 'Tijd tot de helft een nieuwe heup had',
          pain: 'Pijn',
          stiffness: 'Stijfheid',
          hipFunction: 'Hoe goed de heup werkt, volgens de mensen zelf',
        },
        noDifference: 'Geen verschil',
        better: 'Beter',
        lessGood: 'Minder goed',
        studied: `${f.count(t.people)} mensen uit Noorwegen, ${f.count(t.youngestAge)} tot ${f.years(t.oldestAge)}, met lichte tot matige heupartrose.`,
        filledIcon: 'Ingekleurd figuurtje:',
        outlinedIcon: 'Leeg figuurtje:',
      },
    };
  },
);

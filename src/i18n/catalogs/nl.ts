import { fewerPer100WithExercise, PER } from '../../trial/facts.js';
import { catalog } from '../types.js';

/** Flemish words, as in the article; the Netherlands say some things otherwise. */
const flemish = {
  /** Whom to ask about exercise: in the Netherlands the oefentherapeut stands beside the fysiotherapeut. */
  careTeam: 'uw arts of kinesitherapeut',
  haveYou: 'Hebt u',
  infoSessions: 'infosessies',
  actually: 'net',
  followUpNoun: 'opvolging',
  followUpLabel: 'Opvolging',
  followUp: 'de opvolging op lange termijn',
};

/**
 * Dutch as written in Flanders (nl-BE), after the source article, with its three errors corrected
 * and the honest wording of TRIAL-FACTS.md. Plain language, B1: short sentences, everyday words, key
 * message first. One word for the therapy (oefentherapie) and one name per group everywhere: "met
 * oefentherapie" and "zonder oefentherapie".
 */
export const nl = catalog(
  flemish,
  {
    NL: {
      careTeam: 'uw huisarts, fysiotherapeut of oefentherapeut',
      haveYou: 'Heeft u',
      infoSessions: 'informatiebijeenkomsten',
      actually: 'juist',
      followUpNoun: 'follow-up',
      followUpLabel: 'Follow-up',
      followUp: 'de follow-up op lange termijn',
    },
  },
  ({ trial: t, citation: c, f }, w) => {
    const ex = t.exercise;
    const ed = t.educationOnly;
    const p = t.professional;
    const followUp = `${f.decimal(t.followUpYearsMin)} tot ${f.years(t.followUpYearsMax)}`;
    const difference = `Per ${f.count(PER)} mensen kregen er met oefentherapie ongeveer ${f.count(fewerPer100WithExercise())} minder een nieuwe heup.`;
    const estimateNote = `Dit zijn schattingen, want niet iedereen werd ${f.years(ex.medianYearsToHipReplacement)} gevolgd. Sommigen kregen misschien pas een nieuwe heup toen ze niet meer gevolgd werden. De schatting houdt daar rekening mee. Daarom komt de schatting uit op de helft na ${f.years(ex.medianYearsToHipReplacement)}. Tijdens de studie zelf telden de onderzoekers er minder: ${f.count(ex.hipReplacements)} van de ${f.count(ex.people)} (${f.percent(ex.hipReplacements / ex.people)}).`;
    return {
      title: 'Oefentherapie stelt een nieuwe heup mogelijk uit',
      lead: `${w.haveYou} lichte tot matige artrose in de heup? Dan stelt begeleide oefentherapie een heupoperatie mogelijk uit.`,
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
            'Oefentherapie is een andere manier om artrose te behandelen.',
            `Misschien bent u bang dat bewegen uw heup nog meer beschadigt. Maar onderzoek laat zien dat bewegen ${w.actually} helpt bij artrose.`,
            `Vraag ${w.careTeam} welke oefeningen veilig zijn voor u.`,
          ],
        },
        aim: {
          heading: 'Wat wilden de onderzoekers weten?',
          body: [
            `De studie keek eerst naar pijn na ${f.months(t.originalMainOutcomeMonths)}. Die resultaten verschenen al eerder.`,
            'Later stelden de onderzoekers een nieuwe vraag. Houden mensen met heupartrose hun eigen heup langer als ze oefentherapie volgen?',
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
            `Beide groepen kregen ${f.count(t.educationSessions)} ${w.infoSessions} over artrose.`,
            `De groep met oefentherapie volgde ook ${f.weeks(t.exerciseWeeks)} lang een begeleid oefenprogramma. Ze oefenden ${f.count(t.exerciseSessionsPerWeekMin)} tot ${f.count(t.exerciseSessionsPerWeekMax)} keer per week.`,
            'De oefeningen waren speciaal gemaakt voor heupartrose. Ze moesten de spieren sterker en de heup soepeler maken.',
            `De groep zonder oefentherapie kreeg alleen de ${w.infoSessions}.`,
            `De onderzoekers volgden elke deelnemer ${followUp}, gerekend vanaf de dag dat die persoon begon. Via de telefoon vroegen ze wie een nieuwe heup kreeg, en wanneer.`,
          ],
        },
        results: {
          heading: 'Wat vond de studie?',
          body: [
            'In de groep met oefentherapie kregen minder mensen een nieuwe heup.',
            `Elke deelnemer werd ${followUp} gevolgd. In die tijd kregen ${f.count(ex.hipReplacements)} van de ${f.count(ex.people)} mensen met oefentherapie een nieuwe heup. Dat is ${f.percent(ex.hipReplacements / ex.people)}.`,
            `Zonder oefentherapie waren het ${f.count(ed.hipReplacements)} van de ${f.count(ed.people)} mensen. Dat is ${f.percent(ed.hipReplacements / ed.people)}.`,
            difference,
            `Met oefentherapie kwam de operatie ook later. De onderzoekers schatten wanneer de helft van elke groep een nieuwe heup had: na ${f.years(ex.medianYearsToHipReplacement)} met oefentherapie, en na ${f.years(ed.medianYearsToHipReplacement)} zonder.`,
            estimateNote,
            'Voor pijn en stijfheid was er geen verschil tussen de groepen. Wel vonden de mensen met oefentherapie dat hun heup beter werkte.',
          ],
        },
        reliability: {
          heading: 'Hoe zeker is dit?',
          body: [
            'Dit was een gerandomiseerde gecontroleerde studie. Het toeval besliste wie in welke groep kwam. Zo waren de groepen bij de start waarschijnlijk vergelijkbaar.',
            `Achteraf beantwoordde ${f.percent(t.responseRateAtFollowUp)} van de mensen de vragen. Er ontbreekt dus weinig informatie.`,
            `Maar het is één kleine studie, met ${f.count(t.people)} mensen in één land. Het echte verschil kan kleiner of groter zijn.`,
            'De mensen wisten in welke groep ze zaten. Dat kan de resultaten beïnvloed hebben.',
            'De studie ging eerst over pijn. De vraag over een nieuwe heup kwam er pas later bij. Andere studies moeten dit resultaat nog bevestigen.',
            `Deze resultaten zijn niet nieuw. De mensen begonnen tussen ${f.calendarYear(t.enrolledFromYear)} en ${f.calendarYear(t.enrolledToYear)}, en de resultaten verschenen in ${f.calendarYear(c.onlineYear)}.`,
          ],
        },
        professionals: {
          heading: 'Voor zorgverleners',
          toggle: 'Toon de hazard ratio, de Kaplan-Meier-schatting, de opzet en de beperkingen',
          body: [
            `Hazard ratio voor een nieuwe heup: ${f.ratio(p.hazardRatio)}, met een ${f.percent(p.confidenceLevel)}-betrouwbaarheidsinterval van ${f.ratio(p.hazardRatioLower95)} tot ${f.ratio(p.hazardRatioUpper95)}.`,
            `Een hazard ratio vergelijkt het tempo van operaties in beide groepen, bij mensen die nog hun eigen heup hadden. Onder ${f.count(p.hazardRatioNoDifference)} betekent: minder snel een operatie met oefentherapie.`,
            `Het betrouwbaarheidsinterval toont hoe precies het resultaat is. Waarden van ${f.ratio(p.hazardRatioLower95)} tot ${f.ratio(p.hazardRatioUpper95)} passen bij de gegevens. De bovengrens (${f.ratio(p.hazardRatioUpper95)}) ligt dicht bij ${f.count(p.hazardRatioNoDifference)}. Een hazard ratio van ${f.count(p.hazardRatioNoDifference)} betekent: geen verschil.`,
            `Kaplan-Meier-schatting op ${f.years(t.followUpYearsMax)}: ${f.percent(p.ownHipAfterSixYearsExercise)} met oefentherapie en ${f.percent(p.ownHipAfterSixYearsEducationOnly)} zonder hadden nog hun eigen heup. Deze methode gebruikt de gegevens van elke persoon zolang die gevolgd werd.`,
            [
              `Opzet: gerandomiseerde gecontroleerde studie met twee groepen (${f.count(ex.people)} en ${f.count(ed.people)} mensen), opgenomen van ${f.monthOfYear(t.enrolledFromYear, t.enrolledFromMonth)} tot ${f.monthOfYear(t.enrolledToYear, t.enrolledToMonth)}.`,
              `Hoofdvraag van de oorspronkelijke studie: pijn na ${f.months(t.originalMainOutcomeMonths)}, volgens de mensen zelf. Die resultaten verschenen eerder. De nieuwe heup werd pas in deze latere ${w.followUpNoun} onderzocht.`,
              `${w.followUpLabel}: ${followUp} per persoon, via de telefoon. ${f.percent(t.responseRateAtFollowUp)} antwoordde.`,
              'Geen blindering: de deelnemers wisten in welke groep ze zaten.',
              'De auteurs noemen het een verklarende (explanatory) studie: ze testte het programma onder ideale omstandigheden, niet in de dagelijkse zorg. Daar kan het effect kleiner zijn.',
            ],
            'Beperkingen: één kleine studie in één land, een breed betrouwbaarheidsinterval en geen blindering. De nieuwe heup was een latere vraag. Het resultaat moet nog bevestigd worden.',
          ],
        },
        meaning: {
          heading: 'Wat betekent dit voor mij?',
          body: [
            `${w.haveYou} lichte tot matige klachten van heupartrose? Dan stelt een begeleid oefenprogramma zoals in deze studie een nieuwe heup mogelijk uit.`,
            `Vraag ${w.careTeam} naar een oefenprogramma dat bij u past.`,
            'Helpt dit ook bij ernstige heupartrose? Dat weten we nog niet.',
          ],
        },
        source: {
          heading: 'Bron',
          body: [
            'Deze tekst is gebaseerd op een Vlaams artikel over de studie. Op drie punten volgen we de studie zelf:',
            [
              `Het artikel noemt ${f.years(t.article.reportedYearsToHipReplacementExercise)} als gemiddelde tijd tot de operatie. De studie geeft een schatting van ${f.years(ex.medianYearsToHipReplacement)}, en dat is geen gemiddelde. Toen had de helft van de groep met oefentherapie een nieuwe heup.`,
              `Het artikel telt de operaties alsof iedereen ${f.years(t.followUpYearsMax)} gevolgd werd. In werkelijkheid werd elke deelnemer ${followUp} gevolgd.`,
              'Volgens het artikel deden ook mensen met ernstigere artrose mee. De studie nam alleen mensen met lichte tot matige klachten op.',
            ],
          ],
        },
      },
      disclaimer: `Deze informatie vervangt geen medisch advies. ${w.haveYou} een medisch probleem? Vraag dan raad aan uw arts.`,
      labels: {
        colon: (label) => `${label}:`,
        source: 'Bron',
        readStudy: 'Lees de studie (in het Engels)',
        reference: (journal, year, volume, issue, pages) => `${journal} ${year};${volume}(${issue}):${pages}`,
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
        bothGroups: `Beide groepen kregen ${f.count(t.educationSessions)} ${w.infoSessions}. De groep met oefentherapie volgde ook ${f.weeks(t.exerciseWeeks)} lang een begeleid oefenprogramma.`,
        outOf: (count, total) => `${count} van de ${total}`,
        timeFrame: `Elke deelnemer werd ${followUp} gevolgd.`,
        surgeryQuestion: 'Hoeveel mensen kregen een nieuwe heup?',
        timeQuestion: 'Geschat: na hoeveel jaar had de helft van elke groep een nieuwe heup?',
        timeNote: 'Een langere balk betekent: de operatie kwam later.',
        estimateNote,
        estimated: (years) => `${years} (geschat)`,
        difference,
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
          difference: 'Verschil',
          time: 'Geschatte tijd tot de helft een nieuwe heup had',
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

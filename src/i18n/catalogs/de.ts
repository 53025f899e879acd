import { fewerPer100WithExercise, PER } from '../../trial/facts.js';
import { catalog, respell, type Catalog } from '../types.js';

/**
 * German, plain language (B1), formal "Sie", faithful to the study and its honest wording (see
 * TRIAL-FACTS.md). Figures stand where German grammar keeps the unit in the nominative or accusative
 * ("5,4 Jahre", "3,5 bis 6 Jahre lang"), never after "nach", which would need the dative. The groups are
 * named one way everywhere: "mit Bewegungstherapie" and "ohne Bewegungstherapie".
 */
const german = catalog({}, {}, ({ trial: t, citation: c, f }) => {
  const ex = t.exercise;
  const ed = t.educationOnly;
  const p = t.professional;
  const followUp = `${f.decimal(t.followUpYearsMin)} bis ${f.years(t.followUpYearsMax)}`;
  const sessions = f.plural(t.educationSessions, 'Schulung', 'Schulungen');
  const difference = `Mit Bewegungstherapie bekamen etwa ${f.count(fewerPer100WithExercise())} von ${f.count(PER)} Menschen weniger ein neues Hüftgelenk.`;
  const estimateNote = `Das sind Schätzungen, denn nicht alle wurden ${f.years(ex.medianYearsToHipReplacement)} lang beobachtet. Manche bekamen vielleicht erst nach dem Ende ihrer Beobachtungszeit ein neues Hüftgelenk. Die Schätzung berücksichtigt das. Deshalb kommt die Schätzung für diese Zeit auf die Hälfte. Während der Studie zählte das Forschungsteam weniger: ${f.count(ex.hipReplacements)} von ${f.count(ex.people)} (${f.percent(ex.hipReplacements / ex.people)}).`;
  return {
    title: 'Bewegungstherapie könnte ein neues Hüftgelenk hinauszögern',
    lead: 'Haben Sie leichte bis mittelschwere Arthrose in der Hüfte? Dann könnte ein angeleitetes Übungsprogramm eine Hüftoperation hinauszögern.',
    sections: {
      intro: {
        heading: 'Arthrose in der Hüfte',
        body: [
          'Viele Menschen bekommen im Alter Arthrose. Ihre Gelenke werden dann steif.',
          'Arthrose in der Hüfte kann sehr wehtun. Dadurch können Sie sich schlechter bewegen.',
          'Man kann das kranke Gelenk durch ein künstliches Hüftgelenk ersetzen. Aber das ist eine große Operation mit Risiken. Und ein künstliches Gelenk kann sich mit der Zeit abnutzen.',
          'Darum warten die meisten Menschen so lange wie möglich mit dieser Operation.',
        ],
      },
      background: {
        heading: 'Bewegung bei Arthrose',
        body: [
          'Bewegungstherapie ist eine weitere Möglichkeit, Arthrose zu behandeln.',
          'Vielleicht haben Sie Angst, dass Bewegung Ihrer Hüfte noch mehr schadet. Doch Studien zeigen: Bewegung hilft bei Arthrose.',
          'Ihre Ärztin, Ihr Arzt oder Ihre Physiotherapiepraxis kann Ihnen sichere Übungen empfehlen.',
        ],
      },
      aim: {
        heading: 'Was wollte das Forschungsteam wissen?',
        body: [
          `Zuerst ging es in der Studie um Schmerzen: Wie stark waren sie ${f.months(t.originalMainOutcomeMonths)} nach dem Beginn? Diese Ergebnisse erschienen schon früher.`,
          'Später stellte das Forschungsteam eine neue Frage: Behalten Menschen mit Hüftarthrose ihre eigene Hüfte länger, wenn sie Bewegungstherapie machen?',
        ],
      },
      participants: {
        heading: 'Wer hat mitgemacht?',
        body: [
          `${f.count(t.people)} Menschen aus Norwegen haben mitgemacht. Sie waren zwischen ${f.count(t.youngestAge)} und ${f.years(t.oldestAge)} alt.`,
          `Sie kamen zwischen ${f.calendarYear(t.enrolledFromYear)} und ${f.calendarYear(t.enrolledToYear)} in die Studie.`,
          'Sie hatten leichte bis mittelschwere Beschwerden durch Hüftarthrose. Die Beschwerden waren noch nicht stark genug für ein neues Hüftgelenk.',
        ],
      },
      methods: {
        heading: 'Wie lief die Studie ab?',
        body: [
          `Per Zufall wurden die Menschen in zwei Gruppen eingeteilt: eine mit ${f.count(ex.people)} und eine mit ${f.count(ed.people)} Menschen.`,
          `Beide Gruppen besuchten ${f.count(t.educationSessions)} ${sessions} über Arthrose.`,
          `Die Gruppe mit Bewegungstherapie trainierte außerdem ${f.weeks(t.exerciseWeeks)} lang unter Anleitung. Sie übte ${f.count(t.exerciseSessionsPerWeekMin)}- bis ${f.count(t.exerciseSessionsPerWeekMax)}-mal pro Woche.`,
          'Die Übungen waren speziell für Hüftarthrose entwickelt. Sie sollten die Muskeln stärken und die Hüfte beweglicher machen.',
          'Die Gruppe ohne Bewegungstherapie besuchte nur die Schulungen.',
          `Jede Person wurde ${followUp} lang beobachtet, gerechnet ab ihrem Eintritt in die Studie. Am Telefon fragte das Forschungsteam, wer ein neues Hüftgelenk bekommen hatte, und wann.`,
        ],
      },
      results: {
        heading: 'Was hat die Studie gezeigt?',
        body: [
          'In der Gruppe mit Bewegungstherapie bekamen weniger Menschen ein neues Hüftgelenk.',
          `Jede Person wurde ${followUp} lang beobachtet. In dieser Zeit bekamen ${f.count(ex.hipReplacements)} von ${f.count(ex.people)} Menschen mit Bewegungstherapie ein neues Hüftgelenk. Das sind ${f.percent(ex.hipReplacements / ex.people)}.`,
          `Ohne Bewegungstherapie waren es ${f.count(ed.hipReplacements)} von ${f.count(ed.people)} Menschen. Das sind ${f.percent(ed.hipReplacements / ed.people)}.`,
          difference,
          `Mit Bewegungstherapie kam die Operation auch später. In der Gruppe mit Bewegungstherapie dauerte es schätzungsweise ${f.years(ex.medianYearsToHipReplacement)}, bis die Hälfte ein neues Hüftgelenk hatte. In der Gruppe ohne Bewegungstherapie waren es schätzungsweise ${f.years(ed.medianYearsToHipReplacement)}.`,
          estimateNote,
          'Bei Schmerzen und Steifheit gab es keinen Unterschied zwischen den Gruppen. Aber die Menschen mit Bewegungstherapie fanden, dass ihre Hüfte besser funktionierte.',
        ],
      },
      reliability: {
        heading: 'Wie sicher ist das Ergebnis?',
        body: [
          'Dies war eine randomisierte kontrollierte Studie. Der Zufall entschied, wer in welche Gruppe kam. So waren die Gruppen zu Beginn wahrscheinlich vergleichbar.',
          `Am Ende beantworteten ${f.percent(t.responseRateAtFollowUp)} der Menschen die Fragen. Es fehlen also nur wenige Angaben.`,
          `Aber es ist nur eine kleine Studie mit ${f.count(t.people)} Menschen in einem Land. Der wahre Unterschied kann kleiner oder größer sein.`,
          'Die Menschen wussten, in welcher Gruppe sie waren. Das kann die Ergebnisse beeinflusst haben.',
          'Die Studie war zuerst für eine Frage zu Schmerzen geplant. Die Frage nach dem neuen Hüftgelenk kam erst später dazu. Andere Studien müssen das Ergebnis noch bestätigen.',
          `Diese Ergebnisse sind nicht neu. Die Menschen kamen ${f.calendarYear(t.enrolledFromYear)} bis ${f.calendarYear(t.enrolledToYear)} in die Studie, und die Ergebnisse erschienen ${f.calendarYear(c.onlineYear)}.`,
        ],
      },
      professionals: {
        heading: 'Für Fachleute',
        toggle: 'Hazard Ratio, Kaplan-Meier-Schätzung, Studiendesign und Grenzen anzeigen',
        body: [
          `Hazard Ratio für einen Hüftgelenkersatz: ${f.ratio(p.hazardRatio)}. Das Konfidenzintervall (${f.percent(p.confidenceLevel)}) reicht von ${f.ratio(p.hazardRatioLower95)} bis ${f.ratio(p.hazardRatioUpper95)}.`,
          `Die Hazard Ratio vergleicht die Operationsrate der beiden Gruppen während der Nachbeobachtung, bei Menschen, die noch ihre eigene Hüfte hatten. Ein Wert unter ${f.count(p.hazardRatioNoDifference)} bedeutet: niedrigere Operationsrate mit Bewegungstherapie.`,
          `Das Konfidenzintervall zeigt, wie genau das Ergebnis ist. Werte von ${f.ratio(p.hazardRatioLower95)} bis ${f.ratio(p.hazardRatioUpper95)} passen zu den Daten. Die obere Grenze (${f.ratio(p.hazardRatioUpper95)}) liegt nahe bei ${f.count(p.hazardRatioNoDifference)}. Eine Hazard Ratio von ${f.count(p.hazardRatioNoDifference)} hieße: kein Unterschied.`,
          `Kaplan-Meier-Schätzung ${f.years(t.followUpYearsMax)} nach dem Studieneintritt: ${f.percent(p.ownHipAfterSixYearsExercise)} mit und ${f.percent(p.ownHipAfterSixYearsEducationOnly)} ohne Bewegungstherapie hatten noch ihre eigene Hüfte. Diese Methode nutzt die Daten jeder Person, solange sie beobachtet wurde.`,
          [
            `Design: randomisierte kontrollierte Studie mit zwei Gruppen (${f.count(ex.people)} und ${f.count(ed.people)} Menschen), Aufnahme von ${f.monthOfYear(t.enrolledFromYear, t.enrolledFromMonth)} bis ${f.monthOfYear(t.enrolledToYear, t.enrolledToMonth)}.`,
            `Hauptfrage der ursprünglichen Studie: selbst berichtete Schmerzen ${f.months(t.originalMainOutcomeMonths)} nach Beginn, früher veröffentlicht. Der Hüftgelenkersatz wurde erst in dieser späteren Nachbeobachtung untersucht.`,
            `Nachbeobachtung: ${followUp} pro Person, per Telefon. ${f.percent(t.responseRateAtFollowUp)} antworteten.`,
            'Keine Verblindung: Die Teilnehmenden kannten ihre Gruppe.',
            'Die Autoren nennen sie eine explanatorische Studie: Sie prüfte das Programm unter idealen Bedingungen, nicht im Alltag. Im Alltag könnte die Wirkung kleiner sein.',
          ],
          'Grenzen: nur eine kleine Studie in einem Land, ein breites Konfidenzintervall und keine Verblindung. Der Hüftgelenkersatz war eine spätere Frage. Das Ergebnis muss noch bestätigt werden.',
        ],
      },
      meaning: {
        heading: 'Was bedeutet das für mich?',
        body: [
          'Haben Sie leichte bis mittelschwere Beschwerden durch Hüftarthrose? Dann könnte ein angeleitetes Übungsprogramm wie in der Studie ein neues Hüftgelenk hinauszögern.',
          'Fragen Sie Ihre Ärztin oder Ihren Arzt nach einem passenden Übungsprogramm. Auch Physiotherapeutinnen und Physiotherapeuten beraten Sie dazu.',
          'Hilft das auch bei schwerer Hüftarthrose? Das weiß man noch nicht.',
        ],
      },
      source: {
        heading: 'Quelle',
        body: [
          'Dieser Text beruht auf einem flämischen Artikel über die Studie. In drei Punkten folgen wir der Studie selbst:',
          [
            `Der Artikel nennt ${f.years(t.article.reportedYearsToHipReplacementExercise)} als durchschnittliche Zeit bis zur Operation. Die Studie nennt geschätzte ${f.years(ex.medianYearsToHipReplacement)}, und das ist kein Durchschnitt. So lange dauerte es, bis die Hälfte der Gruppe mit Bewegungstherapie ein neues Hüftgelenk hatte.`,
            `Der Artikel zählt die Operationen so, als ob alle ${f.years(t.followUpYearsMax)} lang beobachtet worden wären. Tatsächlich wurde jede Person ${followUp} lang beobachtet.`,
            'Laut dem Artikel machten auch Menschen mit stärkerer Arthrose mit. Die Studie nahm nur Menschen mit leichten bis mittelschweren Beschwerden auf.',
          ],
        ],
      },
    },
    disclaimer:
      'Diese Informationen ersetzen keinen ärztlichen Rat. Haben Sie ein gesundheitliches Problem? Dann fragen Sie Ihre Ärztin oder Ihren Arzt.',
    labels: {
      colon: (label) => `${label}:`,
      source: 'Quelle',
      readStudy: 'Zur Studie (auf Englisch)',
      reference: (journal, year, volume, issue, pages) => `${journal} ${year};${volume}(${issue}):${pages}`,
      study: 'Die Studie',
      publishedOnline: (year) => `Online erschienen ${year}.`,
      registrations: 'Registrierung',
      trialRegistration: 'die Studie',
      followUpRegistration: 'die Langzeitbeobachtung',
      conductedBy: 'Durchgeführt von',
      corrections: 'Unterschiede zum Artikel',
    },
    charts: {
      // A soft hyphen: a narrow column header breaks as "Bewegungs-therapie", even where the browser has no German hyphenation.
      exercise: 'Mit Bewegungs\u00adtherapie',
      educationOnly: 'Ohne Bewegungs\u00adtherapie',
      bothGroups: `Beide Gruppen besuchten ${f.count(t.educationSessions)} ${sessions}. Die Gruppe mit Bewegungstherapie trainierte außerdem ${f.weeks(t.exerciseWeeks)} lang unter Anleitung.`,
      outOf: (count, total) => `${count} von ${total}`,
      timeFrame: `Jede Person wurde ${followUp} lang beobachtet.`,
      surgeryQuestion: 'Wie viele Menschen bekamen ein neues Hüftgelenk?',
      timeQuestion: 'Geschätzt: Wie lange dauerte es, bis die Hälfte jeder Gruppe ein neues Hüftgelenk hatte?',
      timeNote: 'Ein längerer Balken heißt: Die Operation kam später.',
      estimateNote,
      estimated: (years) => `${years} (geschätzt)`,
      difference,
      iconsQuestion: (per) => `Von je ${per} Menschen: Wie viele bekamen ein neues Hüftgelenk?`,
      iconsLabel: (group, outOf) => `${group}: ${outOf} Menschen bekamen ein neues Hüftgelenk.`,
      newHip: 'bekam ein neues Hüftgelenk',
      ownHip: 'hatte noch die eigene Hüfte',
      realCounts: (a, b) => `Tatsächliche Zahlen: ${a} mit Bewegungstherapie, ${b} ohne.`,
      groupSizes: (a, b) => `${a} Menschen mit Bewegungstherapie, ${b} ohne.`,
      group: 'Gruppe',
      outcome: 'Ergebnis',
      factBoxTitle: 'Bewegungstherapie bei Hüftarthrose: die Zahlen',
      rows: {
        surgery: 'Neues Hüftgelenk während der Studie',
        difference: 'Unterschied',
        time: 'Geschätzte Zeit, bis die Hälfte ein neues Hüftgelenk hatte',
        pain: 'Schmerzen',
        stiffness: 'Steifheit',
        hipFunction: 'Wie gut die Hüfte funktioniert, nach eigener Einschätzung',
      },
      noDifference: 'Kein Unterschied',
      better: 'Besser',
      lessGood: 'Weniger gut',
      studied: `${f.count(t.people)} Menschen in Norwegen, ${f.count(t.youngestAge)} bis ${f.years(t.oldestAge)} alt, mit leichter bis mittelschwerer Hüftarthrose.`,
      filledIcon: 'Ausgefüllte Figur:',
      outlinedIcon: 'Leere Figur:',
    },
  };
});

/** German; in Switzerland (de-CH) without ß, which Swiss Standard German writes as ss ("gross", "Fuss"). */
export const de: Catalog = (context, region) =>
  region === 'CH' ? respell(german(context, region), (text) => text.replace(/ß/g, 'ss')) : german(context, region);

import { catalog } from '../types.js';

/**
 * German, plain language (B1), formal "Sie", faithful to the study (see TRIAL-FACTS.md).
 * Figures stand where German grammar keeps the unit in the nominative ("5,4 Jahre").
 */
export const de = catalog({}, {}, ({ trial: t, f }) => {
  const ex = t.exercise;
  const ed = t.educationOnly;
  const followUp = `${f.decimal(t.followUpYearsMin)} bis ${f.years(t.followUpYearsMax)}`;
  return {
    title: 'Bewegungstherapie kann ein neues Hüftgelenk hinauszögern',
    lead: 'Haben Sie leichte bis mittelschwere Arthrose in der Hüfte? Dann kann Bewegungstherapie helfen, eine Hüftoperation hinauszuschieben.',
    sections: {
      intro: {
        heading: 'Arthrose in der Hüfte',
        body: [
          'Viele Menschen bekommen im Alter Arthrose. Ihre Gelenke werden dann steif.',
          'Arthrose in der Hüfte kann sehr wehtun. Dadurch können Sie sich schlechter bewegen.',
          'Man kann das kranke Gelenk durch ein künstliches Hüftgelenk ersetzen. Aber das ist eine große Operation, mit Risiken. Und ein künstliches Gelenk kann sich mit der Zeit abnutzen.',
          'Darum warten die meisten Menschen so lange wie möglich mit dieser Operation.',
        ],
      },
      background: {
        heading: 'Bewegung bei Arthrose',
        body: [
          'Bewegungstherapie ist ein anderer Weg, Arthrose zu behandeln.',
          'Vielleicht haben Sie Angst, dass Bewegung Ihrer Hüfte noch mehr schadet. Aber Studien zeigen: Bewegung hilft gerade bei Arthrose.',
          'Ihr Arzt oder Physiotherapeut kann Ihnen sichere Übungen empfehlen.',
        ],
      },
      aim: {
        heading: 'Was wollten die Forscher wissen?',
        body: [
          'Behalten Menschen mit Hüftarthrose ihre eigene Hüfte länger, wenn sie Übungen machen? Das wollten die Forscher wissen.',
        ],
      },
      participants: {
        heading: 'Wer hat mitgemacht?',
        body: [
          `${f.count(t.people)} Menschen aus Norwegen haben mitgemacht. Sie waren zwischen ${f.count(t.youngestAge)} und ${f.years(t.oldestAge)} alt.`,
          `Sie kamen zwischen ${f.calendarYear(t.enrolledFromYear)} und ${f.calendarYear(t.enrolledToYear)} in die Studie.`,
          'Sie hatten leichte bis mittelschwere Beschwerden durch Hüftarthrose. Die Beschwerden waren noch nicht schlimm genug für ein neues Hüftgelenk.',
        ],
      },
      methods: {
        heading: 'Wie lief die Studie ab?',
        body: [
          `Der Zufall teilte die Menschen in zwei Gruppen ein: eine mit ${f.count(ex.people)} und eine mit ${f.count(ed.people)} Menschen.`,
          `Beide Gruppen bekamen ${f.count(t.educationSessions)} Informationstreffen über Arthrose.`,
          `Die erste Gruppe machte außerdem ${f.weeks(t.exerciseWeeks)} lang Übungen. Sie übten ${f.count(t.exerciseSessionsPerWeekMin)}- bis ${f.count(t.exerciseSessionsPerWeekMax)}-mal pro Woche unter Anleitung.`,
          'Die Übungen waren speziell für Hüftarthrose gemacht. Sie sollten die Muskeln stärken und die Hüfte beweglicher machen.',
          'Die zweite Gruppe bekam nur die Informationstreffen.',
          `Die Forscher beobachteten alle Teilnehmenden ${followUp} ab Studienbeginn. Das hing davon ab, wann jemand dazukam. Sie schauten, wer ein neues Hüftgelenk bekam, und wann.`,
        ],
      },
      results: {
        heading: 'Was hat die Studie gezeigt?',
        body: [
          'Mit Übungen brauchten weniger Menschen ein neues Hüftgelenk.',
          `Während der Studie (${followUp}) bekamen ${f.count(ex.hipReplacements)} von ${f.count(ex.people)} Menschen mit Übungen ein neues Hüftgelenk. Das sind ${f.percent(ex.hipReplacements / ex.people)}.`,
          `Ohne Übungen waren es ${f.count(ed.hipReplacements)} von ${f.count(ed.people)} Menschen. Das sind ${f.percent(ed.hipReplacements / ed.people)}.`,
          `Mit Übungen kam die Operation auch später. Es dauerte ${f.years(ex.medianYearsToHipReplacement)}, bis die Hälfte der Übungsgruppe ein neues Hüftgelenk hatte. Ohne Übungen dauerte es nur ${f.years(ed.medianYearsToHipReplacement)}.`,
          'Bei Schmerzen und Steifheit gab es keinen Unterschied zwischen den Gruppen. Aber die Menschen mit Übungen fanden, dass ihre Hüfte besser funktionierte.',
        ],
      },
      reliability: {
        heading: 'Wie verlässlich ist das?',
        body: [
          'Dies war eine randomisierte kontrollierte Studie. Der Zufall entschied, wer in welche Gruppe kam.',
          'So eine Studie ist der beste Weg, um zu zeigen, dass eine Behandlung wirkt.',
          'Die Ergebnisse sind also verlässlich für Menschen wie in dieser Studie.',
        ],
      },
      meaning: {
        heading: 'Was bedeutet das für mich?',
        body: [
          'Haben Sie leichte bis mittelschwere Beschwerden durch Hüftarthrose? Dann kann ein Übungsprogramm helfen, ein neues Hüftgelenk hinauszuzögern.',
          'Fragen Sie Ihren Arzt oder Physiotherapeuten nach einem passenden Übungsprogramm.',
          'Hilft das auch bei schwerer Hüftarthrose? Das weiß man noch nicht.',
        ],
      },
      source: {
        heading: 'Quelle',
        body: [
          'Dieser Text beruht auf einem flämischen Artikel über die Studie. In drei Punkten folgen wir der Studie selbst:',
          [
            `Der Artikel nennt ${f.years(t.article.reportedYearsToHipReplacementExercise)} als Zeit bis zur Operation. Die Studie nennt ${f.years(ex.medianYearsToHipReplacement)}: Dann hatte die Hälfte der Übungsgruppe ein neues Hüftgelenk.`,
            `Der Artikel zählt die Operationen so, als ob alle Teilnehmenden ${f.years(t.followUpYearsMax)} lang beobachtet worden wären. Tatsächlich beobachtete die Studie die Menschen ${followUp} lang.`,
            'Laut dem Artikel machten auch Menschen mit stärkerer Arthrose mit. Die Studie nahm nur Menschen mit leichten bis mittelschweren Beschwerden auf.',
          ],
        ],
      },
    },
    disclaimer:
      'Diese Informationen ersetzen keinen ärztlichen Rat. Haben Sie ein gesundheitliches Problem? Dann fragen Sie Ihren Arzt.',
    labels: {
      source: 'Quelle',
      study: 'Die Studie',
      publishedOnline: (year) => `Online erschienen ${year}.`,
      registrations: 'Registrierung',
      trialRegistration: 'die Studie',
      followUpRegistration: 'die Langzeitbeobachtung',
      conductedBy: 'Durchgeführt von',
      corrections: 'Unterschiede zum Artikel',
    },
    charts: {
      exercise: 'Mit Übungen',
      educationOnly: 'Ohne Übungen',
      exerciseColumn: 'Übungen und Informationstreffen',
      educationOnlyColumn: 'Nur Informationstreffen',
      outOf: (count, total) => `${count} von ${total}`,
      timeFrame: `Während der Studie (${followUp}).`,
      surgeryQuestion: 'Wie viele Menschen bekamen ein neues Hüftgelenk?',
      timeQuestion: 'Wie lange dauerte es, bis die Hälfte der Gruppe ein neues Hüftgelenk hatte?',
      timeNote: 'Ein längerer Balken heißt: Die Operation kam später.',
      iconsQuestion: (per) => `Von je ${per} Menschen: Wie viele bekamen ein neues Hüftgelenk?`,
      iconsLabel: (group, outOf) => `${group}: ${outOf} Menschen bekamen ein neues Hüftgelenk.`,
      newHip: 'bekam ein neues Hüftgelenk',
      ownHip: 'hatte noch die eigene Hüfte',
      realCounts: (a, b) => `Echte Zahlen: ${a} mit Übungen, ${b} ohne.`,
      groupSizes: (a, b) => `${a} Menschen mit Übungen, ${b} ohne.`,
      group: 'Gruppe',
      outcome: 'Ergebnis',
      factBoxTitle: 'Übungen bei Hüftarthrose: die Zahlen',
      rows: {
        surgery: 'Neues Hüftgelenk während der Studie',
        time: 'Zeit, bis die Hälfte ein neues Hüftgelenk hatte',
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

import { expect } from '@open-wc/testing';
import { citation, fewerPer100WithExercise, per100WithHipReplacement, shareWithHipReplacement, trial } from '../src/trial/facts.js';
import { intlFormatters } from '../src/i18n/intl-format.js';

describe('facts', () => {
  it('holds the verified counts', () => {
    expect(trial.people).to.equal(trial.exercise.people + trial.educationOnly.people);
    expect([trial.exercise.hipReplacements, trial.exercise.people]).to.deep.equal([22, 55]);
    expect([trial.educationOnly.hipReplacements, trial.educationOnly.people]).to.deep.equal([31, 54]);
    expect(trial.exercise.medianYearsToHipReplacement).to.equal(5.4);
    expect(trial.educationOnly.medianYearsToHipReplacement).to.equal(3.5);
  });

  it('computes shares and per-100 values from the counts', () => {
    expect(shareWithHipReplacement(trial.exercise)).to.be.closeTo(0.4, 1e-9);
    expect(per100WithHipReplacement(trial.exercise)).to.equal(40);
    expect(per100WithHipReplacement(trial.educationOnly)).to.equal(57);
  });

  it('computes the absolute difference from the counts: 31/54 − 22/55 = 0.174, about 17 in 100', () => {
    expect(fewerPer100WithExercise()).to.equal(17);
  });

  it('holds the verified design facts', () => {
    expect(trial.responseRateAtFollowUp).to.equal(0.94);
    expect(trial.originalMainOutcomeMonths).to.equal(16);
    expect([trial.enrolledFromYear, trial.enrolledFromMonth, trial.enrolledToYear, trial.enrolledToMonth]).to.deep.equal([2005, 4, 2007, 10]);
    expect(trial.professional).to.include({ hazardRatio: 0.56, hazardRatioLower95: 0.32, hazardRatioUpper95: 0.96, confidenceLevel: 0.95 });
  });

  it('is frozen, deep down', () => {
    expect(Object.isFrozen(trial)).to.equal(true);
    expect(Object.isFrozen(trial.exercise)).to.equal(true);
    expect(Object.isFrozen(citation.authors)).to.equal(true);
    expect(() => {
      (trial.exercise as { hipReplacements: number }).hipReplacements = 1;
    }).to.throw(TypeError);
  });
});

// How the build formats figures with Intl (scripts/texts.mjs runs these in Node); the elements'
// output in each locale is checked in i18n, charts and honest-numbers, and the finished content in figures.test.ts.
describe('formatters', () => {
  it('formats Dutch the Dutch way', () => {
    const f = intlFormatters('nl-BE');
    expect(f.decimal(3.5)).to.equal('3,5');
    // A number and its unit are bound by a no-break space: they never part at a line end.
    expect(f.years(5.4)).to.equal('5,4\u00a0jaar');
    expect(f.weeks(12)).to.equal('12\u00a0weken');
    expect(f.months(16)).to.equal('16\u00a0maanden');
    expect(f.ratio(0.56)).to.equal('0,56');
    expect(f.monthOfYear(2005, 4)).to.equal('april 2005');
    expect(f.percent(22 / 55)).to.equal('40%');
    expect(f.percent(31 / 54)).to.equal('57%');
    expect(f.calendarYear(2005)).to.equal('2005');
    expect(f.count(1000)).to.equal('1.000');
  });

  for (const [tag, years, ratio, month] of [
    ['fr', '5,4\u00a0ans', '0,56', 'octobre 2007'],
    ['de', '5,4\u00a0Jahre', '0,56', 'Oktober 2007'],
    ['en-GB', '5.4\u00a0years', '0.56', 'October 2007'],
  ]) {
    it(`formats ${tag} figures with the unit bound to the number`, () => {
      const f = intlFormatters(tag);
      expect(f.years(5.4)).to.equal(years);
      expect(f.ratio(0.56)).to.equal(ratio);
      expect(f.monthOfYear(2007, 10)).to.equal(month);
    });
  }
});

import { expect } from '@open-wc/testing';
import { citation, per100WithHipReplacement, shareWithHipReplacement, trial } from '../src/trial/facts.js';
import { formatters } from '../src/i18n/format.js';

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

  it('is frozen, deep down', () => {
    expect(Object.isFrozen(trial)).to.equal(true);
    expect(Object.isFrozen(trial.exercise)).to.equal(true);
    expect(Object.isFrozen(citation.authors)).to.equal(true);
    expect(() => {
      (trial.exercise as { hipReplacements: number }).hipReplacements = 1;
    }).to.throw(TypeError);
  });
});

describe('formatters', () => {
  it('formats Dutch the Dutch way', () => {
    const f = formatters('nl-BE');
    expect(f.decimal(3.5)).to.equal('3,5');
    expect(f.years(5.4)).to.equal('5,4 jaar');
    expect(f.weeks(12)).to.equal('12 weken');
    expect(f.percent(22 / 55)).to.equal('40%');
    expect(f.percent(31 / 54)).to.equal('57%');
    expect(f.calendarYear(2005)).to.equal('2005');
    expect(f.count(1000)).to.equal('1.000');
  });

  it('builds each locale once', () => {
    expect(formatters('nl-BE')).to.equal(formatters('nl-BE'));
  });
});

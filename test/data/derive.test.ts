import '../setup.js';
import { expect } from '@open-wc/testing';
import {
  dateRange,
  dateSpan,
  DEFAULT_LANGUAGE,
  endOf,
  evaluationForYear,
  isOverdue,
  kpiProgress,
  latestEvaluation,
  levelFor,
  localize,
  localizeTagged,
  previousEvaluation,
  quickWinProgress,
  scoreChange,
  scoreDigits,
  scoreFractionDigits,
  sortEvaluations,
  startOf,
} from '../../src/data/derive.js';
import type { Evaluation, Kpi, Level } from '../../src/data/schema.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => void) => void;

describe('localizeTagged', () => {
  it('names the language a text must be marked with only when it is another than the one asked', () => {
    const other = (text: Parameters<typeof localizeTagged>[0], language: string) =>
      localizeTagged(text, language).other;
    expect(other({ id: 'Pasar', en: 'Market' }, 'en')).to.equal(undefined);
    expect(other({ en: 'Market' }, 'en-GB')).to.equal(undefined);
    expect(other({ 'EN-gb': 'Market' }, 'en-gb')).to.equal(undefined);
    expect(other({ ID: 'Pasar' }, 'id')).to.equal(undefined);
    expect(other('Pasar', 'en')).to.equal(undefined);
    // Only Indonesian, or only a third language, on an English page.
    expect(other({ id: 'Pasar' }, 'en')).to.equal('id');
    expect(other({ fr: 'Marché' }, 'en')).to.equal('fr');
    expect(localizeTagged({ fr: 'Marché' }, 'en')).to.deep.include({ text: 'Marché', lang: 'fr' });
  });
});

describe('localize', () => {
  const text = { id: 'Kota Bekasi', en: 'Bekasi City', 'en-GB': 'Bekasi City (GB)' };

  it('uses the exact tag', () => {
    expect(localize(text, 'en-GB')).to.equal('Bekasi City (GB)');
    expect(localize(text, 'en')).to.equal('Bekasi City');
    expect(localize(text, 'id')).to.equal('Kota Bekasi');
  });

  it('matches tags case-insensitively', () => {
    expect(localize(text, 'EN-gb')).to.equal('Bekasi City (GB)');
    expect(localize(text, 'EN')).to.equal('Bekasi City');
    expect(localize({ ID: 'Kota', EN: 'City' }, 'en')).to.equal('City');
  });

  it('prefers the exact tag wherever it comes in the object', () => {
    expect(localize({ en: 'City', 'en-gb': 'City (GB)' }, 'en-GB')).to.equal('City (GB)');
  });

  it('falls back to the base language', () => {
    expect(localize(text, 'en-AU')).to.equal('Bekasi City');
    expect(localize({ id: 'Kota', en: 'City' }, 'en-GB')).to.equal('City');
    expect(localize({ id: 'Kota', jv: 'Kutha' }, 'jv-Latn-ID')).to.equal('Kutha');
  });

  it('does not treat a regional variant as the base language', () => {
    // Wanted "en": "en-GB" is not "en", so the default language comes first.
    expect(localize({ 'en-GB': 'City (GB)', id: 'Kota' }, 'en')).to.equal('Kota');
  });

  it('falls back to Indonesian, then to the first translation', () => {
    expect(DEFAULT_LANGUAGE).to.equal('id');
    expect(localize(text, 'fr')).to.equal('Kota Bekasi');
    expect(localize({ en: 'City', id: 'Kota' }, 'fr')).to.equal('Kota');
    expect(localize({ en: 'City', ms: 'Bandar' }, 'fr')).to.equal('City');
  });

  it('returns a plain string as it is, in every language', () => {
    expect(localize('Jawa Barat', 'en')).to.equal('Jawa Barat');
    expect(localize('Jawa Barat', 'id')).to.equal('Jawa Barat');
  });

  it('returns an empty string for no text', () => {
    expect(localize(undefined, 'en')).to.equal('');
  });

  it('returns an empty translation as it is rather than falling back', () => {
    expect(localize({ id: 'Kota', en: '' }, 'en')).to.equal('');
  });
});

describe('evaluations', () => {
  const evaluation = (year: number, score?: number): Evaluation =>
    score === undefined ? { year } : { year, overall: { score } };
  const evaluations = [
    evaluation(2023, 3.42),
    evaluation(2021),
    evaluation(2024, 3.6),
    evaluation(2022, 3.21),
  ];

  it('sortEvaluations orders oldest first without changing its input', () => {
    const before = evaluations.map((item) => item.year);
    expect(sortEvaluations(evaluations).map((item) => item.year)).to.deep.equal([2021, 2022, 2023, 2024]);
    expect(evaluations.map((item) => item.year)).to.deep.equal(before);
  });

  it('latestEvaluation finds the highest year in any order', () => {
    expect(latestEvaluation(evaluations)?.year).to.equal(2024);
    expect(latestEvaluation([])).to.equal(undefined);
    expect(latestEvaluation(undefined)).to.equal(undefined);
  });

  it('previousEvaluation finds the closest year before', () => {
    expect(previousEvaluation(evaluations, 2024)?.year).to.equal(2023);
    expect(previousEvaluation(evaluations, 2023)?.year).to.equal(2022);
    expect(previousEvaluation(evaluations, 2021)).to.equal(undefined);
    expect(previousEvaluation(evaluations, 2030)?.year).to.equal(2024);
    expect(previousEvaluation([evaluation(2019), evaluation(2024)], 2024)?.year).to.equal(2019);
    expect(previousEvaluation(undefined, 2024)).to.equal(undefined);
  });

  it('evaluationForYear finds the year asked for, else the latest', () => {
    expect(evaluationForYear(evaluations, 2022)?.overall?.score).to.equal(3.21);
    expect(evaluationForYear(evaluations)?.year).to.equal(2024);
    expect(evaluationForYear(evaluations, 2030)).to.equal(undefined);
    expect(evaluationForYear(undefined, 2022)).to.equal(undefined);
    expect(evaluationForYear(undefined)).to.equal(undefined);
  });
});

describe('scoreChange', () => {
  it('rounds to the precision shown', () => {
    expect(scoreChange(3.6, 3.35, 2023)).to.deep.equal({ delta: 0.25, direction: 'up', previousYear: 2023 });
    expect(scoreChange(3.2, 3.3, 2022)).to.deep.equal({ delta: -0.1, direction: 'down', previousYear: 2022 });
    expect(scoreChange(3.42, 3.21, 2022)?.delta).to.equal(0.21);
  });

  it("says 'same' for no change and for a change that rounds to zero", () => {
    expect(scoreChange(3.6, 3.6, 2023)).to.deep.equal({ delta: 0, direction: 'same', previousYear: 2023 });
    expect(scoreChange(3.604, 3.6, 2023)?.direction).to.equal('same');
    expect(scoreChange(3.6, 3.604, 2023)?.direction).to.equal('same');
    expect(scoreChange(3.6, 3.604, 2023)?.delta).to.equal(0);
  });

  it('uses the given number of digits', () => {
    expect(scoreChange(63.7, 58.4, 2024, 1)).to.deep.equal({
      delta: 5.3,
      direction: 'up',
      previousYear: 2024,
    });
    expect(scoreChange(72, 60, 2024, 0)?.delta).to.equal(12);
  });

  it('is undefined when either side is missing; zero is a score', () => {
    expect(scoreChange(undefined, 3.3, 2022)).to.equal(undefined);
    expect(scoreChange(3.3, undefined, 2022)).to.equal(undefined);
    expect(scoreChange(0, 1, 2022)).to.deep.equal({ delta: -1, direction: 'down', previousYear: 2022 });
    expect(scoreChange(1, 0, 2022)?.direction).to.equal('up');
  });
});

describe('levelFor', () => {
  const levels: Level[] = [
    { min: 2.5, label: 'Baik' },
    { min: 3.5, label: 'Sangat baik' },
    { min: 0, label: 'Kurang' },
  ];

  it('takes the highest min at or below the score, in any order', () => {
    expect(levelFor(3.5, levels)?.label).to.equal('Sangat baik');
    expect(levelFor(4, levels)?.label).to.equal('Sangat baik');
    expect(levelFor(3.49, levels)?.label).to.equal('Baik');
    expect(levelFor(2.5, levels)?.label).to.equal('Baik');
    expect(levelFor(0, levels)?.label).to.equal('Kurang');
  });

  it('is undefined below every band, without a score or without levels', () => {
    expect(levelFor(-0.1, levels)).to.equal(undefined);
    expect(levelFor(undefined, levels)).to.equal(undefined);
    expect(levelFor(3, undefined)).to.equal(undefined);
    expect(levelFor(3, [])).to.equal(undefined);
  });
});

describe('scoreDigits', () => {
  it('counts the places of element and aspect scores too', () => {
    const evaluation = {
      year: 2024,
      overall: { score: 70 },
      aspects: [{ id: 'baseline', score: 66.5 }],
      dimensions: [{ dimension: 'a', score: 72, elements: [{ element: 'x', score: 72.25 }] }],
    };
    expect(scoreDigits({ min: 0, max: 100 }, [evaluation])).to.deep.equal({ score: 2, max: 0 });
    expect(scoreDigits({ min: 0, max: 100 }, [{ ...evaluation, dimensions: [] }])).to.deep.equal({
      score: 1,
      max: 0,
    });
    expect(scoreDigits({ min: 1, max: 5 }, [{ year: 2024, overall: { score: 4 } }])).to.deep.equal({
      score: 0,
      max: 0,
    });
    expect(scoreDigits({ min: 0, max: 4 }, [{ year: 2024, overall: { score: 3 } }])).to.deep.equal({
      score: 2,
      max: 2,
    });
  });
});

describe('scoreFractionDigits', () => {
  it('two on the 0–4 scale', () => {
    expect(scoreFractionDigits({ min: 0, max: 4 })).to.equal(2);
    expect(scoreFractionDigits({ min: 0, max: 4 }, [3.6, 3])).to.equal(2);
  });

  it("the data's own precision on other scales, narrow ones too, at most two", () => {
    // data-format: "two decimals on a 0–4 scale; on other scales, the data's own precision".
    expect(scoreFractionDigits({ min: 1, max: 5 }, [3, 4])).to.equal(0);
    expect(scoreFractionDigits({ min: 0, max: 5 }, [3.5, 4])).to.equal(1);
    expect(scoreFractionDigits({ min: 0, max: 100 }, [72, undefined, 60])).to.equal(0);
    expect(scoreFractionDigits({ min: 0, max: 100 }, [72.5, 60])).to.equal(1);
    expect(scoreFractionDigits({ min: 0, max: 100 }, [60, 70])).to.equal(0);
    expect(scoreFractionDigits({ min: 0, max: 100 }, [60.25, 70.5])).to.equal(2);
    expect(scoreFractionDigits({ min: 0, max: 100 }, [1.2345])).to.equal(2);
    expect(scoreFractionDigits({ min: 0, max: 100 })).to.equal(0);
  });
});

describe('dateRange', () => {
  it('hands out fresh dates: changing one never changes the next answer', () => {
    dateRange('2024-02').start.setFullYear(1999);
    expect(dateRange('2024-02').start.getFullYear()).to.equal(2024);
  });

  it('stays right past its cache of 10,000 dates', () => {
    for (let day = 0; day < 12_000; day += 1)
      dateRange(`${1900 + Math.floor(day / 365)}-01-${String((day % 28) + 1).padStart(2, '0')}`);
    expect(dateRange('2023-09').end.getTime()).to.equal(new Date(2023, 9, 1).getTime() - 1);
  });

  const lastMs = (year: number, monthIndex: number, day: number) =>
    new Date(year, monthIndex, day, 23, 59, 59, 999);

  it('a year is all of that year', () => {
    const range = dateRange('2023');
    expect(range.start.getTime()).to.equal(new Date(2023, 0, 1).getTime());
    expect(range.end.getTime()).to.equal(lastMs(2023, 11, 31).getTime());
    expect(range.end.getTime() + 1).to.equal(new Date(2024, 0, 1).getTime());
  });

  it('a month is all of that month', () => {
    const range = dateRange('2023-09');
    expect(range.start.getTime()).to.equal(new Date(2023, 8, 1).getTime());
    expect(range.end.getTime()).to.equal(lastMs(2023, 8, 30).getTime());
    expect(range.end.getTime() + 1).to.equal(new Date(2023, 9, 1).getTime());
  });

  it('December ends on the 31st of that year', () => {
    expect(dateRange('2023-12').end.getTime()).to.equal(lastMs(2023, 11, 31).getTime());
  });

  it('February knows leap years', () => {
    expect(dateRange('2024-02').end.getTime()).to.equal(lastMs(2024, 1, 29).getTime());
    expect(dateRange('2023-02').end.getTime()).to.equal(lastMs(2023, 1, 28).getTime());
  });

  it('a day is that whole day', () => {
    const range = dateRange('2023-09-30');
    expect(range.start.getTime()).to.equal(new Date(2023, 8, 30).getTime());
    expect(range.end.getTime()).to.equal(lastMs(2023, 8, 30).getTime());
    expect(dateRange('2024-02-29').end.getTime()).to.equal(lastMs(2024, 1, 29).getTime());
  });

  it('dateSpan gives the same ends in milliseconds, one frozen answer per date', () => {
    for (const date of ['2023', '2023-09', '2024-02-29', '1899-12']) {
      const span = dateSpan(date);
      expect([span.start, span.end]).to.deep.equal([
        dateRange(date).start.getTime(),
        dateRange(date).end.getTime(),
      ]);
      expect(dateSpan(date)).to.equal(span);
      expect(Object.isFrozen(span)).to.equal(true);
    }
  });

  it('startOf and endOf are the two ends', () => {
    expect(startOf('2023-09').getTime()).to.equal(new Date(2023, 8, 1).getTime());
    expect(endOf('2023-09').getTime()).to.equal(lastMs(2023, 8, 30).getTime());
  });
});

describe('isOverdue', () => {
  it('past due and not completed is overdue', () => {
    const today = new Date(2025, 0, 15);
    for (const status of ['planned', 'in_progress', 'on_hold'] as const) {
      expect(isOverdue({ status, due: '2024-12-31' }, today), status).to.equal(true);
      expect(isOverdue({ status, end: '2024' }, today), status).to.equal(true);
    }
  });

  it('completed or cancelled is never overdue', () => {
    const today = new Date(2030, 0, 1);
    for (const status of ['completed', 'cancelled'] as const) {
      expect(isOverdue({ status, due: '2020' }, today), status).to.equal(false);
      expect(isOverdue({ status, end: '2020-01-01' }, today), status).to.equal(false);
    }
  });

  it('no deadline is never overdue', () => {
    expect(isOverdue({ status: 'in_progress' }, new Date(2100, 0, 1))).to.equal(false);
  });

  it('a partial due date is overdue only after its whole period', () => {
    const item = { status: 'in_progress' as const, due: '2023-09' };
    expect(isOverdue(item, new Date(2023, 8, 1))).to.equal(false);
    expect(isOverdue(item, new Date(2023, 8, 30, 23, 59, 59, 999))).to.equal(false);
    expect(isOverdue(item, new Date(2023, 9, 1))).to.equal(true);
    expect(isOverdue({ status: 'planned', end: '2023' }, new Date(2023, 11, 31, 12))).to.equal(false);
    expect(isOverdue({ status: 'planned', end: '2023' }, new Date(2024, 0, 1))).to.equal(true);
    expect(isOverdue({ status: 'planned', due: '2023-09-30' }, new Date(2023, 8, 30, 18))).to.equal(false);
    expect(isOverdue({ status: 'planned', due: '2023-09-30' }, new Date(2023, 9, 1))).to.equal(true);
  });

  it('a due date wins over an end date', () => {
    const today = new Date(2025, 5, 1);
    expect(isOverdue({ status: 'in_progress', end: '2020', due: '2030' }, today)).to.equal(false);
    expect(isOverdue({ status: 'in_progress', end: '2030', due: '2020' }, today)).to.equal(true);
  });

  it('defaults to now', () => {
    expect(isOverdue({ status: 'in_progress', due: '2000' })).to.equal(true);
    expect(isOverdue({ status: 'in_progress', due: '2199' })).to.equal(false);
  });
});

describe('kpiProgress', () => {
  const kpi = (fields: Partial<Kpi>): Kpi => ({ name: 'KPI', baseline: 0, target: 1000, ...fields });

  it('an increasing KPI: share of the way from baseline to target', () => {
    expect(kpiProgress(kpi({ direction: 'increase', actual: 968 }))).to.be.closeTo(96.8, 1e-9);
    expect(kpiProgress(kpi({ direction: 'increase', actual: 318 }))).to.be.closeTo(31.8, 1e-9);
    expect(kpiProgress(kpi({ baseline: 200, target: 400, actual: 300 }))).to.be.closeTo(50, 1e-9);
  });

  it('a decreasing KPI: done when it falls to its target', () => {
    const days = kpi({ direction: 'decrease', baseline: 14, target: 3, actual: 5 });
    expect(kpiProgress(days)).to.be.closeTo(((14 - 5) / (14 - 3)) * 100, 1e-9);
    expect(kpiProgress(days)).to.be.closeTo(81.818, 1e-3);
    expect(kpiProgress({ ...days, actual: 3 })).to.equal(100);
    expect(kpiProgress({ ...days, actual: 14 })).to.equal(0);
  });

  it('infers the direction from baseline and target', () => {
    expect(kpiProgress(kpi({ baseline: 14, target: 3, actual: 5 }))).to.be.closeTo(81.818, 1e-3);
    expect(kpiProgress(kpi({ actual: 500 }))).to.be.closeTo(50, 1e-9);
  });

  it('is clamped to 0–100 (overshoot and going backwards)', () => {
    expect(kpiProgress(kpi({ direction: 'increase', actual: 1200 }))).to.equal(100);
    expect(kpiProgress(kpi({ direction: 'increase', actual: -50 }))).to.equal(0);
    expect(kpiProgress(kpi({ direction: 'decrease', baseline: 14, target: 3, actual: 1 }))).to.equal(100);
    expect(kpiProgress(kpi({ direction: 'decrease', baseline: 14, target: 3, actual: 20 }))).to.equal(0);
  });

  it('a target equal to the baseline is met (100) or not (0), in its direction', () => {
    const uptime = kpi({ direction: 'increase', baseline: 100, target: 100 });
    expect(kpiProgress({ ...uptime, actual: 100 })).to.equal(100);
    expect(kpiProgress({ ...uptime, actual: 99.5 })).to.equal(0);
    const cases = kpi({ direction: 'decrease', baseline: 0, target: 0 });
    expect(kpiProgress({ ...cases, actual: 0 })).to.equal(100);
    expect(kpiProgress({ ...cases, actual: 2 })).to.equal(0);
    expect(kpiProgress(kpi({ baseline: 5, target: 5, actual: 5 }))).to.equal(100);
    expect(kpiProgress(kpi({ baseline: 5, target: 5 }))).to.equal(undefined);
  });

  it('without a direction, a target equal to the baseline is met by the target alone', () => {
    // "Keep data leaks at 0": 7 leaks is not done, nor is 99 % against "keep 100 % uptime".
    expect(kpiProgress(kpi({ baseline: 0, target: 0, actual: 7 }))).to.equal(0);
    expect(kpiProgress(kpi({ baseline: 0, target: 0, actual: 0 }))).to.equal(100);
    expect(kpiProgress(kpi({ baseline: 100, target: 100, actual: 99 }))).to.equal(0);
    expect(kpiProgress(kpi({ baseline: 100, target: 100, actual: 101 }))).to.equal(0);
  });

  it('is undefined without an actual value', () => {
    expect(kpiProgress(kpi({ direction: 'increase' }))).to.equal(undefined);
  });
});

describe('quickWinProgress', () => {
  const wifi: Kpi = { name: 'Wi-Fi', direction: 'increase', baseline: 0, target: 1000, actual: 968 };

  it('prefers the stated progress, even zero', () => {
    expect(quickWinProgress({ progress: 40, kpi: wifi })).to.equal(40);
    expect(quickWinProgress({ progress: 0, kpi: wifi })).to.equal(0);
  });

  it("falls back to the KPI's progress", () => {
    expect(quickWinProgress({ kpi: wifi })).to.be.closeTo(96.8, 1e-9);
  });

  it('is undefined with neither', () => {
    expect(quickWinProgress({})).to.equal(undefined);
    expect(quickWinProgress({ kpi: { ...wifi, actual: undefined } })).to.equal(undefined);
  });
});

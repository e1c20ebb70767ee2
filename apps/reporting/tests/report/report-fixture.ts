import { buildReport } from '../../src/report/build.ts';
import type { CouncilReport } from '../../src/report/model.ts';
import { answers2021, emptyAnswers, PERSONAL_REFERENCE, REFERENCE } from './fixtures.ts';

/** The report of the recorded 2021 answers; compared with a 2020 that has data when `compare`. */
export function report2021({ personalData = false, compare = false } = {}): CouncilReport {
  return buildReport({
    period: { from: '2021-01-01', to: '2021-12-31' },
    previousPeriod: { from: '2020-01-01', to: '2020-12-31' },
    grain: 'QUARTER',
    byArea: true,
    generatedAt: new Date('2026-01-15T08:00:00Z'),
    answers: {
      reference: personalData ? PERSONAL_REFERENCE : REFERENCE,
      current: answers2021(),
      previous: compare ? shiftedTo2020() : emptyAnswers(),
    },
  });
}

/** The 2021 answers as if they were 2020's, every count a little lower. */
function shiftedTo2020() {
  const text = JSON.stringify(answers2021()).replaceAll('2021-', '2020-');
  return JSON.parse(
    text.replace(/"value":(\d+)/g, (_, n: string) => `"value":${Math.max(Number(n) - 5, 10)}`),
  );
}

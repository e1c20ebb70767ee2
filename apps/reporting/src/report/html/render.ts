import type { CouncilReport } from '../model.ts';

/** The self-contained HTML report (charts bundled, opens from disk without internet). */
export function renderHtml(_report: CouncilReport): string {
  throw new Error('The HTML report is being built (issue 16)');
}

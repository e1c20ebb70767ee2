/** Statistics: `ClientStatistics` and its figures, the series that table them, and counts per area. */
import './client-statistics.ts';
import './fields-support.ts';
import './fields-process.ts';
import './fields-state.ts';
import './series.ts';
import './area-counts.ts';

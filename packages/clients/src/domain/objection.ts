/** Awb art. 7:10: the municipality decides on a bezwaar within six weeks of the end of the filing term. */
export const OBJECTION_TERM_DAYS = 42;

export function objectionDue(filedOn: string): string {
  const due = new Date(`${filedOn}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + OBJECTION_TERM_DAYS);
  return due.toISOString().slice(0, 10);
}

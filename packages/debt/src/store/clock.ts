/** Today's date in ISO form (UTC): the default of every date a mutation may leave out. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

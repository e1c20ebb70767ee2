/** Today's date in ISO form, UTC. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

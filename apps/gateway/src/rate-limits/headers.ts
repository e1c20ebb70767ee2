/** What is left of one per-minute limit of a key after a request. */
export interface Quota {
  limit: number;
  remaining: number;
  /** Milliseconds until the key's window ends. */
  resetMs: number;
}

/** Seconds until the window ends, rounded up: at least 1 while a window is running. */
export function resetSeconds(quota: Quota): number {
  return Math.max(1, Math.ceil(quota.resetMs / 1000));
}

/**
 * Of several limits, the one closest to being used up (the smallest share left; on a tie the one
 * whose window ends last): the IETF draft's rule for which quota the headers describe.
 */
export function closestToExhaustion(quotas: readonly Quota[]): Quota | undefined {
  let closest: Quota | undefined;
  for (const quota of quotas) {
    if (!closest) {
      closest = quota;
      continue;
    }
    const share = quota.remaining / quota.limit;
    const closestShare = closest.remaining / closest.limit;
    if (share < closestShare || (share === closestShare && quota.resetMs > closest.resetMs)) closest = quota;
  }
  return closest;
}

/**
 * `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (draft-ietf-httpapi-ratelimit-headers,
 * seconds until the window ends) for this quota; a refusal adds `Retry-After` (the same seconds).
 */
export function rateLimitHeaders(quota: Quota, refused = false): [string, string][] {
  const reset = String(resetSeconds(quota));
  const headers: [string, string][] = [
    ['ratelimit-limit', String(quota.limit)],
    ['ratelimit-remaining', String(Math.max(0, quota.remaining))],
    ['ratelimit-reset', reset],
  ];
  if (refused) headers.push(['retry-after', reset]);
  return headers;
}

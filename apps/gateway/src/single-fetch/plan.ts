// Which query plans leave the client's answer to one subgraph fetch, untouched by the gateway's
// executor before shaping: one `Fetch` at the root, no entity fetch, no data rewrites.

export interface PlanLike {
  node?: {
    kind: string;
    serviceName?: string;
    requires?: unknown;
    inputRewrites?: readonly unknown[];
    outputRewrites?: readonly unknown[];
    contextRewrites?: readonly unknown[];
  };
}

export type PlanDecision = { serviceName: string } | { ineligible: string };

/** One fetch of a query at the root, whose data the executor merges into an empty result as is. */
export function singleFetchOf(plan: PlanLike, operationType: string): PlanDecision {
  if (operationType !== 'query') return { ineligible: 'not-a-query' };
  const node = plan.node;
  // Sequence, Parallel, Flatten (entity fetches), Condition (@skip/@include at the root), Defer.
  if (node?.kind !== 'Fetch' || !node.serviceName) return { ineligible: 'not-one-fetch' };
  if (node.requires) return { ineligible: 'requires' };
  if (node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length)
    return { ineligible: 'rewrites' };
  return { serviceName: node.serviceName };
}

// Issue 19: a large answer from one subgraph is given to the client as the subgraph sent it, instead
// of copied object by object by Apollo's result shaping, when shaping provably could not change it.
// The fetch itself is untouched (same data source, sharing, breakers, access-log echo, spans); only
// the call to `computeResponse` at the end of `executeQueryPlan` is answered differently, and only
// for a request whose plan `singleFetchOf` and whose operation `compileShape` accept, whose subgraph
// answered without errors, and whose data `answerFits` that operation. Anything else: Apollo's path.

import { createRequire } from 'node:module';
import type {
  ApolloGateway,
  Experimental_DidResolveQueryPlanCallback,
  GraphQLDataSource,
} from '@apollo/gateway';
import { Counter } from 'prom-client';
import type { GatewayMetrics } from '../observability.ts';
import { type PlanDecision, singleFetchOf } from './plan.ts';
import { answerFits, type Compiled, compileShape, type SchemaType, type ShapedOperation } from './shape.ts';

/** The @apollo/gateway whose `computeResponse` and `executeQueryPlan` this was checked against. */
export const REVIEWED_GATEWAY_VERSION = '2.14.4';
/** `off` turns the passthrough off (everything shaped by Apollo, as before issue 19). */
export const PASSTHROUGH_ENV = 'MIENSKIP_SINGLE_FETCH_PASSTHROUGH';

interface ComputeResponseArgs {
  operation: ShapedOperation;
  variables?: Record<string, unknown>;
  input: unknown;
  introspectionHandling: unknown;
}
type ComputeResponse = (args: ComputeResponseArgs) => { data: unknown; errors: unknown[] };
interface ResultShapingModule {
  computeResponse: ComputeResponse;
}

/** One request's way through: the plan it was accepted for, what its subgraph answered, its gateway's counter. */
interface RequestState {
  plan?: object;
  subgraphErrors: boolean;
  counter: Counter<'way' | 'reason'> | undefined;
}

/** How many answers went each way since the process started (for tests and profiling). */
export interface PassthroughCounts {
  passthrough: number;
  apollo: Record<string, number>;
}
const counts: PassthroughCounts = { passthrough: 0, apollo: {} };
export function passthroughCounts(): PassthroughCounts {
  return { passthrough: counts.passthrough, apollo: { ...counts.apollo } };
}
function countApollo(state: RequestState, reason: string): void {
  counts.apollo[reason] = (counts.apollo[reason] ?? 0) + 1;
  state.counter?.inc({ way: 'shaped', reason });
}
function countPassthrough(state: RequestState): void {
  counts.passthrough++;
  state.counter?.inc({ way: 'passthrough', reason: '' });
}

const ANSWERS = 'mienskip_single_fetch_answers_total';

/** `mienskip_single_fetch_answers_total{way, reason}`: single-fetch answers passed through, or shaped and why. */
function answersCounter(metrics: GatewayMetrics | undefined): Counter<'way' | 'reason'> | undefined {
  if (!metrics) return undefined;
  return (
    (metrics.registry.getSingleMetric(ANSWERS) as Counter<'way' | 'reason'> | undefined) ??
    new Counter({
      name: ANSWERS,
      help: "Answers to queries planned as one fetch (or not): way=passthrough, given as the subgraph sent them; way=shaped, by Apollo's result shaping, with the reason (a fixed word)",
      labelNames: ['way', 'reason'],
      registers: [metrics.registry],
    })
  );
}

// Each request's state, by the variables object that Apollo passes on to `computeResponse`: the
// executor wrap gives every request a fresh one. (Not AsyncLocalStorage: in Node 20 it turns on
// async hooks, a cost on every promise of every request.)
const requests = new WeakMap<object, RequestState>();
const plans = new WeakMap<object, PlanDecision>();
// Per plan: the plan store keeps one plan object per document and operation name (anew after a
// supergraph update), while the operation `computeResponse` gets is parsed afresh for every request.
const shapes = new WeakMap<object, { compiled: Compiled; schema: unknown }>();

const gatewayRequire = createRequire(createRequire(import.meta.url).resolve('@apollo/gateway'));
let installed = false;

/** Puts the passthrough in front of `computeResponse`, once per process; false when this gateway is not the reviewed one. */
function install(): boolean {
  if (installed) return true;
  const version = (gatewayRequire('../package.json') as { version: string }).version;
  if (version !== REVIEWED_GATEWAY_VERSION) return false;
  const shaping = gatewayRequire('./resultShaping.js') as ResultShapingModule;
  const { isValidLeafValue } = gatewayRequire('@apollo/federation-internals') as {
    isValidLeafValue(schema: unknown, value: unknown, type: SchemaType): boolean;
  };
  const apollos = shaping.computeResponse;
  // `executeQueryPlan` calls `resultShaping_1.computeResponse(...)`, a look-up on this module object.
  shaping.computeResponse = (args) => {
    const state = args.variables && requests.get(args.variables);
    const plan = state?.plan;
    if (!state || !plan) return apollos(args);
    state.plan = undefined;
    if (state.subgraphErrors) {
      countApollo(state, 'subgraph-errors');
      return apollos(args);
    }
    const schema = args.operation.schema();
    let cached = shapes.get(plan);
    if (!cached) {
      cached = { compiled: compileShape(args.operation), schema };
      shapes.set(plan, cached);
    }
    const { compiled } = cached;
    if ('ineligible' in compiled) {
      countApollo(state, compiled.ineligible);
      return apollos(args);
    }
    // The shape's types are of the API schema it was made with: a plan met across a supergraph update is shaped.
    if (cached.schema !== schema) {
      countApollo(state, 'schema-changed');
      return apollos(args);
    }
    if (!answerFits(args.input, compiled.shape, (value, type) => isValidLeafValue(schema, value, type))) {
      countApollo(state, 'answer-does-not-fit');
      return apollos(args);
    }
    countPassthrough(state);
    return { data: args.input, errors: [] };
  };
  installed = true;
  return true;
}

export interface Passthrough {
  /** `on`; `off` by MIENSKIP_SINGLE_FETCH_PASSTHROUGH; `unreviewed` when @apollo/gateway is not the version reviewed. */
  state: 'on' | 'off' | 'unreviewed';
  /** Pass as `experimental_didResolveQueryPlan` to `new ApolloGateway`. */
  didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback | undefined;
  /** Wraps the gateway's executor, so that each request has its own state. */
  wrap(gateway: ApolloGateway): ApolloGateway;
}

/** The passthrough, or nothing (Apollo's path for every request) when turned off or not installable. */
export function singleFetchPassthrough(
  env: NodeJS.ProcessEnv = process.env,
  metrics?: GatewayMetrics,
): Passthrough {
  if (env[PASSTHROUGH_ENV] === 'off') return apollosPathOnly('off');
  if (!install()) return apollosPathOnly('unreviewed');
  const counter = answersCounter(metrics);
  return {
    state: 'on',
    didResolveQueryPlan: ({ queryPlan, serviceMap, operationContext, requestContext }) => {
      const { variables } = requestContext.request;
      const state = variables && requests.get(variables);
      if (!state) return;
      let decision = plans.get(queryPlan);
      if (!decision) {
        decision = singleFetchOf(queryPlan, operationContext.operation.operation);
        plans.set(queryPlan, decision);
      }
      if ('ineligible' in decision) {
        countApollo(state, decision.ineligible);
        return;
      }
      const dataSource = serviceMap[decision.serviceName];
      if (!dataSource) return;
      state.plan = queryPlan;
      // This request's own service map (built per request): the same data source, its answer's errors noted.
      serviceMap[decision.serviceName] = noteErrors(dataSource, state);
    },
    wrap: (gateway) => {
      const executor = gateway.executor;
      gateway.executor = (requestContext) => {
        // A copy of the variables (the same values) that no other request can hold.
        const variables = { ...requestContext.request.variables };
        requestContext.request.variables = variables;
        requests.set(variables, { subgraphErrors: false, counter });
        return executor(requestContext);
      };
      return gateway;
    },
  };
}

function noteErrors(dataSource: GraphQLDataSource, state: RequestState): GraphQLDataSource {
  return {
    process: async (options) => {
      const response = await dataSource.process(options);
      if (response.errors) state.subgraphErrors = true;
      return response;
    },
  };
}

function apollosPathOnly(state: 'off' | 'unreviewed'): Passthrough {
  return { state, didResolveQueryPlan: undefined, wrap: (gateway) => gateway };
}

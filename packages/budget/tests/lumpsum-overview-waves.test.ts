import { createTracing } from '@mienskip/kit/observability';
import { type CallerOptions, requirePostgres, startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budget } from '../src/index.ts';

const exporter = new InMemorySpanExporter();
let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(budget, {
    tracing: createTracing('budget', { spanProcessors: [new SimpleSpanProcessor(exporter)] }),
  });
});
afterAll(() => subgraph?.close());

const finance = { scopes: ['budget:read'] as const };
const OVERVIEW = `{ lumpsums(year: 2021) { title decidedAmount mutationsTotal unexplainedDifference
  shares { organisation { name } amount } realised realisationByMonth { month amount } } }`;

const FIGURES = `id title mutations { kind amount explanation provenance } mutationsTotal unexplainedDifference
  shares { organisation { id name kind agbCode provenance } amount provenance } sharesTotal realised`;

const ms = ([seconds, nanos]: [number, number]) => seconds * 1e3 + nanos / 1e6;

/** The SQL statements an operation sent, once its spans have all ended. */
async function statementsOf(operation: string, caller: CallerOptions = finance): Promise<ReadableSpan[]> {
  exporter.reset();
  const { body } = await subgraph.query(operation, { caller });
  // The finance key may read every field; another caller may be refused one.
  if (caller === finance) expect(body.errors).toBeUndefined();
  // The server ends its request span just after answering.
  for (let tries = 0; !exporter.getFinishedSpans().some((s) => s.name === 'POST /graphql'); tries++) {
    if (tries > 100) throw new Error('the request span never ended');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return exporter.getFinishedSpans().filter((span) => span.name.startsWith('sql '));
}

describe('the lumpsum overview of a year', () => {
  it("reads the lumpsums with their lines and shares in one statement, beside the year's realisation", async () => {
    expect(await statementsOf(OVERVIEW)).toHaveLength(2);
  });

  // Embedded PGlite runs each statement to its end as it is sent: waves exist on a server only.
  it.runIf(requirePostgres())('sends both statements in one wave', async () => {
    const statements = await statementsOf(OVERVIEW);
    // Every statement was sent before the first answer came back.
    const lastSent = Math.max(...statements.map((s) => ms(s.startTime)));
    const firstAnswered = Math.min(...statements.map((s) => ms(s.endTime)));
    expect(lastSent).toBeLessThan(firstAnswered);
  });

  it('reads the realisation only when the operation asks for it', async () => {
    expect(await statementsOf('{ lumpsums(year: 2021) { title mutationsTotal sharesTotal } }')).toHaveLength(
      1,
    );
    expect(await statementsOf('{ lumpsums(year: 2021) { title ...on Lumpsum { realised } } }')).toHaveLength(
      2,
    );
    // Not for a field the caller may not read: a provider's key is refused the municipality's figure.
    const provider = {
      scopes: ['budget:read'] as const,
      organisationKind: 'PROVIDER' as const,
      organisationId: 'org-amaryllis',
    };
    expect(
      await statementsOf('{ lumpsums(year: 2021) { title realisedMinusDecided } }', provider),
    ).toHaveLength(1);
  });

  it('gives the same figures as lumpsums read one by one', async () => {
    const { body: overview } = await subgraph.query<{ lumpsums: { id: string }[] }>(
      `{ lumpsums(year: 2021) { ${FIGURES} } }`,
      { caller: finance },
    );
    for (const lumpsum of overview.data!.lumpsums) {
      const { body: one } = await subgraph.query<{ lumpsum: { id: string } }>(
        `{ lumpsum(id: "${lumpsum.id}") { ${FIGURES} } }`,
        { caller: finance },
      );
      expect(one.data!.lumpsum).toEqual(lumpsum);
    }
    expect(overview.data!.lumpsums).toHaveLength(2);
  });
});

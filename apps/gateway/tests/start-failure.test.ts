import { readFileSync } from 'node:fs';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { createLogger } from '@mienskip/kit/logger';
import type { Tracing } from '@mienskip/kit/observability';
import { testKeyMaterial } from '@mienskip/testing';
import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { startGateway } from '../src/app.ts';
import { SUPERGRAPH_FILE } from '../src/compose.ts';
import { useGatewayOverRecordingSubgraph } from './gateway-over-recording-subgraph.ts';

// A start that fails late (here: the port is taken by a running gateway) closes what it opened
// before it throws, its tracer too (whose shutdown flushes the spans still buffered).
const graph = useGatewayOverRecordingSubgraph();

describe('a gateway whose port is in use', () => {
  it('says so, and shuts its tracer down', async () => {
    const shutdowns: string[] = [];
    const tracing: Tracing = {
      service: 'gateway',
      enabled: false,
      tracer: trace.getTracer('gateway'),
      flush: async () => {},
      shutdown: async () => void shutdowns.push('tracing'),
    };
    const url = graph.subgraph.url!;
    const start = startGateway({
      port: graph.gateway.port,
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, url])),
      signingKey: (await testKeyMaterial()).privateJwk,
      keys: graph.gateway.keys,
      logger: createLogger('gateway', 'silent'),
      tracing,
    });
    await expect(start).rejects.toThrow(`Port ${graph.gateway.port} on 127.0.0.1 is already in use`);
    expect(shutdowns).toEqual(['tracing']);
    // The gateway that holds the port still answers.
    expect((await graph.gateway.query('{ rooms { id } }')).body.errors).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { printSubgraphSdl } from '@mienskip/kit/schema';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

describe('schema.graphql', () => {
  it('is the SDL the code prints (run `pnpm print-schemas` then `pnpm compose` after a change)', () => {
    expect(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')).toBe(
      printSubgraphSdl(schema),
    );
  });

  it('has no Relay node/nodes root fields (they cannot work across subgraphs)', () => {
    const fields = Object.keys(schema.getQueryType()!.getFields());
    expect(fields).not.toContain('node');
    expect(fields).not.toContain('nodes');
  });
});

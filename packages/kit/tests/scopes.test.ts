import { describe, expect, it } from 'vitest';
import { ACCESS_LOG_SERVICE, SUBGRAPHS } from '../src/catalogue.ts';
import {
  GENERAL_SCOPES,
  isScope,
  SCOPE_DESCRIPTIONS,
  SCOPED_DOMAINS,
  SCOPES,
  scopeDescription,
  scopedDomainsOf,
} from '../src/scopes.ts';

// A subgraph's scopes follow from its catalogue entry: adding `subgraph('zorg', …)` to SUBGRAPHS is
// all it takes for keys to be granted `zorg:read` and `zorg:write` (new-subgraph.test.ts in
// apps/stack generates such a subgraph).

const ZORG = { name: 'zorg', port: 4009, dir: 'packages/zorg', schemaFile: 'packages/zorg/schema.graphql' };

describe('scopes from the catalogue of services', () => {
  it('gives every subgraph but the access log’s owner its domain', () => {
    expect(SCOPED_DOMAINS).toEqual(
      SUBGRAPHS.map(({ name }) => name).filter((name) => name !== ACCESS_LOG_SERVICE),
    );
    expect(SCOPED_DOMAINS).not.toContain(ACCESS_LOG_SERVICE);
    expect(SCOPES).toEqual([
      ...SCOPED_DOMAINS.flatMap((name) => [`${name}:read`, `${name}:write`]),
      ...GENERAL_SCOPES,
    ]);
  });

  it('gives a subgraph added to the catalogue its read and write scopes, with no other edit', () => {
    expect(scopedDomainsOf([...SUBGRAPHS, ZORG])).toEqual([...SCOPED_DOMAINS, 'zorg']);
    expect(scopeDescription('zorg:read')).toBe('Read zorg.');
    expect(scopeDescription('zorg:write')).toBe('Change zorg.');
  });

  it('gives the access log’s owner no domain of its own', () => {
    expect(scopedDomainsOf([{ name: ACCESS_LOG_SERVICE }])).toEqual([]);
  });

  it('describes every scope: the known domains and general scopes as written, others by name', () => {
    expect(Object.keys(SCOPE_DESCRIPTIONS)).toEqual([...SCOPES]);
    expect(scopeDescription('clients:read')).toMatch(/^Read residents/);
    expect(scopeDescription('admin')).toBe('Manage API keys.');
    for (const scope of SCOPES) expect(scopeDescription(scope)).toMatch(/\.$/);
    expect(isScope('clients:read')).toBe(true);
    expect(isScope('zorg:read')).toBe(false);
    expect(isScope('audit:read')).toBe(false);
  });
});

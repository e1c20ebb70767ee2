import { describe, expect, it } from 'vitest';
import { ACCESS_LOG_SERVICE, SUBGRAPHS } from '../src/catalogue.ts';
import {
  GENERAL_SCOPES,
  isScope,
  PLANNED_DOMAINS,
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
  it('gives every subgraph but the access log’s owner its domain, then the planned ones', () => {
    expect(SCOPED_DOMAINS).toEqual([
      ...SUBGRAPHS.map(({ name }) => name).filter((name) => name !== ACCESS_LOG_SERVICE),
      ...PLANNED_DOMAINS,
    ]);
    expect(SCOPED_DOMAINS).not.toContain(ACCESS_LOG_SERVICE);
    expect(SCOPES).toEqual([
      ...SCOPED_DOMAINS.flatMap((name) => [`${name}:read`, `${name}:write`]),
      ...GENERAL_SCOPES,
    ]);
  });

  it('gives a subgraph added to the catalogue its read and write scopes, with no other edit', () => {
    const data = SCOPED_DOMAINS.slice(0, -PLANNED_DOMAINS.length);
    expect(scopedDomainsOf([...SUBGRAPHS, ZORG])).toEqual([...data, 'zorg', ...PLANNED_DOMAINS]);
    expect(scopeDescription('zorg:read')).toBe('Read zorg.');
    expect(scopeDescription('zorg:write')).toBe('Change zorg.');
  });

  it('lists a planned domain once when its subgraph joins the catalogue', () => {
    const debt = { ...ZORG, name: 'debt' as const };
    const domains = scopedDomainsOf([...SUBGRAPHS, debt]);
    expect(domains.filter((name) => name === 'debt')).toHaveLength(1);
    expect(new Set(domains).size).toBe(domains.length);
    expect(scopedDomainsOf([{ name: ACCESS_LOG_SERVICE }])).toEqual([...PLANNED_DOMAINS]);
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

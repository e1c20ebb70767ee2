import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readServiceVersion } from '../src/service-version.ts';

describe('a service’s version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mienskip-version-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fromSources = pathToFileURL(join(dir, 'src/index.js'));
  const fromBuild = pathToFileURL(join(dir, 'dist/index.js'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@mienskip/budget', version: '1.4.2' }));

  it('is the package’s version, without a commit when running from sources', () => {
    expect(readServiceVersion('budget', fromSources, {})).toEqual({ service: 'budget', version: '1.4.2' });
  });

  it('names the commit the build recorded (not from sources), unless MIENSKIP_COMMIT names another', () => {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/build-info.json'), JSON.stringify({ commit: 'abc123' }));
    expect(readServiceVersion('budget', fromBuild, {})).toEqual({
      service: 'budget',
      version: '1.4.2',
      commit: 'abc123',
    });
    expect(readServiceVersion('budget', fromSources, {}).commit).toBeUndefined();
    expect(readServiceVersion('budget', fromSources, { MIENSKIP_COMMIT: 'def456' }).commit).toBe('def456');
  });
});

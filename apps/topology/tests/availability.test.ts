import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { namespacesUnavailable } from '../src/availability.ts';
import { runPrefix } from '../src/names.ts';

describe('namespacesUnavailable', () => {
  it('names the reason the topology test skips', () => {
    expect(namespacesUnavailable('darwin', 0)).toBe('network namespaces are Linux only (this is darwin)');
    expect(namespacesUnavailable('linux', 1000)).toBe('network namespaces need root (run the test as root)');
  });

  it.runIf(process.getuid?.() === 0 && process.platform === 'linux')(
    'tries for real as root, and leaves no probe namespace behind',
    () => {
      const reason = namespacesUnavailable();
      const left = execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' });
      expect(left).not.toContain(`${runPrefix()}probe`);
      if (reason) expect(reason).toMatch(/ip/);
    },
  );
});

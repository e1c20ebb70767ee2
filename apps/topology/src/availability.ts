import { execFileSync } from 'node:child_process';
import { runPrefix } from './names.ts';

/**
 * Why network namespaces cannot be made on this machine, or undefined when they can: the only
 * reason the topology test may skip (issue 18). Tries for real: `ip netns add` as root.
 */
export function namespacesUnavailable(
  platform: string = process.platform,
  uid: number | undefined = process.getuid?.(),
): string | undefined {
  if (platform !== 'linux') return `network namespaces are Linux only (this is ${platform})`;
  if (uid !== 0) return 'network namespaces need root (run the test as root)';
  const probe = `${runPrefix()}probe`;
  try {
    execFileSync('ip', ['netns', 'add', probe], { stdio: 'pipe' });
  } catch (error) {
    const { code, stderr } = error as { code?: string; stderr?: Buffer };
    if (code === 'ENOENT') return '`ip` (iproute2) is not installed';
    return `\`ip netns add\` failed: ${stderr?.toString().trim() || (error as Error).message}`;
  }
  execFileSync('ip', ['netns', 'del', probe], { stdio: 'pipe' });
  return undefined;
}

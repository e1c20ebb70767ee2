import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes a file next to its final name first, so that a file is either whole or absent. `mode` for
 * files with personal data (0o600: readable by the owner only).
 */
export async function writeWhole(
  dir: string,
  name: string,
  content: string | Buffer,
  mode?: number,
): Promise<string> {
  const path = join(dir, name);
  const partial = `${path}.partial`;
  await writeFile(partial, content, mode === undefined ? undefined : { mode });
  await rename(partial, path);
  return path;
}

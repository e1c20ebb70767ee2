import { readFileSync } from 'node:fs';

/** What `GET /version` answers: which service, which release, and (when known) which commit. */
export interface ServiceVersion {
  service: string;
  version: string;
  commit?: string;
}

export const COMMIT_ENV = 'MIENSKIP_COMMIT';
/** Every response of a service carries its version in this header. */
export const VERSION_HEADER = 'x-mienskip-version';

/**
 * A service's version from its package: `version` of its `package.json`, the commit from
 * `MIENSKIP_COMMIT` or else from the `build-info.json` the build writes into `dist/`. `moduleUrl` is
 * the `import.meta.url` of a module directly in its `src/` (or, built, `dist/`): from sources no build
 * info is beside it, so a stale build's commit is never named.
 */
export function readServiceVersion(
  service: string,
  moduleUrl: string | URL,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ServiceVersion {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', moduleUrl), 'utf8')) as {
    version: string;
  };
  const commit = env[COMMIT_ENV] || buildCommit(moduleUrl);
  return { service, version, ...(commit && { commit }) };
}

function buildCommit(moduleUrl: string | URL): string | undefined {
  try {
    const info = JSON.parse(readFileSync(new URL('build-info.json', moduleUrl), 'utf8')) as {
      commit?: string;
    };
    return info.commit;
  } catch {
    return undefined; // Not built: running from sources.
  }
}

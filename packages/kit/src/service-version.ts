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
 * `MIENSKIP_COMMIT` or else from `dist/build-info.json`, which the build writes (absent when it runs
 * from sources). `packageUrl` is the package's directory, e.g. `new URL('..', import.meta.url)` in its `src/index.ts`.
 */
export function readServiceVersion(
  service: string,
  packageUrl: URL,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ServiceVersion {
  const { version } = JSON.parse(readFileSync(new URL('package.json', packageUrl), 'utf8')) as {
    version: string;
  };
  const commit = env[COMMIT_ENV] || buildCommit(packageUrl);
  return { service, version, ...(commit && { commit }) };
}

function buildCommit(packageUrl: URL): string | undefined {
  try {
    const info = JSON.parse(readFileSync(new URL('dist/build-info.json', packageUrl), 'utf8')) as {
      commit?: string;
    };
    return info.commit;
  } catch {
    return undefined; // Not built: running from sources.
  }
}

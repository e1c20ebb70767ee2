import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentedVariables } from '@mienskip/architecture/environment-table';
import {
  ACCESS_LOG_SERVICE,
  GATEWAY,
  type ServiceEntry,
  SUBGRAPHS,
  subgraphUrlEnv,
} from '@mienskip/kit/catalogue';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deployEnv } from '../src/deploy-secrets.ts';
import { REPO_ROOT } from '../src/services.ts';

// There is no Docker daemon where Mienskip is developed, so the Dockerfile and compose.yaml cannot
// be run here: these tests check that every service, command and variable they name exists.

interface ComposeService {
  image?: string;
  working_dir?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
}

const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');
const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, ComposeService> };
const services = compose.services;
const dockerfile = read('Dockerfile');
const initScript = read('deploy/postgres/init-databases.sh');
const rootPackage = JSON.parse(read('package.json'));
/** The table's variables, a per-service row (`MIENSKIP_<NAME>_URL`) taken for every service of the catalogue. */
const documented = [
  ...documentedVariables(REPO_ROOT, 'docs/operations.md'),
  ...[...read('docs/operations.md').matchAll(/`MIENSKIP_<NAME>_([A-Z_]+)`/g)].flatMap((match) =>
    SUBGRAPHS.map(({ name }) => `MIENSKIP_${name.toUpperCase()}_${match[1]}`),
  ),
];

/** The services that run Mienskip's own code (not the PostgreSQL and Redis images). */
const ours = Object.entries(services).filter(([, service]) => service.working_dir !== undefined);
const subgraphNames = SUBGRAPHS.map(({ name }) => name);
const packageDir = (service: ComposeService) => service.working_dir!.replace(/^\/app\//, '');

describe('compose.yaml', () => {
  it('runs every subgraph of the catalogue, two gateways, PostgreSQL and Redis, and a migrate job for each', () => {
    expect(Object.keys(services).sort()).toEqual(
      [
        'postgres',
        'redis',
        'gateway-1',
        'gateway-2',
        ...subgraphNames,
        ...[...subgraphNames, GATEWAY.name].map((name) => `migrate-${name}`),
      ].sort(),
    );
  });

  it('starts each service from a compiled entry its package builds and declares', () => {
    for (const [name, service] of ours) {
      const dir = packageDir(service);
      const pkg = JSON.parse(read(join(dir, 'package.json')));
      expect(pkg.scripts.build, `${name}: ${dir} builds`).toBeDefined();
      const [node, ...args] = service.command!;
      expect(node).toBe('node');
      const entry = args.at(-1)!;
      const file = /^dist\/([\w-]+)\.js$/.exec(entry)?.[1];
      expect(file, `${name}: ${entry}`).toBeDefined();
      expect(existsSync(join(REPO_ROOT, dir, 'src', `${file}.ts`)), `${name}: ${dir}/src/${file}.ts`).toBe(
        true,
      );
      // Node's own options before the entry: the catalogue's nodeArgs for the service, none for a migration.
      const catalogued: ServiceEntry | undefined = [...SUBGRAPHS, GATEWAY].find((e) => e.dir === dir);
      expect(args.slice(0, -1), name).toEqual(file === 'server' ? (catalogued?.nodeArgs ?? []) : []);
      // The compose command is the package's own production script, without tsx.
      const script = file === 'server' ? 'start:production' : 'migrate:production';
      expect(pkg.scripts[script], `${name}: ${dir} ${script}`).toContain(`node ${args.join(' ')}`);
    }
  });

  it('puts each service in its own package with its catalogue port, and migrates it first', () => {
    for (const entry of SUBGRAPHS) {
      const service = services[entry.name]!;
      expect(packageDir(service)).toBe(entry.dir);
      expect(service.environment?.PORT).toBe(String(entry.port));
      expect(service.environment?.HOST).toBe('0.0.0.0');
      expect(service.depends_on?.[`migrate-${entry.name}`]).toEqual({
        condition: 'service_completed_successfully',
      });
      expect(packageDir(services[`migrate-${entry.name}`]!)).toBe(entry.dir);
    }
    for (const gateway of ['gateway-1', 'gateway-2']) {
      expect(packageDir(services[gateway]!)).toBe(GATEWAY.dir);
      expect(services[gateway]!.depends_on?.['migrate-gateway']).toBeDefined();
    }
  });

  it('has the services find each other by name, and both gateways share Redis and the key store', () => {
    const subgraphUrls = Object.fromEntries(
      SUBGRAPHS.map((entry) => [subgraphUrlEnv(entry.name), `http://${entry.name}:${entry.port}/graphql`]),
    );
    const audit = SUBGRAPHS.find(({ name }) => name === ACCESS_LOG_SERVICE)!;
    for (const name of subgraphNames) {
      expect(services[name]!.environment).toMatchObject({
        ...subgraphUrls,
        MIENSKIP_ACCESS_LOG_URL: `http://${audit.name}:${audit.port}/entries`,
      });
    }
    const [first, second] = ['gateway-1', 'gateway-2'].map((name) => services[name]!.environment!);
    expect(first).toMatchObject({ ...subgraphUrls, REDIS_URL: 'redis://redis:6379' });
    expect(second).toEqual(first);
  });

  it('gives every service a database of its own: migrated as its owner, used as its runtime role', () => {
    const created = /for service in ([\w ]+); do/.exec(initScript)?.[1]?.split(' ');
    expect(created?.sort()).toEqual([...subgraphNames, GATEWAY.name].sort());
    for (const name of [...subgraphNames, GATEWAY.name]) {
      const migrate = services[`migrate-${name}`]!.environment!;
      expect(migrate.MIENSKIP_MIGRATION_DATABASE_URL).toMatch(
        new RegExp(`^postgres://${name}_owner:.*@postgres:5432/${name}$`),
      );
      expect(migrate.MIENSKIP_DATABASE_RUNTIME_ROLE).toBe(`${name}_runtime`);
      const running = services[name === GATEWAY.name ? 'gateway-1' : name]!.environment!;
      expect(running.DATABASE_URL).toMatch(
        new RegExp(`^postgres://${name}_runtime:.*@postgres:5432/${name}$`),
      );
    }
  });

  it('names only variables that the environment table of docs/operations.md explains', () => {
    const covers = (name: string) =>
      documented.some((entry) =>
        entry.endsWith('_*') ? name.startsWith(entry.slice(0, -1)) : entry === name,
      );
    const unexplained = ours.flatMap(([name, service]) =>
      Object.keys(service.environment ?? {})
        .filter((variable) => !covers(variable))
        .map((variable) => `${variable} (${name})`),
    );
    expect(unexplained).toEqual([]);
  });

  it('requires from .env exactly what pnpm deploy-env writes', async () => {
    const required = new Set(
      [...read('compose.yaml').matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((match) => match[1]!),
    );
    expect([...required].sort()).toEqual(Object.keys(await deployEnv()).sort());
    expect(rootPackage.scripts['deploy-env']).toBeDefined();
  });
});

describe('Dockerfile', () => {
  it('builds with the pinned pnpm, keeps production dependencies only, and runs as an unprivileged user', () => {
    expect(dockerfile).toMatch(/RUN corepack enable/);
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile \\\n && pnpm build/);
    expect(rootPackage.scripts.build).toBeDefined();
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile --prod/);
    expect(dockerfile).toMatch(/^ENV NODE_ENV=production$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
  });

  it('uses a Node.js that package.json allows, and exposes every port of the catalogue', () => {
    const images = [...dockerfile.matchAll(/^FROM node:(\d+)\.(\d+)-/gm)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(images).toHaveLength(2);
    const [major, minor] = /^>=(\d+)\.(\d+)$/.exec(rootPackage.engines.node)!.slice(1).map(Number);
    for (const [imageMajor, imageMinor] of images)
      expect(imageMajor! > major! || (imageMajor === major && imageMinor! >= minor!)).toBe(true);
    const exposed = /^EXPOSE (.+)$/m.exec(dockerfile)![1]!.split(' ').map(Number);
    for (const { port } of [...SUBGRAPHS, GATEWAY]) expect(exposed).toContain(port);
  });
});

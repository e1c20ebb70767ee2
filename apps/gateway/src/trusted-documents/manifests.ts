import { type Dirent, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashOperation, isOperationHash } from './operation-hash.ts';

// Persisted documents: every app (a team directory under `operations/`) has a manifest written by
// `pnpm codegen`, `{ "sha256:<hex>": "<document text>" }`. The gateway loads them all at start, so
// that every instance resolves a document id to the same text, and keys are bound to apps.

/** Overrides where the manifests are read: a directory of `<app>/persisted-documents.json` or `<app>/generated/persisted-documents.json`. */
export const PERSISTED_DOCUMENTS_ENV = 'MIENSKIP_PERSISTED_DOCUMENTS_DIR';

/** The teams' directories in this package, where `pnpm codegen` writes the manifests. */
export const DEFAULT_PERSISTED_DOCUMENTS_DIR = fileURLToPath(new URL('../../operations', import.meta.url));

/** Each app's manifest: document text by id (`sha256:<hex>`). */
export type Manifests = Readonly<Record<string, Readonly<Record<string, string>>>>;

const APP_NAME = /^[a-z0-9][a-z0-9-]*$/;
const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;

/** The hex hash of a document id, given as `sha256:<hex>` or `<hex>`; undefined for anything else. */
export function documentHash(id: string): string | undefined {
  if (isOperationHash(id)) return id;
  return DOCUMENT_ID.exec(id)?.[1];
}

/** Checks one manifest: an object of `sha256:<hex>` ids, each the SHA-256 of its text. Throws naming the file. */
export function parseManifest(file: string, content: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    throw new Error(`Persisted-document manifest ${file} is not JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error(`Persisted-document manifest ${file} is not an object of document texts by id`);
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (!entries.length) throw new Error(`Persisted-document manifest ${file} has no documents`);
  for (const [id, text] of entries) {
    const hex = DOCUMENT_ID.exec(id)?.[1];
    if (!hex) throw new Error(`Persisted-document manifest ${file}: id ${id} is not sha256:<64 hex digits>`);
    if (typeof text !== 'string') throw new Error(`Persisted-document manifest ${file}: ${id} has no text`);
    if (hashOperation(text) !== hex)
      throw new Error(
        `Persisted-document manifest ${file}: ${id} is not the SHA-256 of its text (${hashOperation(text)}); run \`pnpm codegen\``,
      );
  }
  return parsed as Record<string, string>;
}

/**
 * Every app's manifest in `dir` (by default `MIENSKIP_PERSISTED_DOCUMENTS_DIR`, else this package's
 * `operations/`): the app is the directory's name. A directory without a manifest is no app; a
 * malformed manifest, or none at all, throws.
 */
export function loadManifests(
  dir = process.env[PERSISTED_DOCUMENTS_ENV] || DEFAULT_PERSISTED_DOCUMENTS_DIR,
): Manifests {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new Error(`No persisted-document manifests at ${dir}: ${(error as Error).message}`);
  }
  const manifests: Record<string, Record<string, string>> = {};
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = [
      join(dir, entry.name, 'persisted-documents.json'),
      join(dir, entry.name, 'generated', 'persisted-documents.json'),
    ].find((candidate) => existsSync(candidate));
    if (!file) continue;
    if (!APP_NAME.test(entry.name))
      throw new Error(
        `Persisted-document manifest ${file}: app name ${entry.name} is not lowercase letters, digits and dashes`,
      );
    manifests[entry.name] = parseManifest(file, readFileSync(file, 'utf8'));
  }
  if (!Object.keys(manifests).length) throw new Error(`No persisted-document manifests in ${dir}`);
  return manifests;
}

/** The documents the gateway knows, by hash, and the apps they belong to. */
export class PersistedDocuments {
  private readonly texts = new Map<string, string>();
  private readonly byApp = new Map<string, ReadonlySet<string>>();

  constructor(manifests: Manifests) {
    for (const [app, manifest] of Object.entries(manifests)) {
      const hashes = new Set<string>();
      for (const [id, text] of Object.entries(manifest)) {
        const hash = documentHash(id);
        if (!hash || hashOperation(text) !== hash)
          throw new Error(`App ${app}: ${id} is not the SHA-256 of its text`);
        this.texts.set(hash, text);
        hashes.add(hash);
      }
      this.byApp.set(app, hashes);
    }
  }

  /** The apps, by name, sorted. */
  get apps(): string[] {
    return [...this.byApp.keys()].sort();
  }

  /** The text of the document with this hash (hex), if any app has it. */
  text(hash: string): string | undefined {
    return this.texts.get(hash);
  }

  /** The hashes of every document of these apps (an unknown app adds none). */
  hashesOf(apps: readonly string[]): ReadonlySet<string> {
    return new Set(apps.flatMap((app) => [...(this.byApp.get(app) ?? [])]));
  }
}

let defaults: PersistedDocuments | undefined;

/** The manifests of `loadManifests()`, read once per process. */
export function defaultPersistedDocuments(): PersistedDocuments {
  defaults ??= new PersistedDocuments(loadManifests());
  return defaults;
}

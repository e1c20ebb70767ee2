import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * PGlite has no lock: two processes opening one data directory corrupt it. Whoever opens the
 * gateway's store on PGlite (the gateway, or the keys CLI while no gateway runs) first claims it
 * in a file beside the data directory, holding its process id and, for a gateway, the URL of its
 * admin API, so that the CLI knows to go there instead.
 */
export interface StoreOwner {
  pid: number;
  /** The owning gateway's base URL (e.g. http://127.0.0.1:4000); absent for the CLI. */
  url?: string;
}

export function ownerFile(dataDir: string): string {
  return `${resolve(dataDir)}.owner.json`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live process holding this store, if any (a file left by a process that died is ignored). */
export function storeOwner(dataDir: string): StoreOwner | undefined {
  const file = ownerFile(dataDir);
  if (!existsSync(file)) return undefined;
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as StoreOwner;
    return Number.isInteger(owner.pid) && owner.pid !== process.pid && alive(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

export interface StoreClaim {
  /** Says where this process serves the admin API. */
  announce(url: string): void;
  release(): void;
}

/** Claims the store for this process; throws when another live process holds it. */
export function claimStore(dataDir: string): StoreClaim {
  const file = ownerFile(dataDir);
  mkdirSync(dirname(file), { recursive: true });
  const write = (owner: StoreOwner, flag = 'w') =>
    writeFileSync(file, `${JSON.stringify(owner)}\n`, { flag });
  try {
    write({ pid: process.pid }, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = storeOwner(dataDir);
    if (holder)
      throw new Error(
        `The key store ${resolve(dataDir)} is open in process ${holder.pid}${holder.url ? ` (gateway at ${holder.url})` : ''}; PGlite takes one process at a time`,
      );
    // Left by a process that died: take it over.
    rmSync(file, { force: true });
    write({ pid: process.pid }, 'wx');
  }
  const release = () => {
    if (existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).pid === process.pid) rmSync(file);
  };
  process.once('exit', release);
  return { announce: (url) => write({ pid: process.pid, url }), release };
}

import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLeftover } from './names.ts';
import { run, runQuietly } from './run.ts';

/** A layer-2 network: one bridge in the root namespace, the driver's address on it. */
export interface Network {
  prefix: string;
  bridge: string;
  /** The first three octets, e.g. `10.213.7`. */
  subnet: string;
  /** The root namespace's (the test driver's) address on the bridge. */
  driverAddress: string;
}

/** A host: a namespace of its own, joined to the bridge by a veth pair. */
export interface NetHost {
  name: string;
  namespace: string;
  address: string;
  /** The veth end on the bridge, in the root namespace: taking it down cuts the host off. */
  link: string;
}

const ip = (...args: string[]) => run('ip', args);

/** A /24 in 10.213.0.0/16 that no interface of this machine uses yet (the pid picks where to start). */
export async function freeSubnet(pid = process.pid): Promise<string> {
  const used = await ip('-4', '-o', 'addr', 'show');
  for (let i = 0; i < 250; i++) {
    const subnet = `10.213.${((pid + i) % 250) + 1}`;
    if (!used.includes(` ${subnet}.`)) return subnet;
  }
  throw new Error('No free /24 in 10.213.0.0/16 for the topology');
}

export async function createNetwork(prefix: string, subnet: string): Promise<Network> {
  const bridge = `${prefix}br`;
  const driverAddress = `${subnet}.1`;
  await ip('link', 'add', bridge, 'type', 'bridge');
  await ip('addr', 'add', `${driverAddress}/24`, 'dev', bridge);
  await ip('link', 'set', bridge, 'up');
  return { prefix, bridge, subnet, driverAddress };
}

/** Makes a host: its namespace (loopback up) and a veth pair to the bridge, `eth0` inside. */
export async function addHost(network: Network, name: string, octet: number): Promise<NetHost> {
  const namespace = `${network.prefix}${name}`;
  const link = `${network.prefix}v${octet}`;
  const address = `${network.subnet}.${octet}`;
  await ip('netns', 'add', namespace);
  await ip('-n', namespace, 'link', 'set', 'lo', 'up');
  await ip('link', 'add', link, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', namespace);
  await ip('link', 'set', link, 'master', network.bridge);
  await ip('link', 'set', link, 'up');
  await ip('-n', namespace, 'addr', 'add', `${address}/24`, 'dev', 'eth0');
  await ip('-n', namespace, 'link', 'set', 'eth0', 'up');
  return { name, namespace, address, link };
}

/** Cuts a host off the network (`down`) or connects it again (`up`); its processes keep running. */
export async function setLink(host: NetHost, state: 'up' | 'down'): Promise<void> {
  await ip('link', 'set', host.link, state);
}

/**
 * Removes namespaces, interfaces and temp dirs whose names start with `prefix`, or (no prefix) the
 * leftovers of runs that no longer exist. Kills what still runs in such a namespace first.
 * Synchronous and never throwing, so that it also works in `process.on('exit')`.
 */
export function removeNetworkObjects(prefix?: string): void {
  const matches = (name: string) => (prefix ? name.startsWith(prefix) : isLeftover(name));
  const namespaces = runQuietly('ip', ['netns', 'list'])
    .split('\n')
    .map((line) => line.split(' ')[0]!)
    .filter((name) => name && matches(name));
  for (const namespace of namespaces) {
    for (const pid of runQuietly('ip', ['netns', 'pids', namespace]).split(/\s+/).filter(Boolean)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // gone already
      }
    }
    runQuietly('ip', ['netns', 'del', namespace]);
  }
  // Deleting a namespace deletes its veth ends; the bridge and any end left behind go here.
  const links = runQuietly('ip', ['-o', 'link', 'show'])
    .split('\n')
    .map((line) => /^\d+: ([^:@]+)/.exec(line)?.[1])
    .filter((name): name is string => Boolean(name && matches(name)));
  for (const link of links) runQuietly('ip', ['link', 'del', link]);
  for (const entry of readdirSync(tmpdir()).filter(matches))
    rmSync(join(tmpdir(), entry), { recursive: true, force: true });
}

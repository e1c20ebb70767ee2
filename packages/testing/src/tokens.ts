import { randomUUID } from 'node:crypto';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import type { Caller, JeugdwetPurpose, OrganisationKind } from '@mienskip/kit/rules';
import { SCOPES, type Scope } from '@mienskip/kit/scopes';
import {
  createTokenSigner,
  generateKeyMaterial,
  generateServiceKeyMaterial,
  type KeyMaterial,
  trustedKeySet,
} from '@mienskip/kit/token';
import type { JWK } from 'jose';

interface TestKeys {
  /** The gateway's key pair, with every service's public key in its key set. */
  material: KeyMaterial;
  /** Each subgraph's own key pair, for its look-ups (service tokens). */
  services: ReadonlyMap<string, KeyMaterial>;
}

let keys: Promise<TestKeys> | undefined;

function testKeys(): Promise<TestKeys> {
  keys ??= (async () => {
    const gateway = await generateKeyMaterial('test-key');
    const services = new Map(
      await Promise.all(
        SUBGRAPHS.map(async ({ name }) => [name, await generateServiceKeyMaterial(name, 'test')] as const),
      ),
    );
    const publicJwks = trustedKeySet(gateway.publicJwks, services.values());
    return { material: { privateJwk: gateway.privateJwk, publicJwks }, services };
  })();
  return keys;
}

/**
 * One EdDSA key pair per test process for the gateway; its public key set also holds every
 * subgraph's service key, as the subgraphs of a running stack trust them.
 */
export async function testKeyMaterial(): Promise<KeyMaterial> {
  return (await testKeys()).material;
}

/** A subgraph's own private key (`MIENSKIP_SERVICE_PRIVATE_JWK`), for the service tokens of its look-ups. */
export async function testServiceKey(service: string): Promise<JWK> {
  const material = (await testKeys()).services.get(service);
  if (!material) throw new Error(`"${service}" is not a subgraph of the catalogue`);
  return material.privateJwk;
}

export interface CallerOptions {
  scopes?: readonly Scope[];
  organisationId?: string;
  organisationKind?: OrganisationKind;
  keyId?: string;
  /** The purpose the caller stated (`x-mienskip-purpose`). */
  purpose?: string;
  /** The Jeugdwet purposes the key is limited to; absent: not limited. */
  allowedPurposes?: readonly JeugdwetPurpose[];
}

export function testCaller(options: CallerOptions = {}): Caller {
  return {
    keyId: options.keyId ?? 'key-test',
    organisationId: options.organisationId ?? 'org-gemeente-leeuwarden',
    organisationKind: options.organisationKind ?? 'MUNICIPALITY',
    scopes: new Set(options.scopes ?? SCOPES),
    requestId: randomUUID(),
    ...(options.purpose !== undefined && { purpose: options.purpose }),
    ...(options.allowedPurposes && { allowedPurposes: new Set(options.allowedPurposes) }),
  };
}

/**
 * An internal token as the gateway would sign it, for calling a subgraph directly in a test; it names
 * no request, so send an `x-request-id` beside it (`REQUEST_ID_HEADER`), as the gateway does.
 */
export async function signTestToken(audience: string, options: CallerOptions = {}): Promise<string> {
  const signer = await createTokenSigner((await testKeyMaterial()).privateJwk);
  return signer.sign(testCaller(options), audience);
}

import { randomUUID } from 'node:crypto';
import type { Caller, OrganisationKind } from '@mienskip/kit/rules';
import { SCOPES, type Scope } from '@mienskip/kit/scopes';
import { createTokenSigner, generateKeyMaterial, type KeyMaterial } from '@mienskip/kit/token';

let material: Promise<KeyMaterial> | undefined;

/** One EdDSA key pair per test process. */
export function testKeyMaterial(): Promise<KeyMaterial> {
  material ??= generateKeyMaterial('test-key');
  return material;
}

export interface CallerOptions {
  scopes?: readonly Scope[];
  organisationId?: string;
  organisationKind?: OrganisationKind;
  keyId?: string;
  /** The purpose the caller stated (`x-mienskip-purpose`). */
  purpose?: string;
}

export function testCaller(options: CallerOptions = {}): Caller {
  return {
    keyId: options.keyId ?? 'key-test',
    organisationId: options.organisationId ?? 'org-gemeente-leeuwarden',
    organisationKind: options.organisationKind ?? 'MUNICIPALITY',
    scopes: new Set(options.scopes ?? SCOPES),
    requestId: randomUUID(),
    ...(options.purpose !== undefined && { purpose: options.purpose }),
  };
}

/** An internal token as the gateway would sign it, for calling a subgraph directly in a test. */
export async function signTestToken(audience: string, options: CallerOptions = {}): Promise<string> {
  const signer = await createTokenSigner((await testKeyMaterial()).privateJwk);
  return signer.sign(testCaller(options), audience);
}

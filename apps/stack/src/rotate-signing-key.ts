// Rotates the local stack's internal-token signing key (see docs/keys.md, "Rotating the signing key").
import { join } from 'node:path';
import { rotateLocalKeyMaterial } from './secrets.ts';
import { REPO_ROOT } from './services.ts';

const dataDir = process.env.MIENSKIP_DATA_DIR ?? join(REPO_ROOT, '.data');
const [current, previous] = await rotateLocalKeyMaterial(dataDir);
console.log(
  `Signing key rotated: the gateway now signs with ${current}; subgraphs accept ${current} and ${previous}.`,
);
console.log('Restart the stack (subgraphs first, then the gateway, when they run apart).');

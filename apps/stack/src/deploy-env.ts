// `pnpm deploy-env > .env`: fresh secrets for compose.yaml (docs/deploying.md). Never commit the file.
import { deployEnv, envFile } from './deploy-secrets.ts';

process.stdout.write(envFile(await deployEnv()));

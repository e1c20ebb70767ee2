import { main } from '../graph/main.ts';
import { runDdas, USAGE } from './command.ts';

// `pnpm ddas --from … --to … --out …`: the DDAS delivery for a period (see command.ts). Exit codes:
// 0 written, 2 how it was called, 3 the gateway or the key, 4 the data (nothing written), 1 otherwise.

await main({
  name: 'ddas',
  usage: USAGE,
  run: (argv) => runDdas({ argv, env: process.env, progress: (line) => console.log(line) }),
  leftBehind: 'nothing was written',
});

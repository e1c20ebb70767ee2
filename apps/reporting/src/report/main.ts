import { main } from '../graph/main.ts';
import { runReport, USAGE } from './command.ts';

// `pnpm report --year 2021 --by quarter,area --out <dir>`: the council report (see command.ts).
// Progress goes to stderr. Exit codes: 0 written, 2 how it was called, 3 the gateway or the key,
// 1 otherwise.

await main({
  name: 'report',
  usage: USAGE,
  run: (argv) => runReport({ argv, env: process.env, progress: (line) => console.error(line) }),
  leftBehind: 'nothing more was written',
});

import { DdasError, runDdas, USAGE } from './command.ts';

// `pnpm ddas --from … --to … --out …`: the DDAS delivery for a period (see command.ts). Exit codes:
// 0 written, 2 how it was called, 3 the gateway or the key, 4 the data (nothing written), 1 otherwise.

const argv = process.argv.slice(2).filter((arg) => arg !== '--');
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
try {
  await runDdas({ argv, env: process.env, progress: (line) => console.log(line) });
} catch (error) {
  if (error instanceof DdasError) {
    console.error(`ddas: ${error.message}`);
    process.exit(error.exitCode);
  }
  console.error('ddas: unexpected failure, nothing was written:', error);
  process.exit(1);
}

import { ReportError, runReport, USAGE } from './command.ts';

// `pnpm report --year 2021 --by quarter,area --out <dir>`: the council report (see command.ts).
// Progress goes to stderr. Exit codes: 0 written, 2 how it was called, 3 the gateway or the key,
// 1 otherwise.

const argv = process.argv.slice(2).filter((arg) => arg !== '--');
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
try {
  await runReport({ argv, env: process.env, progress: (line) => console.error(line) });
} catch (error) {
  if (error instanceof ReportError) {
    console.error(`report: ${error.message}`);
    process.exit(error.exitCode);
  }
  console.error('report: unexpected failure, nothing more was written:', error);
  process.exit(1);
}

import { CommandError } from './command-error.ts';

export interface Main {
  /** The prefix of every message, e.g. `ddas`. */
  name: string;
  usage: string;
  run: (argv: string[]) => Promise<unknown>;
  /** What an unexpected failure leaves behind, e.g. `nothing was written`. */
  leftBehind: string;
}

/**
 * Runs a command from the shell: `--help` prints its usage, an expected error its message and exit
 * code, anything else exits 1.
 */
export async function main({ name, usage, run, leftBehind }: Main): Promise<void> {
  // pnpm passes a `--` through to the script.
  const argv = process.argv.slice(2).filter((arg) => arg !== '--');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    await run(argv);
  } catch (error) {
    if (error instanceof CommandError) {
      console.error(`${name}: ${error.message}`);
      process.exit(error.exitCode);
    }
    console.error(`${name}: unexpected failure, ${leftBehind}:`, error);
    process.exit(1);
  }
}

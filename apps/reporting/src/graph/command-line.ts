import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Refuse } from './refuse.ts';

/** Where the command was typed: pnpm runs the script in apps/reporting, paths are meant from there. */
export function typedIn(env: Record<string, string | undefined>): string {
  return env.INIT_CWD ?? process.cwd();
}

/** The flags of a run, all strings; an unknown or malformed one is refused with the usage. */
export function flagsOf(
  argv: readonly string[],
  names: readonly string[],
  usage: string,
  refuse: Refuse,
): Record<string, string | undefined> {
  const options: ParseArgsConfig['options'] = Object.fromEntries(
    names.map((name) => [name, { type: 'string' }]),
  );
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | undefined
    >;
  } catch (error) {
    throw refuse(`${(error as Error).message}\n\n${usage}`);
  }
}

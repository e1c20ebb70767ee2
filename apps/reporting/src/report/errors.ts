import { CommandError } from '../graph/command-error.ts';

/**
 * The council report's errors. Each names what to fix; `pnpm report` prints the message and exits
 * with the error's `exitCode` (2: how it was called, 3: the gateway or the key).
 */
export abstract class ReportError extends CommandError {}

/** A flag, the config file or an environment variable is missing or malformed. */
export class ReportUsageError extends ReportError {
  readonly exitCode = 2;
}

/** The gateway cannot be reached, or refuses the key, a scope or an operation. */
export class ReportGraphError extends ReportError {
  readonly exitCode = 3;
}

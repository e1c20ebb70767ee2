import { CommandError } from '../graph/command-error.ts';

/**
 * The DDAS delivery's typed errors. Each names what to fix; the command prints the message and exits
 * with the error's `exitCode` (2: how it was called, 3: the graph or the key, 4: the data).
 */
export abstract class DdasError extends CommandError {}

/** A flag or environment variable is missing or malformed. */
export class DdasUsageError extends DdasError {
  readonly exitCode = 2;
}

/** The gateway cannot be reached or refuses the key, a scope or the operation. */
export class DdasGraphError extends DdasError {
  readonly exitCode = 3;
}

/** A code of the graph that the DDAS mapping does not know (BR-DB44). */
export class UnknownCodeError extends DdasError {
  readonly exitCode = 4;
  constructor(
    readonly enumeration: string,
    readonly code: string,
    readonly where: string,
  ) {
    super(
      `${where}: the code ${JSON.stringify(code)} has no value in DDAS ${enumeration}; map it in codes.ts`,
    );
  }
}

/** The graph answered data the delivery cannot be built from (a case without clients, a bad date). */
export class DdasInputError extends DdasError {
  readonly exitCode = 4;
}

/** A built document breaks its schema: nothing is written (BR-DB46). */
export class DdasInvalidDocumentError extends DdasError {
  readonly exitCode = 4;
  constructor(
    readonly document: string,
    readonly problems: readonly { path: string; rule: string; message: string }[],
  ) {
    super(
      `${document} breaks its DDAS schema, nothing was written:\n${problems
        .map((problem) => `  ${problem.path || '/'}: ${problem.message} (${problem.rule})`)
        .join('\n')}`,
    );
  }
}

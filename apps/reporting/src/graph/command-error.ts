/**
 * An error a command expects: it names what to fix, and the shell gets `exitCode` (each command
 * gives its own: 2 how it was called, 3 the gateway or the key, …).
 */
export abstract class CommandError extends Error {
  abstract readonly exitCode: number;
  override name = this.constructor.name;
}

/**
 * How a shared check refuses what a command was given: with the command's own usage error, so that
 * it exits with that command's code and is caught as that command's error.
 */
export type Refuse = (message: string) => Error;

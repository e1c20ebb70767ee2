/** Why a presented key is refused: each reason has a message of its own for the caller. */
export type KeyRefusal =
  | 'missing'
  | 'malformed'
  | 'unknown'
  | 'expired'
  | 'revoked'
  | 'retired'
  | 'organisation';

/** Authentication said no: the request gets a 401 with this message. */
export class KeyRefused extends Error {
  constructor(readonly reason: KeyRefusal) {
    super(
      {
        missing: 'An API key is required: send "Authorization: Bearer <key>"',
        malformed: 'The Authorization header must be "Bearer <key>"',
        unknown: 'This API key is not known',
        expired: 'This API key has expired',
        revoked: 'This API key has been revoked',
        retired: 'This API key was replaced by a rotation and its grace period has ended',
        organisation: "This API key's organisation is not known to the graph",
      }[reason],
    );
  }
}

/** A request to change keys that cannot be carried out; nothing was changed. */
export class KeyInputError extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'VERSION_CONFLICT',
    message: string,
  ) {
    super(message);
  }
}

import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  errorLogging,
  forbidden,
  INTERNAL_ERROR_MESSAGE,
  loggableError,
  maskError,
  PUBLIC_ERROR_CODES,
  unauthenticated,
} from '../src/errors.ts';
import { createLogger } from '../src/logger.ts';

const mask = (error: GraphQLFormattedError, _original?: unknown) => maskError(error);

function formatted(error: GraphQLError): GraphQLFormattedError {
  return error.toJSON();
}

const location = { line: 1, column: 3 };
const path = ['rooms', 0, 'name'];

describe('createErrorMasker', () => {
  it.each(['FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT'])(
    'keeps message, locations, path and code for %s',
    (code) => {
      const error = new GraphQLError('You may not do this', {
        path,
        extensions: {
          code,
          stacktrace: ['at secret.ts:1'],
          detail: 'db host 10.0.0.5',
          http: { status: 403 },
        },
      });
      const result = mask({ ...formatted(error), locations: [location] }, error);
      expect(result).toEqual({
        message: 'You may not do this',
        locations: [location],
        path,
        extensions: { code },
      });
    },
  );

  it('keeps forbidden() and unauthenticated() errors but drops their http extension', () => {
    const denied = forbidden('Not allowed to read Room.name');
    expect(mask(formatted(denied), denied)).toEqual({
      message: 'Not allowed to read Room.name',
      extensions: { code: 'FORBIDDEN' },
    });
    const anonymous = unauthenticated('No internal token');
    expect(mask(formatted(anonymous), anonymous)).toEqual({
      message: 'No internal token',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('masks an error without code', () => {
    const original = new Error('connect ECONNREFUSED 10.0.0.5:5432');
    const error = new GraphQLError(original.message, { path, originalError: original });
    const result = mask({ ...formatted(error), locations: [location] }, error);
    expect(result).toEqual({
      message: INTERNAL_ERROR_MESSAGE,
      locations: [location],
      path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(INTERNAL_ERROR_MESSAGE).toBe('Internal server error');
  });

  it.each(['SOME_CUSTOM_CODE', 'forbidden', 'INTERNAL_SERVER_ERROR'])(
    'masks an error with code %s',
    (code) => {
      const error = new GraphQLError('relation "secret_table" does not exist', {
        path,
        extensions: { code, stacktrace: ['at pg.ts:12'] },
      });
      expect(mask(formatted(error), error)).toEqual({
        message: 'Internal server error',
        path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    },
  );

  it('masks an error whose code is not a string', () => {
    const error = new GraphQLError('boom', { extensions: { code: 403 } });
    expect(mask(formatted(error), error)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('masks an error that is not a GraphQLError', () => {
    const result = mask({ message: 'TypeError: x is undefined', extensions: {} }, new TypeError('x'));
    expect(result).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('never returns a stacktrace or other extensions', () => {
    const cases: [GraphQLFormattedError, unknown][] = [
      [
        { message: 'a', extensions: { code: 'FORBIDDEN', stacktrace: ['x'], exception: { y: 1 } } },
        undefined,
      ],
      [
        { message: 'b', extensions: { code: 'NOPE', stacktrace: ['x'], exception: { y: 1 } } },
        new Error('b'),
      ],
      [{ message: 'c', extensions: { stacktrace: ['x'] } }, new Error('c')],
    ];
    for (const [input, error] of cases) {
      const result = mask(input, error);
      expect(Object.keys(result.extensions ?? {})).toEqual(['code']);
      expect(Object.keys(result).sort()).toEqual(['extensions', 'message']);
    }
  });

  it('lists INTERNAL_SERVER_ERROR among the public codes, yet still masks its message', () => {
    expect(PUBLIC_ERROR_CODES.has('INTERNAL_SERVER_ERROR')).toBe(true);
    const result = mask({ message: 'secret', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, undefined);
    expect(result.message).toBe('Internal server error');
  });

  it('logs masked errors with the request logger, and not kept ones', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger('test', 'error', {
      write: (line: string) => void lines.push(JSON.parse(line)),
    });
    const listener = await errorLogging<{ logger: typeof logger }>().requestDidStart!({} as never);
    const report = (errors: GraphQLError[]) =>
      (listener as { didEncounterErrors: (c: unknown) => Promise<void> }).didEncounterErrors({
        errors,
        contextValue: { logger },
      });
    await report([forbidden('no')]);
    expect(lines).toHaveLength(0);
    const original = new Error('disk full');
    await report([new GraphQLError('disk full', { path: ['x'], originalError: original })]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'internal error',
      path: ['x'],
      error: { type: 'Error', message: 'disk full' },
    });
  });
});

describe('loggableError', () => {
  it("keeps a database error's SQLSTATE and stack but never its statement or bound values", () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
    });
    const error = Object.assign(
      new Error('Failed query: select * from clients where bsn = $1\nparams: 123456782', { cause }),
      {
        query: 'select * from clients where bsn = $1',
        params: ['123456782'],
      },
    );
    const logged = loggableError(error);
    expect(logged).toMatchObject({ type: 'Error', code: '23505' });
    expect(JSON.stringify(logged)).not.toContain('123456782');
    expect(JSON.stringify(logged)).not.toContain('select');
    expect(String(logged.stack)).toMatch(/^\s*at /);
  });

  it('keeps the message of other errors', () => {
    expect(loggableError(new TypeError('x is undefined'))).toMatchObject({
      type: 'TypeError',
      message: 'x is undefined',
    });
  });
});

describe('ACCESS_LOG_UNAVAILABLE', () => {
  it('is a public code: the caller learns why the data is withheld', () => {
    const error = new GraphQLError('The access log could not be written, so the data is withheld.', {
      extensions: { code: 'ACCESS_LOG_UNAVAILABLE' },
    });
    expect(PUBLIC_ERROR_CODES.has('ACCESS_LOG_UNAVAILABLE')).toBe(true);
    expect(maskError(formatted(error))).toEqual({
      message: 'The access log could not be written, so the data is withheld.',
      extensions: { code: 'ACCESS_LOG_UNAVAILABLE' },
    });
  });
});

describe('SUBGRAPH_UNAVAILABLE', () => {
  it('is a public code that keeps the name of the subgraph, and nothing else of it', () => {
    const error = new GraphQLError('The locations subgraph is unavailable just now.', {
      extensions: {
        code: 'SUBGRAPH_UNAVAILABLE',
        subgraph: 'locations',
        response: { url: 'http://10.0.0.5:4003/graphql' },
        stacktrace: ['at secret.ts:1'],
      },
    });
    expect(PUBLIC_ERROR_CODES.has('SUBGRAPH_UNAVAILABLE')).toBe(true);
    expect(maskError(formatted(error))).toEqual({
      message: 'The locations subgraph is unavailable just now.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'locations' },
    });
  });

  it('keeps `subgraph` for no other code', () => {
    const result = maskError({ message: 'x', extensions: { code: 'FORBIDDEN', subgraph: 'locations' } });
    expect(result.extensions).toEqual({ code: 'FORBIDDEN' });
  });
});

import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  createErrorMasker,
  forbidden,
  INTERNAL_ERROR_MESSAGE,
  PUBLIC_ERROR_CODES,
  unauthenticated,
} from '../src/errors.ts';
import { createLogger } from '../src/logger.ts';

const mask = createErrorMasker(createLogger('test', 'silent'));

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

  it('logs masked errors with their original error, and not kept ones', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger('test', 'error', {
      write: (line: string) => void lines.push(JSON.parse(line)),
    });
    const logging = createErrorMasker(logger);
    const denied = forbidden('no');
    logging(formatted(denied), denied);
    expect(lines).toHaveLength(0);
    const original = new Error('disk full');
    const error = new GraphQLError('disk full', { path: ['x'], originalError: original });
    logging(formatted(error), error);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'internal error', path: ['x'], err: { message: 'disk full' } });
  });
});

import { describe, expect, it } from 'vitest';
import { sanitizeStatement, statementOperation } from '../src/statement-observer.ts';
import { createTracing, tracingConfigFromEnv } from '../src/tracing.ts';

describe('tracingConfigFromEnv', () => {
  it('is off unless configured', () => {
    expect(tracingConfigFromEnv({})).toEqual({ exporter: 'none' });
    expect(createTracing('clients', { env: {} }).enabled).toBe(false);
  });

  it('exports over OTLP/HTTP to the traces endpoint, or to the base endpoint’s /v1/traces', () => {
    expect(tracingConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toEqual({
      exporter: 'otlp',
      url: 'http://collector:4318/v1/traces',
    });
    expect(
      tracingConfigFromEnv({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/in',
      }),
    ).toEqual({ exporter: 'otlp', url: 'https://traces.example/in' });
    expect(tracingConfigFromEnv({ OTEL_TRACES_EXPORTER: 'otlp' })).toEqual({
      exporter: 'otlp',
      url: 'http://localhost:4318/v1/traces',
    });
    expect(tracingConfigFromEnv({ OTEL_TRACES_EXPORTER: 'console' })).toEqual({ exporter: 'console' });
    expect(createTracing('clients', { env: { OTEL_TRACES_EXPORTER: 'console' } }).enabled).toBe(true);
  });

  it('is off when told so, whatever else is set', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(tracingConfigFromEnv({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' })).toEqual({ exporter: 'none' });
    expect(tracingConfigFromEnv({ ...endpoint, OTEL_SDK_DISABLED: 'true' })).toEqual({ exporter: 'none' });
  });

  it('refuses what it cannot honour, with the variable in the message', () => {
    expect(() => tracingConfigFromEnv({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(
      /OTEL_TRACES_EXPORTER.*zipkin/,
    );
    expect(() =>
      tracingConfigFromEnv({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }),
    ).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL must be http\/json/);
    expect(() => tracingConfigFromEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'collector:4318' })).toThrow(
      /http\(s\) URL/,
    );
    expect(
      tracingConfigFromEnv({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })
        .exporter,
    ).toBe('otlp');
  });
});

describe('SQL statements on spans', () => {
  it('keep the text and placeholders, never a literal value', () => {
    expect(sanitizeStatement('select id from clients where id = $1 limit 10')).toBe(
      'select id from clients where id = $1 limit 10',
    );
    expect(sanitizeStatement("select * from clients where bsn = '123456782' or bsn = 123456782")).toBe(
      "select * from clients where bsn = '?' or bsn = ?",
    );
    expect(sanitizeStatement("insert into notes values ('it''s', $1)")).toBe(
      "insert into notes values ('?', $1)",
    );
    expect(sanitizeStatement('do $body$ select 1 $body$')).toBe('do $$?$$');
    expect(sanitizeStatement(`select ${'x, '.repeat(2000)}1`)).toHaveLength(2001);
  });

  it('are named by their first keyword', () => {
    expect(statementOperation('  select 1')).toBe('SELECT');
    expect(statementOperation('(select 1) union (select 2)')).toBe('SELECT');
    expect(statementOperation('insert into x values ($1)')).toBe('INSERT');
    expect(statementOperation('')).toBe('SQL');
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSafeBinding, ConfigError, isLoopbackHost, loadConfig } from '../src/config.js';

const cwd = '/srv/dossier';
const TOKEN = 'a-write-token-of-at-least-32-chars-0123';

describe('loadConfig', () => {
  it('has safe defaults: loopback, port 4000, an embedded store under the working directory', () => {
    expect(loadConfig({}, {}, cwd)).toEqual({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: resolve(cwd, '.dossier'),
      writeToken: null,
      maxTextBytes: 5 * 1024 * 1024,
      graphiql: true,
      introspection: true,
      logLevel: 'info',
      responseCache: true,
      responseCacheBytes: 64 * 1024 * 1024,
      responseCacheMaxStaleMs: 5_000,
      maxResponseBytes: 32 * 1024 * 1024,
      corsOrigins: [],
      metrics: 'loopback',
      ingestMode: 'inline',
      ingestWaitMs: 10_000,
      workerConcurrency: 1,
      storeThread: true,
    });
  });

  it('takes flags over the environment, and the environment over defaults', () => {
    const env = { DATABASE_URL: 'postgres://db/dossier', DOSSIER_PORT: '5000', DOSSIER_HOST: '::1' };
    expect(loadConfig({}, env, cwd)).toMatchObject({
      databaseUrl: 'postgres://db/dossier',
      port: 5000,
      host: '::1',
    });
    expect(loadConfig({ database: 'memory://', port: '0', host: 'localhost' }, env, cwd)).toMatchObject({
      databaseUrl: 'memory://',
      port: 0,
      host: 'localhost',
    });
  });

  it('resolves store directories against the working directory', () => {
    expect(loadConfig({ database: 'data/store' }, {}, cwd).databaseUrl).toBe(resolve(cwd, 'data/store'));
    expect(loadConfig({ database: 'file://data' }, {}, cwd).databaseUrl).toBe(resolve(cwd, 'data'));
  });

  it('reads the token, size limit, switches and log level', () => {
    const config = loadConfig(
      {},
      {
        DOSSIER_WRITE_TOKEN: TOKEN,
        DOSSIER_MAX_TEXT_BYTES: '1000',
        DOSSIER_GRAPHIQL: 'off',
        DOSSIER_INTROSPECTION: 'false',
        DOSSIER_LOG_LEVEL: 'ERROR',
        DOSSIER_RESPONSE_CACHE: '0',
        DOSSIER_RESPONSE_CACHE_BYTES: '1000000',
        DOSSIER_RESPONSE_CACHE_MAX_STALE_MS: '0',
        DOSSIER_MAX_RESPONSE_BYTES: '2000000',
        DOSSIER_CORS_ORIGINS: 'https://app.example.org, http://localhost:5173',
        DOSSIER_METRICS: 'All',
        DOSSIER_STORE_THREAD: 'off',
      },
      cwd,
    );
    expect(config).toMatchObject({
      writeToken: TOKEN,
      maxTextBytes: 1000,
      graphiql: false,
      introspection: false,
      logLevel: 'error',
      responseCache: false,
      responseCacheBytes: 1_000_000,
      responseCacheMaxStaleMs: 0,
      maxResponseBytes: 2_000_000,
      corsOrigins: ['https://app.example.org', 'http://localhost:5173'],
      metrics: 'all',
      storeThread: false,
    });
    expect(loadConfig({}, { DOSSIER_WRITE_TOKEN: '' }, cwd).writeToken).toBeNull();
    expect(loadConfig({}, { DOSSIER_METRICS: 'false' }, cwd).metrics).toBe('off');
    expect(loadConfig({}, { DOSSIER_METRICS: 'true' }, cwd).metrics).toBe('loopback');
  });

  it.each([
    [{ port: '70000' }, {}, /--port must be a port number/],
    [{ port: '12ab' }, {}, /--port/],
    [{}, { DOSSIER_PORT: '-1' }, /DOSSIER_PORT/],
    [{ host: 'not a host!' }, {}, /--host must be an IP address or a host name/],
    [{ database: 'mysql://x' }, {}, /unsupported database URL scheme "mysql:\/\/"/],
    [{}, { DOSSIER_MAX_TEXT_BYTES: '5MB' }, /DOSSIER_MAX_TEXT_BYTES must be a whole number of bytes/],
    [{}, { DOSSIER_MAX_TEXT_BYTES: '0' }, /DOSSIER_MAX_TEXT_BYTES/],
    [{}, { DOSSIER_GRAPHIQL: 'maybe' }, /DOSSIER_GRAPHIQL must be true or false/],
    [{}, { DOSSIER_LOG_LEVEL: 'loud' }, /DOSSIER_LOG_LEVEL must be one of/],
    [{}, { DOSSIER_WRITE_TOKEN: 'has space' }, /DOSSIER_WRITE_TOKEN must be printable ASCII/],
    [{}, { DOSSIER_WRITE_TOKEN: 'x' }, /DOSSIER_WRITE_TOKEN must be at least 32 characters \(it has 1\)/],
    [{}, { DOSSIER_WRITE_TOKEN: 'a'.repeat(31) }, /at least 32 characters/],
    [{}, { DOSSIER_MAX_RESPONSE_BYTES: 'lots' }, /DOSSIER_MAX_RESPONSE_BYTES must be a whole number/],
    [{}, { DOSSIER_RESPONSE_CACHE_BYTES: '-5' }, /DOSSIER_RESPONSE_CACHE_BYTES/],
    [{}, { DOSSIER_RESPONSE_CACHE_MAX_STALE_MS: '60001' }, /DOSSIER_RESPONSE_CACHE_MAX_STALE_MS/],
    [{}, { DOSSIER_CORS_ORIGINS: '*' }, /DOSSIER_CORS_ORIGINS must list origins/],
    [{}, { DOSSIER_CORS_ORIGINS: 'https://app.example.org/path' }, /DOSSIER_CORS_ORIGINS/],
    [{}, { DOSSIER_CORS_ORIGINS: 'javascript:alert(1)' }, /DOSSIER_CORS_ORIGINS/],
    [{}, { DOSSIER_METRICS: 'public' }, /DOSSIER_METRICS must be loopback, all or off/],
  ])('refuses bad values with a message naming the setting (%j %j)', (flags, env, message) => {
    expect(() => loadConfig(flags, env, cwd)).toThrow(ConfigError);
    expect(() => loadConfig(flags, env, cwd)).toThrow(message);
  });
});

describe('loopback rule', () => {
  it.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1'])(
    '%s is loopback',
    (host) => expect(isLoopbackHost(host)).toBe(true),
  );
  it.each(['0.0.0.0', '::', '10.0.0.5', '192.168.1.2', 'example.com', '128.0.0.1'])('%s is not', (host) =>
    expect(isLoopbackHost(host)).toBe(false),
  );

  it('refuses a reachable address without a token, and allows it with one', () => {
    expect(() => assertSafeBinding({ host: '0.0.0.0', writeToken: null })).toThrow(
      /refusing to listen on 0.0.0.0/,
    );
    expect(() => assertSafeBinding({ host: '0.0.0.0', writeToken: 'token-123' })).not.toThrow();
    expect(() => assertSafeBinding({ host: '127.0.0.1', writeToken: null })).not.toThrow();
  });
});

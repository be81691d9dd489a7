import path from 'node:path';
import { ConfigError, loadConfig } from './config';
import { findRepoRoot } from './repo-root';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  const root = findRepoRoot();

  it('defaults to a local development setup on the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      isProduction: false,
      host: '127.0.0.1',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      dataDir: path.join(root, '.data'),
      embeddedDatabasePort: 54329,
      seedDemo: true,
      logLevel: 'info',
      webDistDir: path.join(root, 'web', 'dist'),
    });
  });

  it('keeps the development mailbox off unless DEV_MAILBOX=true, and refuses it in production', () => {
    expect(loadConfig({}).devMailbox).toBe(false);
    expect(loadConfig({ DEV_MAILBOX: 'false' }).devMailbox).toBe(false);
    expect(loadConfig({ DEV_MAILBOX: 'true' }).devMailbox).toBe(true);
    expect(problems({ DEV_MAILBOX: 'yes' })).toEqual(['DEV_MAILBOX must be "true" or "false" (got "yes")']);
    expect(problems({ NODE_ENV: 'production', DEV_MAILBOX: 'true' })).toEqual([
      'DEV_MAILBOX must not be true in production: set SMTP_URL so emails are sent (got "true")',
    ]);
    expect(loadConfig({ NODE_ENV: 'production', DEV_MAILBOX: 'false' }).devMailbox).toBe(false);
  });

  it('seeds nothing by default with an external database, unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/heritage' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/heritage', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('treats empty variables as unset and trims a trailing slash from PUBLIC_URL', () => {
    const config = loadConfig({ PORT: '', PUBLIC_URL: 'https://cop.example.org/' });
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('https://cop.example.org');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number between 0 and 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be a whole number between 0 and 65535 (got "70000")'],
    [{ PORT: '3.5' }, 'PORT must be a whole number between 0 and 65535 (got "3.5")'],
    [{ EMBEDDED_DATABASE_PORT: '-1' }, 'EMBEDDED_DATABASE_PORT must be a whole number between 0 and 65535 (got "-1")'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be one of development, test, production (got "staging")'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    [{ SEED_DEMO: 'yes' }, 'SEED_DEMO must be "true" or "false" (got "yes")'],
    [
      { PUBLIC_URL: 'cop.example.org' },
      'PUBLIC_URL must be an absolute http(s) URL such as https://cop.example.org (got "cop.example.org")',
    ],
    [
      { DATABASE_URL: 'mysql://db/x' },
      'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/database',
    ],
    [
      { DATABASE_URL: 'not a url' },
      'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/database',
    ],
  ])('names the bad variable: %o', (env, message) => {
    expect(problems(env)).toEqual([message]);
  });

  it('takes TRUST_PROXY as false, a hop count or a list of proxy addresses, never true', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
      'loopback',
    ]);
    for (const bad of ['true', 'yes', '10.0.0.0/33', 'proxy.example.org', '1.2.3']) {
      expect(problems({ TRUST_PROXY: bad })[0]).toMatch(/^TRUST_PROXY must be false, the number of reverse proxies/);
    }
  });

  it('has a documented default for every rate limit, each overridable as ADDRESS,ACCOUNT,WINDOW_SECONDS', () => {
    const config = loadConfig({ RATE_LIMIT_PASSWORD_RESET: ' 4, 2 ,600' });
    expect(config.rateLimits.PASSWORD_RESET).toEqual({ perAddress: 4, perAccount: 2, windowSeconds: 600 });
    expect(config.rateLimits.SIGN_IN).toEqual({ perAddress: 20, perAccount: 5, windowSeconds: 900 });
    expect(config.rateLimits.APPLY).toEqual({ perAddress: 10, perAccount: 3, windowSeconds: 3600 });
    for (const bad of ['4,2', '0,2,600', 'a,b,c', '4,2,600,1']) {
      expect(problems({ RATE_LIMIT_APPLY: bad })).toEqual([
        `RATE_LIMIT_APPLY must be three whole numbers "ADDRESS,ACCOUNT,WINDOW_SECONDS", each 1 or more (got "${bad}")`,
      ]);
    }
  });

  it('reports every bad variable at once and never echoes DATABASE_URL (it may hold a password)', () => {
    const found = problems({ PORT: 'x', DATABASE_URL: 'mysql://root:hunter2@db/x' });
    expect(found).toHaveLength(2);
    expect(found.join('\n')).not.toContain('hunter2');
  });

  it('bounds every wait for the database, with defaults, and refuses nonsense', () => {
    expect(loadConfig({}).database).toEqual({
      poolSize: 10,
      acquireTimeoutMs: 10000,
      statementTimeoutMs: 15000,
      lockTimeoutMs: 5000,
      idleInTransactionTimeoutMs: 15000,
    });
    expect(
      loadConfig({ DATABASE_POOL_SIZE: '3', DATABASE_LOCK_TIMEOUT_MS: '0', DATABASE_ACQUIRE_TIMEOUT_MS: '500' })
        .database,
    ).toMatchObject({ poolSize: 3, lockTimeoutMs: 0, acquireTimeoutMs: 500 });
    expect(problems({ DATABASE_POOL_SIZE: '0', DATABASE_STATEMENT_TIMEOUT_MS: 'soon' })).toEqual([
      'DATABASE_POOL_SIZE must be a whole number between 1 and 200 (got "0")',
      'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number between 0 and 3600000 (got "soon")',
    ]);
  });
});

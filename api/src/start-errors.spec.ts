import { ConfigError } from './config/config';
import { DataDirInUseError } from './database/data-dir-lock';
import { EmbeddedDatabaseError } from './database/orphaned-postmaster';
import { startFailureMessage } from './start-errors';

describe('startFailureMessage', () => {
  it('passes the messages written for people on as they are', () => {
    expect(startFailureMessage(new ConfigError(['PORT must be a whole number']))).toBe(
      'heritage-cop: Invalid configuration:\n  - PORT must be a whole number',
    );
    expect(startFailureMessage(new DataDirInUseError('/d', 42))).toMatch(
      /^heritage-cop: The data folder \/d is in use/,
    );
    expect(startFailureMessage(new EmbeddedDatabaseError('The embedded PostgreSQL in /d did not start: x'))).toBe(
      'heritage-cop: The embedded PostgreSQL in /d did not start: x',
    );
  });

  it('never says "undefined": every other failure is described', () => {
    expect(startFailureMessage(undefined)).toBe('heritage-cop: could not start: an error with no details was raised');
    expect(startFailureMessage(null)).toBe('heritage-cop: could not start: an error with no details was raised');
    expect(startFailureMessage('')).toBe('heritage-cop: could not start: an empty error message was raised');
    expect(startFailureMessage(new Error(''))).toBe('heritage-cop: could not start: Error (no message)');
    expect(startFailureMessage(new Error('first line\nsecond line'))).toBe('heritage-cop: could not start: first line');
    expect(startFailureMessage({ code: 'EACCES' })).toBe('heritage-cop: could not start: {"code":"EACCES"}');
    for (const value of [undefined, null, '', new Error(''), {}]) {
      expect(startFailureMessage(value)).not.toMatch(/undefined|null$/);
    }
  });
});

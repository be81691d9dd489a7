import { QueryFailedError } from 'typeorm';
import { isTransientDatabaseError } from './transient-errors';

const pgError = (code: string, message = 'failed') => Object.assign(new Error(message), { code });
const queryFailed = (code: string) => new QueryFailedError('SELECT 1', [], pgError(code));

describe('isTransientDatabaseError', () => {
  it.each([
    ['statement_timeout', queryFailed('57014')],
    ['lock_timeout', queryFailed('55P03')],
    ['deadlock', queryFailed('40P01')],
    ['idle in transaction timeout', pgError('25P03')],
    ['server shutting down', pgError('57P01')],
    ['server starting up', pgError('57P03')],
    ['connection failure', pgError('08006')],
    ['refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['pool acquire timeout', new Error('timeout exceeded when trying to connect')],
    ['connection lost', new Error('Connection terminated unexpectedly')],
  ])('%s: retry', (_, error) => {
    expect(isTransientDatabaseError(error)).toBe(true);
  });

  it.each([
    ['unique violation', queryFailed('23505')],
    ['syntax error', queryFailed('42601')],
    ['a bug', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('%s: not transient', (_, error) => {
    expect(isTransientDatabaseError(error)).toBe(false);
  });
});

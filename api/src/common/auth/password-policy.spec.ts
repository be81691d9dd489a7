import { isCommonPassword, passwordProblems } from './password-policy';

describe('password policy', () => {
  it.each([
    ['', 'Enter a password'],
    ['short', 'Password must be 8 characters or more'],
    ['1234567', 'Password must be 8 characters or more'],
    ['password', 'Choose a less common password: this one is on a list of the most used passwords'],
    ['PASSWORD', 'Choose a less common password: this one is on a list of the most used passwords'],
    ['12345678', 'Choose a less common password: this one is on a list of the most used passwords'],
    ['baseball', 'Choose a less common password: this one is on a list of the most used passwords'],
    ['x'.repeat(257), 'Password must be 256 characters or fewer'],
  ])('refuses %j', (password, message) => {
    expect(passwordProblems(password)).toEqual([{ field: 'password', message }]);
  });

  it.each([
    'correct horse battery staple',
    'heritage-demo-admin',
    'abcdefgh-not-common',
    'x'.repeat(256),
    'ñandú-çafé-über',
  ])('accepts %j (no composition rules)', (password) => {
    expect(passwordProblems(password)).toEqual([]);
  });

  it('knows 1,000 common passwords', () => {
    expect(isCommonPassword('qwerty')).toBe(true);
    expect(isCommonPassword('a unique passphrase')).toBe(false);
  });
});

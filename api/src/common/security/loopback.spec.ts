import { hasForwardingHeader, isLocalHostHeader, isLoopbackAddress, notLocalBecause } from './loopback';

describe('isLoopbackAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.5', false],
    ['192.168.1.10', false],
    ['::ffff:10.0.0.5', false],
    ['2001:db8::1', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});

describe('isLocalHostHeader', () => {
  it.each([
    ['localhost', true],
    ['localhost:3000', true],
    ['LOCALHOST:3000', true],
    ['127.0.0.1:54321', true],
    ['[::1]:3000', true],
    ['[::1]', true],
    ['evil.example', false],
    ['evil.example:3000', false],
    ['localhost.evil.example', false],
    ['127.0.0.1.nip.io', false],
    ['localhost:3000@evil.example', false],
    ['::1', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (host, expected) => {
    expect(isLocalHostHeader(host)).toBe(expected);
  });
});

describe('hasForwardingHeader', () => {
  it.each([
    ['x-forwarded-for', true],
    ['X-Forwarded-Host', true],
    ['x-forwarded-proto', true],
    ['forwarded', true],
    ['x-real-ip', true],
    ['via', true],
    ['cf-connecting-ip', true],
    ['true-client-ip', true],
    ['accept', false],
    ['x-request-id', false],
  ])('%s → %s', (name, expected) => {
    expect(hasForwardingHeader({ [name]: '203.0.113.9' })).toBe(expected);
  });
});

describe('notLocalBecause', () => {
  const local = { socket: { remoteAddress: '127.0.0.1' }, headers: { host: 'localhost:3000' } };
  it('accepts a loopback peer naming this machine with no forwarding headers', () => {
    expect(notLocalBecause(local)).toBeNull();
  });
  it('refuses another machine, whatever its headers say', () => {
    expect(notLocalBecause({ ...local, socket: { remoteAddress: '203.0.113.9' } })).toBe('peer');
    expect(notLocalBecause({ ...local, socket: {} })).toBe('peer');
  });
  it('refuses a request a proxy passed on', () => {
    expect(notLocalBecause({ ...local, headers: { ...local.headers, 'x-forwarded-for': '127.0.0.1' } })).toBe(
      'forwarded',
    );
  });
  it('refuses another site’s name (DNS rebinding) and a missing Host', () => {
    expect(notLocalBecause({ ...local, headers: { host: 'rebind.example:3000' } })).toBe('host');
    expect(notLocalBecause({ ...local, headers: {} })).toBe('host');
  });
});

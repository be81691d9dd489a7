// The cursor codec refuses every cursor its list did not issue, before anything reaches SQL.
import { ErrorCode } from '@heritage/shared';
import { cursorCodec, Part } from './connection';

const ID = '6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b';
const EVENTS = cursorCodec('events', Part.timestamp, Part.uuid);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    const e = error as { extensions?: { code?: string; fields?: unknown } };
    return { code: e.extensions?.code, fields: e.extensions?.fields };
  }
  return 'accepted';
}

const REFUSED = {
  code: ErrorCode.BadUserInput,
  fields: [{ field: 'after', message: 'That page link is not valid. Go back to the first page.' }],
};

describe('cursorCodec', () => {
  it('round-trips what it issued, in both timestamp forms', () => {
    for (const at of ['2025-11-25 12:00:00.123456+00', '2025-11-25T12:00:00.123456Z', '2024-02-29 00:00:00+05:30']) {
      expect(EVENTS.decode(EVENTS.encode([at, ID]))).toEqual([at, ID]);
    }
    expect(EVENTS.decode(null)).toBeUndefined();
    expect(EVENTS.decode(undefined)).toBeUndefined();
  });

  it.each([
    ['not base64 JSON', '!!!'],
    ['JSON that is not a list', b64({ a: 1 })],
    [
      'another list’s cursor',
      cursorCodec('auditLog', Part.timestamp, Part.uuid).encode(['2025-01-01 00:00:00+00', ID]),
    ],
    ['too few parts', b64(['events', '2025-01-01 00:00:00+00'])],
    ['too many parts', b64(['events', '2025-01-01 00:00:00+00', ID, 1])],
    ['a date that does not exist', b64(['events', '2025-02-30 00:00:00+00', ID])],
    ['a time that does not exist', b64(['events', '2025-01-01 24:61:00+00', ID])],
    ['words for a timestamp', b64(['events', 'yesterday', ID])],
    ['a non-UUID id', b64(['events', '2025-01-01 00:00:00+00', "'; DROP TABLE event; --"])],
    ['a number for an id', b64(['events', '2025-01-01 00:00:00+00', 7])],
    ['an enormous cursor', 'a'.repeat(5000)],
  ])('refuses %s', (_name, after) => {
    expect(refusal(() => EVENTS.decode(after))).toEqual(REFUSED);
  });

  it('checks numbers, text and booleans', () => {
    const posts = cursorCodec('posts', Part.int);
    for (const n of [-1, 1.5, 2 ** 31, '3']) expect(refusal(() => posts.decode(b64(['posts', n])))).toEqual(REFUSED);
    expect(posts.decode(posts.encode([42]))).toEqual([42]);
    const members = cursorCodec('members', Part.text, Part.uuid);
    expect(refusal(() => members.decode(b64(['members', 'a\u0000b', ID])))).toEqual(REFUSED);
    expect(refusal(() => members.decode(b64(['members', 'x'.repeat(1001), ID])))).toEqual(REFUSED);
    const waitlist = cursorCodec('waitlist', Part.bigint, Part.uuid);
    expect(refusal(() => waitlist.decode(b64(['waitlist', '2025-01-01 00:00:00+00', ID])))).toEqual(REFUSED);
    const threads = cursorCodec('threads', Part.bool, Part.timestamp, Part.uuid);
    expect(refusal(() => threads.decode(b64(['threads', 'true', '2025-01-01 00:00:00+00', ID])))).toEqual(REFUSED);
    const search = cursorCodec('search', Part.real, Part.timestamp, Part.uuid);
    expect(search.decode(search.encode(['1.5e-05', '2025-01-01T00:00:00.000000Z', ID]))).toBeDefined();
    expect(refusal(() => search.decode(b64(['search', '1; DROP', '2025-01-01T00:00:00.000000Z', ID])))).toEqual(
      REFUSED,
    );
  });
});

import { DISCUSSION_LIMITS, MemberStatus } from '@heritage/shared';
import { renderMarkdown } from '../../common/markdown/render-markdown';
import { mentionsThatCount, parseMentions } from './mentions';

const A = '0b8c1a4e-2f3d-4c5b-8a69-7e1f2d3c4b5a';
const B = '1c9d2b5f-3a4e-4d6c-9b7a-8f2a3e4d5c6b';
const C = '2dae3c6a-4b5f-4e7d-8c8b-9a3b4f5e6d7c';

describe('parseMentions', () => {
  it('finds each mentioned member once, in order of first mention, lower-cased', () => {
    const body =
      `Ask @[Priya Shah](/members/${B}) or @[Dr Gareth Lloyd](/members/${A.toUpperCase()}); ` +
      `@[Priya](/members/${B}) again.`;
    expect(parseMentions(body)).toEqual([B, A]);
  });

  it('ignores links that are not mentions', () => {
    const body = [
      `[Priya](/members/${A})`, // no @
      `@[Priya](https://example.org/members/${A})`, // not a relative profile link
      `@[Priya](/members/not-a-uuid)`,
      `@[](/members/${A})`, // no name
      `@[Two\nlines](/members/${A})`,
      `@[Priya](/members/${A}/edit)`,
    ].join(' ');
    expect(parseMentions(body)).toEqual([]);
  });

  it('renders as "@" and a link to the profile', () => {
    expect(renderMarkdown(`Thanks @[Priya Shah](/members/${A})!`)).toBe(
      `<p>Thanks @<a href="/members/${A}" rel="nofollow ugc noopener">Priya Shah</a>!</p>`,
    );
  });
});

describe('mentionsThatCount', () => {
  const member = (id: string, overrides: Partial<{ status: MemberStatus; erasedAt: Date | null }> = {}) => ({
    id,
    status: MemberStatus.Active,
    erasedAt: null,
    canRead: true,
    ...overrides,
  });

  it('keeps active members who can read, in the order written', () => {
    const candidates = [member(A), member(B, { status: MemberStatus.Suspended }), member(C)];
    expect(mentionsThatCount([C, B, A], candidates, (m) => m.canRead)).toEqual([C, A]);
  });

  it('drops erased members, unknown ids and members who cannot read the space', () => {
    const candidates = [member(A, { erasedAt: new Date() }), { ...member(B), canRead: false }];
    expect(mentionsThatCount([A, B, C], candidates, (m) => m.canRead)).toEqual([]);
  });

  it('keeps at most the mention limit', () => {
    const ids = Array.from(
      { length: DISCUSSION_LIMITS.mentionsMax + 5 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const kept = mentionsThatCount(
      ids,
      ids.map((id) => member(id)),
      () => true,
    );
    expect(kept).toEqual(ids.slice(0, DISCUSSION_LIMITS.mentionsMax));
  });
});

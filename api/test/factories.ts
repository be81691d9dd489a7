// Valid records with overrides, written straight to a test database.
import { randomBytes } from 'node:crypto';
import { MemberStatus, Role } from '@heritage/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../src/common/auth/password';
import { renderMarkdown } from '../src/common/markdown/render-markdown';

export const TEST_PASSWORD = 'a long test passphrase';
let cachedHash: Promise<string> | undefined;

export interface BuiltMember {
  id: string;
  email: string;
  displayName: string;
  password: string;
}

export async function buildMember(
  ds: DataSource,
  overrides: Partial<{
    email: string;
    displayName: string;
    organisation: string;
    roles: Role[];
    status: MemberStatus;
    password: string;
  }> = {},
): Promise<BuiltMember> {
  const suffix = randomBytes(4).toString('hex');
  const password = overrides.password ?? TEST_PASSWORD;
  const hash = overrides.password ? await hashPassword(password) : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const email = overrides.email ?? `member-${suffix}@example.org`;
  const displayName = overrides.displayName ?? `Member ${suffix}`;
  const [{ id }] = await ds.query<{ id: string }[]>(
    `INSERT INTO member (email, display_name, organisation, roles, status, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      email,
      displayName,
      overrides.organisation ?? 'Test Heritage Trust',
      overrides.roles ?? [Role.Member],
      overrides.status ?? MemberStatus.Active,
      hash,
    ],
  );
  return { id, email, displayName, password };
}

export interface BuiltCategory {
  id: string;
  slug: string;
}

/** A discussion space; everyone reads, starts and replies unless the overrides say otherwise. */
export async function buildCategory(
  ds: DataSource,
  overrides: Partial<{ slug: string; name: string; readRoles: Role[]; startRoles: Role[]; replyRoles: Role[] }> = {},
): Promise<BuiltCategory> {
  const everyone = Object.values(Role);
  const slug = overrides.slug ?? `space-${randomBytes(4).toString('hex')}`;
  const [{ id }] = await ds.query<{ id: string }[]>(
    `INSERT INTO category (slug, name, position, read_roles, start_roles, reply_roles)
     VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM category), $3, $4, $5) RETURNING id`,
    [
      slug,
      overrides.name ?? `Space ${slug}`,
      overrides.readRoles ?? everyone,
      overrides.startRoles ?? everyone,
      overrides.replyRoles ?? everyone,
    ],
  );
  return { id, slug };
}

export interface BuiltThread {
  id: string;
  openingPostId: string;
}

/**
 * A thread with its opening post, written straight to the database (the counters set as the service would);
 * `replies` adds that many replies by the same author. Bodies are stored as rendered plain paragraphs.
 */
export async function buildThread(
  ds: DataSource,
  categoryId: string,
  authorId: string,
  overrides: Partial<{
    title: string;
    body: string;
    kind: string;
    summary: string;
    tags: string[];
    replies: number;
  }> = {},
): Promise<BuiltThread> {
  const kind = overrides.kind ?? 'DISCUSSION';
  const body = overrides.body ?? 'An opening post about heritage and wellbeing.';
  const replies = overrides.replies ?? 0;
  const [{ id }] = await ds.query<{ id: string }[]>(
    `INSERT INTO thread (category_id, author_id, kind, title, summary, tags, post_count, highest_post_number,
       last_poster_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $2) RETURNING id`,
    [
      categoryId,
      authorId,
      kind,
      overrides.title ?? `A thread ${randomBytes(3).toString('hex')}`,
      kind === 'UPDATE' ? (overrides.summary ?? 'A short summary of the update.') : null,
      overrides.tags ?? [],
      replies + 1,
    ],
  );
  const [{ id: openingPostId }] = await ds.query<{ id: string }[]>(
    `INSERT INTO post (thread_id, number, author_id, body, body_html) VALUES ($1, 1, $2, $3, $4) RETURNING id`,
    // Rendered as the app renders it: body_text (search snippets, report excerpts) is derived from it.
    [id, authorId, body, renderMarkdown(body)],
  );
  if (replies > 0) {
    await ds.query(
      `INSERT INTO post (thread_id, number, author_id, body, body_html, created_at)
       SELECT $1, n, $2, 'Reply ' || n, '<p>Reply ' || n || '</p>', now() + n * interval '1 millisecond'
       FROM generate_series(2, $3::int) AS n`,
      [id, authorId, replies + 1],
    );
  }
  return { id, openingPostId };
}

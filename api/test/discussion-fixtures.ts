// Shared by the reading and watching specs: members signed in through the API, a space only the advisory
// group reads, and threads and replies written through createThread and createPost, so that what follows a
// post (the author has read it, the author and the mentioned watch it) happens as it does for members.
import { Role } from '@heritage/shared';
import type { TestApp } from './app';
import { buildCategory, buildMember, type BuiltMember } from './factories';
import { type GqlResponse, Session } from './gql';
import { graphql } from './graphql';

const CREATE_THREAD = graphql(`
  mutation DiscussionFixturesCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`);
const CREATE_POST = graphql(`
  mutation DiscussionFixturesCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      number
    }
  }
`);

export interface Person extends BuiltMember {
  roles: Role[];
  session: Session;
}

export const codeOf = (res: GqlResponse): string | undefined => res.body.errors?.[0].extensions?.code;
export const messageOf = (res: GqlResponse): string | undefined => res.body.errors?.[0].message;

/** A member with these roles, signed in with their password. */
export async function person(t: TestApp, roles: Role[] = [Role.Member]): Promise<Person> {
  const built = await buildMember(t.dataSource, { roles });
  const session = new Session(t.url);
  expect((await session.signIn(built.email, built.password)).status).toBe(200);
  return { ...built, roles, session };
}

/** A space only the advisory group (and admins) may read, start threads and reply in. */
export async function buildAdvisorySpace(t: TestApp): Promise<string> {
  const roles = [Role.AdvisoryGroup, Role.Admin];
  return (await buildCategory(t.dataSource, { readRoles: roles, startRoles: roles, replyRoles: roles })).id;
}

/** The text, then mentions as the composer writes them. */
const withMentions = (text: string, ids: string[]) =>
  [text, ...ids.map((id) => `@[Someone](/members/${id})`)].join(' ');

/** A new thread by `by`, mentioning `mentions`, with `replies` more posts by its author. */
export async function startThread(
  by: Person,
  spaceId: string,
  { replies = 0, mentions = [] }: { replies?: number; mentions?: string[] } = {},
): Promise<string> {
  const res = await by.session.gql(CREATE_THREAD, {
    input: {
      spaceId,
      kind: 'DISCUSSION',
      title: 'Heritage walks and wellbeing',
      body: withMentions('An opening post.', mentions),
      confirmPersonalData: true,
    },
  });
  expect(res.body.errors).toBeUndefined();
  const id = res.body.data!.createThread.id;
  for (let i = 0; i < replies; i += 1) await reply(by, id);
  return id;
}

/** A reply by `by`, mentioning `mentions`. Returns its number. */
export async function reply(by: Person, threadId: string, mentions: string[] = []): Promise<number> {
  const res = await by.session.gql(CREATE_POST, {
    input: { threadId, body: withMentions('A reply.', mentions), confirmPersonalData: true },
  });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createPost.number;
}

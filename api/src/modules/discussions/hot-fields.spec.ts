// The fields read for every row of a thread page, a thread list or a search page take graphql's own (parent,
// args, context) with no parameter decorators (an argument is declared with FieldArg, which leaves none), so
// Nest hands them to graphql as they are (its fast path) instead of wrapping every call with its parameter
// factories and the global pipe. A decorator added to one of them would slow every page without failing
// anything else: this keeps them as they are (docs/development.md, "Hot fields").
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { PostsResolver } from './posts/posts.resolver';
import { ReactionSummaryResolver, ReactionsResolver } from './reactions/reactions.resolver';
import { ThreadReadingResolver } from './reading/reading.resolver';
import { PostReportingResolver } from './reports/reports.resolver';
import { ThreadsResolver } from './threads/threads.resolver';

const HOT: [string, abstract new (...args: never[]) => object, string[]][] = [
  ['Post', PostsResolver, ['thread', 'author', 'replyTo', 'mentions', 'canEdit', 'canDelete', 'canModerate']],
  ['Post', ReactionsResolver, ['reactions', 'canReact']],
  ['ReactionSummary', ReactionSummaryResolver, ['reactors']],
  ['Post', PostReportingResolver, ['canReport', 'reportedByViewer']],
  [
    'Thread',
    ThreadsResolver,
    ['space', 'category', 'author', 'lastPoster', 'caseStudy', 'canReply', 'canEdit', 'canModerate'],
  ],
  ['Thread', ThreadReadingResolver, ['isNew', 'unreadCount', 'lastReadNumber', 'firstUnreadNumber', 'watching']],
];

describe('hot fields', () => {
  it.each(HOT.flatMap(([type, resolver, fields]) => fields.map((field) => [type, field, resolver] as const)))(
    '%s.%s takes no parameter decorators',
    (_type, field, resolver) => {
      expect(typeof (resolver.prototype as Record<string, unknown>)[field]).toBe('function');
      expect(Reflect.getMetadata(ROUTE_ARGS_METADATA, resolver, field)).toBeUndefined();
    },
  );
});

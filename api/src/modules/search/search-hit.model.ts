// The GraphQL face of a search result: the thread (and the post, when a post's text matched), a snippet of
// escaped text with only <mark> added, and the rank. Its connection adds the total, for "12 results", and
// whether it was capped, for "more than 2,000 results".
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/graphql/connection';
import { Post } from '../discussions/posts/post.model';
import { Thread } from '../discussions/threads/thread.model';

@ObjectType({ description: 'One search result: at most one per thread, its best match.' })
export class SearchHit {
  @Field(() => Thread)
  thread: Thread;

  @Field(() => Post, {
    nullable: true,
    description:
      'The post whose text matched; null when the thread’s own fields matched (title, summary, tags, case study).',
  })
  post: Post | null;

  @Field({ description: 'Plain text, HTML-escaped, with <mark>…</mark> around matched words and nothing else.' })
  snippetHtml: string;

  @Field(() => Float, { description: 'Higher is a better match (title above summary and case study above posts).' })
  rank: number;
}

@ObjectType()
export class SearchHitEdge {
  @Field()
  cursor: string;

  @Field(() => SearchHit)
  node: SearchHit;
}

/** The shape of ConnectionType's connections, plus the number of hits in all. */
@ObjectType()
export class SearchHitConnection {
  @Field(() => [SearchHitEdge])
  edges: SearchHitEdge[];

  @Field(() => [SearchHit])
  nodes: SearchHit[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, {
    description:
      'Hits across every page. When totalCountCapped is true, only the newest matching posts were searched, ' +
      'so there are more hits than this.',
  })
  totalCount: number;

  @Field({
    description:
      'True when more posts matched than one search ranks (the newest 2,000): show "more than totalCount" and ' +
      'suggest narrowing the search.',
  })
  totalCountCapped: boolean;
}

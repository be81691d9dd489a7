// Owns discussion search: the query over the tsvectors kept by the Search migration, the readable-space rule
// (asked of categories.policy), keyset pages and safe snippets. Threads and posts are the discussions
// module's types, built with its mappers.
import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module';
import { SearchRepository } from './search.repository';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  imports: [DiscussionsModule],
  providers: [SearchRepository, SearchService, SearchResolver],
})
export class SearchModule {}

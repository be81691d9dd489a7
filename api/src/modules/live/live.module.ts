// Owns live updates: the live_event log's listener (fan-out between app processes through PostgreSQL
// LISTEN/NOTIFY), the per-process hub of open streams with its per-event permission check, the `liveEvents`
// subscription and its SSE endpoint (live-stream.ts, mounted by server.ts).
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { LiveListener } from './live-listener.service';
import { LiveRepository } from './live.repository';
import { LiveResolver } from './live.resolver';
import { LiveService } from './live.service';

@Module({
  imports: [AuthModule, NotificationsModule],
  providers: [LiveRepository, LiveService, LiveListener, LiveResolver],
  exports: [LiveService, LiveListener],
})
export class LiveModule {}

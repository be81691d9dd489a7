// Owns the PostgreSQL job queue and its worker; other modules register handlers for their job kinds.
import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { JobWorker } from './job-worker.service';

@Global()
@Module({ providers: [JobQueue, JobWorker], exports: [JobQueue, JobWorker] })
export class JobsModule {}

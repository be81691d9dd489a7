// Owns the PostgreSQL job queue, its worker and hourly housekeeping; other modules register handlers.
import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { JobWorker } from './job-worker.service';
import { JobsRepository } from './jobs.repository';
import { MaintenanceService } from './maintenance.service';

@Global()
@Module({ providers: [JobQueue, JobsRepository, JobWorker, MaintenanceService], exports: [JobQueue, JobWorker] })
export class JobsModule {}

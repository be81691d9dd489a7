// Owns the PostgreSQL job queue, its worker and hourly housekeeping; other modules register handlers.
import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { JobWorker } from './job-worker.service';
import { JobsRepository } from './jobs.repository';
import { MaintenanceService } from './maintenance.service';
import { JobsMemberDataRepository } from './jobs-member-data.repository';

@Global()
@Module({
  providers: [JobQueue, JobsRepository, JobWorker, MaintenanceService, JobsMemberDataRepository],
  exports: [JobQueue, JobWorker],
})
export class JobsModule {}

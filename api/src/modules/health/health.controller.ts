// Liveness and readiness probes for process managers and load balancers.
import { Controller, Get, Header, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '../../common/auth/public.decorator';
import { HealthRepository } from './health.repository';

@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthRepository) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  @Header('Cache-Control', 'no-store')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The process can do useful work: the database answers. */
  @Get('ready')
  @Header('Cache-Control', 'no-store')
  async ready(): Promise<{ status: 'ok'; database: 'ok' }> {
    try {
      await this.health.ping();
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'unreachable' });
    }
    return { status: 'ok', database: 'ok' };
  }
}

import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipRateLimit } from '../common/rate-limit/skip-rate-limit.decorator';
import { Public } from '../auth/auth.decorators';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { HealthService } from './health.service';
import { HealthStatusDto } from './dto/health-status.dto';

@ApiTags('health')
@Public()
@SkipRateLimit()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** The process is up. */
  @ApiOperation({ summary: 'Liveness' })
  @ApiOkResponse({ type: HealthStatusDto })
  @Get('live')
  @HttpCode(200)
  getLiveness(): HealthStatusDto {
    return { status: 'ok' };
  }

  /** The database answers; 503 otherwise, so a load balancer stops sending traffic. */
  @ApiOperation({ summary: 'Readiness' })
  @ApiOkResponse({ type: HealthStatusDto })
  @ApiProblems(503)
  @Get('ready')
  getReadiness(): Promise<HealthStatusDto> {
    return this.health.ready();
  }
}

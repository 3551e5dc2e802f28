import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/problem/domain-errors';
import type { HealthStatusDto } from './dto/health-status.dto';

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  async ready(): Promise<HealthStatusDto> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok' };
    } catch {
      throw new DomainError('service-unavailable', 'The database is not reachable.', undefined, {
        'Retry-After': '5',
      });
    }
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { ConflictError } from '../common/problem/domain-errors';
import { renderAccessExportHtml } from './access-export-html';
import { AccessExportService } from './access-export.service';
import type { ErasurePlanDto } from './dto/privacy-request.dto';
import { ErasureService } from './erasure.service';
import { PrivacyRequestsService } from './privacy-requests.service';

/** The read side of a request: its access export and its erasure plan. */
@Injectable()
export class SubjectAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: PrivacyRequestsService,
    private readonly exports: AccessExportService,
    private readonly erasure: ErasureService,
    private readonly audit: AuditService,
  ) {}

  async export(principal: AuthenticatedPrincipal, id: string, format: 'json' | 'html') {
    const request = await this.requests.load(principal, id);
    if (request.type !== 'access') throw new ConflictError('Only an access request has an export.');
    if (request.status !== 'verified' && request.status !== 'completed') {
      throw new ConflictError('Verify the subject’s identity before exporting their data.');
    }
    const data = await this.exports.build(request.customer_id);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action: 'customer.access_exported',
        resourceType: 'privacy_request',
        resourceId: id,
        subjectId: request.customer_id,
      }),
    );
    return format === 'html'
      ? {
          contentType: 'text/html; charset=utf-8',
          filename: `akses-data-${id}.html`,
          body: renderAccessExportHtml(data),
        }
      : {
          contentType: 'application/json; charset=utf-8',
          filename: `access-export-${id}.json`,
          body: JSON.stringify(data, null, 2),
        };
  }

  async erasurePlan(principal: AuthenticatedPrincipal, id: string): Promise<ErasurePlanDto> {
    const request = await this.requests.load(principal, id);
    return this.erasure.plan(request.customer_id);
  }
}

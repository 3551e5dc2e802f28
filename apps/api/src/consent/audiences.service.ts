import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DEFAULT_PAGE_SIZE } from '../common/http/page-query.dto';
import { decodeCursor, toPage } from '../common/http/pagination';
import { BusinessRuleError } from '../common/problem/domain-errors';
import { ConsentService } from './consent.service';
import type { AudiencePageDto } from './dto/suppression.dto';

/** The contact column a purpose's channel reaches. */
const CONTACT_BY_CHANNEL: Record<string, string> = {
  email: 'c.email',
  sms: 'c.phone',
  whatsapp: 'coalesce(c.whatsapp, c.phone)',
  phone: 'c.phone',
};

/**
 * The only sanctioned way to pull a contact list: consent granted now, customer active and not
 * objecting, and not suppressed on the channel by customer or by the contact itself.
 */
@Injectable()
export class AudiencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consent: ConsentService,
    private readonly audit: AuditService,
  ) {}

  async page(
    purpose: string,
    limit = DEFAULT_PAGE_SIZE,
    cursor?: string,
  ): Promise<AudiencePageDto> {
    const { channel } = await this.consent.assertPurpose(purpose);
    const contact = CONTACT_BY_CHANNEL[channel];
    if (!contact) {
      throw new BusinessRuleError(
        'business-rule-violated',
        `The purpose ${purpose} has no contact channel, so it has no audience.`,
        [{ field: 'purpose', message: 'has no contact channel' }],
      );
    }
    const rows: { id: string; name: string; contact: string }[] = await this.dataSource.query(
      `SELECT c.id, c.name, ${contact} AS contact
       FROM customers c
       JOIN LATERAL (SELECT granted FROM consent_events e WHERE e.customer_id = c.id AND e.purpose = $1
                     ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) latest ON latest.granted
       WHERE c.status = 'active' AND c.marketing_objected_at IS NULL
         AND ($1 <> 'profiling' OR c.profiling_objected_at IS NULL)
         AND ${contact} IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM suppressions s WHERE s.lifted_at IS NULL AND s.channel IN ($2, 'all')
                         AND (s.customer_id = c.id OR lower(s.value) = lower(${contact})))
         AND ($3::uuid IS NULL OR c.id > $3)
       ORDER BY c.id LIMIT $4`,
      [
        purpose,
        channel === 'whatsapp' ? 'whatsapp' : channel,
        decodeCursor(cursor)?.id ?? null,
        limit + 1,
      ],
    );
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action: 'consent.audience_disclosed',
        resourceType: 'audience',
        resourceId: purpose,
      }),
    );
    return toPage(
      rows,
      limit,
      (r) => ({ sort: r.id, id: r.id }),
      (r) => ({ customerId: r.id, name: r.name, contact: r.contact }),
    );
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { assertCustomerVisible } from './consent-access';
import { ConsentService } from './consent.service';
import type { UnsubscribeLinkDto } from './dto/suppression.dto';
import { PrivacyNoticesService } from './privacy-notices.service';
import { type UnsubscribeClaims, UnsubscribeTokens } from './unsubscribe-tokens';

export type UnsubscribeTarget = UnsubscribeClaims & {
  purposeLabelId: string;
  purposeLabelEn: string;
  alreadyWithdrawn: boolean;
};

const PUBLIC_ACTOR = { type: 'public' as const, id: null, roles: [] };

/** Unsubscribe links: issued for a customer and purpose, honoured without a login. */
@Injectable()
export class UnsubscribeService {
  private readonly tokens: UnsubscribeTokens;

  constructor(
    private readonly dataSource: DataSource,
    private readonly consent: ConsentService,
    private readonly notices: PrivacyNoticesService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.tokens = new UnsubscribeTokens(config.jwtSecret);
  }

  async createLink(
    principal: AuthenticatedPrincipal,
    customerId: string,
    purpose: string,
    origin: string,
  ): Promise<UnsubscribeLinkDto> {
    await assertCustomerVisible(this.dataSource, principal, customerId);
    await this.consent.assertPurpose(purpose);
    const token = this.tokens.sign({ customerId, purpose });
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action: 'consent.unsubscribe_link_created',
        resourceType: 'consent',
        resourceId: purpose,
        subjectId: customerId,
      }),
    );
    const base = this.config.publicBaseUrl ?? origin;
    return { url: `${base}/api/v1/public/unsubscribe?token=${encodeURIComponent(token)}`, token };
  }

  /** What a token would stop, or null for a forged, altered or stale one. */
  async inspect(token: string): Promise<UnsubscribeTarget | null> {
    const claims = this.tokens.verify(token);
    if (!claims) return null;
    const [row]: { label_id: string; label_en: string; granted: boolean | null }[] =
      await this.dataSource.query(
        `SELECT p.label_id, p.label_en,
              (SELECT granted FROM consent_events e WHERE e.customer_id = c.id AND e.purpose = p.code ORDER BY occurred_at DESC, id DESC LIMIT 1) AS granted
       FROM customers c JOIN consent_purposes p ON p.code = $2 WHERE c.id = $1`,
        [claims.customerId, claims.purpose],
      );
    if (!row) return null;
    return {
      ...claims,
      purposeLabelId: row.label_id,
      purposeLabelEn: row.label_en,
      alreadyWithdrawn: row.granted !== true,
    };
  }

  /** Withdraws the consent the token names, as the public actor; a repeat changes nothing. */
  async confirm(token: string): Promise<UnsubscribeTarget | null> {
    const target = await this.inspect(token);
    if (!target || target.alreadyWithdrawn) return target;
    const [last]: { notice_version: string }[] = await this.dataSource.query(
      `SELECT notice_version FROM consent_events WHERE customer_id = $1 AND purpose = $2 ORDER BY occurred_at DESC, id DESC LIMIT 1`,
      [target.customerId, target.purpose],
    );
    const noticeVersion = last?.notice_version ?? (await this.notices.inForceVersion());
    await this.dataSource.transaction((manager) =>
      this.consent.append(
        manager,
        target.customerId,
        target.purpose,
        false,
        'unsubscribe_link',
        noticeVersion as string,
        null,
        PUBLIC_ACTOR,
      ),
    );
    return target;
  }
}

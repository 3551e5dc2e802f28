import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { SYSTEM_ACTOR } from '../common/context/request-context';
import { ConsentService } from '../consent/consent.service';
import { SuppressionsService } from '../consent/suppressions.service';
import { UnsubscribeService } from '../consent/unsubscribe.service';
import { UsersRepository } from '../users/users.repository';

/** Consents in varied states, withdrawals through unsubscribe links, and a few suppressions. */
@Injectable()
export class DemoConsentSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consent: ConsentService,
    private readonly unsubscribe: UnsubscribeService,
    private readonly suppressions: SuppressionsService,
    private readonly users: UsersRepository,
  ) {}

  async seedOnce(): Promise<void> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM consent_events`);
    if (n > 0) return;
    const admin = (await this.users.activeWithRole('admin'))[0];
    if (!admin) return;
    const principal: AuthenticatedPrincipal = { type: 'user', id: admin.id, roles: ['admin'] };
    const customers: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM customers ORDER BY id LIMIT 200`,
    );
    const methods = ['written', 'electronic', 'verbal'] as const;
    for (const [i, { id }] of customers.entries()) {
      await this.dataSource.transaction(async (manager) => {
        const method = methods[i % methods.length];
        if (i % 5 !== 4)
          await this.consent.append(
            manager,
            id,
            'marketing_email',
            true,
            method,
            '2024-10',
            `Formulir ${2024 + (i % 2)}/${i + 1}`,
            SYSTEM_ACTOR,
          );
        if (i % 3 === 0)
          await this.consent.append(
            manager,
            id,
            'marketing_whatsapp',
            true,
            method,
            '2024-10',
            null,
            SYSTEM_ACTOR,
          );
        if (i % 7 === 0)
          await this.consent.append(
            manager,
            id,
            'profiling',
            i % 14 === 0,
            method,
            '2024-10',
            null,
            SYSTEM_ACTOR,
          );
      });
      if (i % 11 === 1) {
        const link = await this.unsubscribe.createLink(
          principal,
          id,
          'marketing_email',
          'http://localhost',
        );
        await this.unsubscribe.confirm(link.token);
      }
      if (i % 40 === 2)
        await this.suppressions.create(principal, {
          channel: 'all',
          customerId: id,
          reason: 'Meminta tidak dihubungi lagi',
        });
    }
    await this.suppressions.create(principal, {
      channel: 'email',
      value: 'bounce@klinik-lama.example',
      reason: 'Alamat tidak aktif (bounce)',
    });
  }
}

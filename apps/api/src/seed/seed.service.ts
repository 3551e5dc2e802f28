import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Role } from '@bei-hub/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password-hasher';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { runAsSystem } from '../common/context/request-context';
import { uuidv7 } from '../common/uuid';
import { UsersRepository } from '../users/users.repository';
import { DEMO_USERS } from './demo-users';
import { DemoCustomerSeeder } from './demo-customer-seeder';
import { DemoOrderSeeder } from './demo-order-seeder';
import { DemoConsentSeeder } from './demo-consent-seeder';

export type SeedSummary = {
  adminCreated: boolean;
  demoUsers: { email: string; roles: Role[] }[];
  demoCustomers: number;
};

/** Creates the first admin when no user exists and, with DEMO_DATA, one demo user per role. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly demoCustomers: DemoCustomerSeeder,
    private readonly demoOrders: DemoOrderSeeder,
    private readonly demoConsent: DemoConsentSeeder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  run(): Promise<SeedSummary> {
    return runAsSystem(() => this.seed(), 'seed');
  }

  private async seed(): Promise<SeedSummary> {
    let adminCreated = false;
    if ((await this.users.countAll()) === 0) {
      if (!this.config.adminPassword) {
        this.logger.warn('No user exists and ADMIN_PASSWORD is not set: no admin was created.');
      } else {
        await this.createUser(this.config.adminEmail, 'Administrator', this.config.adminPassword, [
          'admin',
        ]);
        adminCreated = true;
      }
    }
    const demoUsers =
      this.config.demoData && this.config.adminPassword
        ? await this.seedDemoUsers(this.config.adminPassword)
        : [];
    const demoCustomers =
      demoUsers.length && this.config.demoCustomers ? await this.demoCustomers.seedOnce() : 0;
    if (demoCustomers > 0) {
      await this.demoOrders.seedOnce();
      await this.demoConsent.seedOnce();
    }
    return { adminCreated, demoUsers, demoCustomers };
  }

  private async seedDemoUsers(password: string) {
    for (const demo of DEMO_USERS) {
      if (!(await this.users.findForLogin(demo.email)))
        await this.createUser(demo.email, demo.name, password, demo.roles);
    }
    return DEMO_USERS.map(({ email, roles }) => ({ email, roles }));
  }

  private async createUser(
    email: string,
    name: string,
    password: string,
    roles: Role[],
  ): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.insert(manager, {
        id: uuidv7(),
        email,
        name,
        passwordHash,
        roles,
        active: true,
      });
      await this.audit.record(manager, {
        action: 'user.created',
        resourceType: 'user',
        resourceId: user.id,
      });
    });
  }
}

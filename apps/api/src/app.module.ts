import { type DynamicModule, Module } from '@nestjs/common';
import { ApiClientsModule } from './api-clients/api-clients.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CatalogModule } from './catalog/catalog.module';
import { CommonModule } from './common/common.module';
import { ConsentModule } from './consent/consent.module';
import { CustomersModule } from './customers/customers.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { OrdersModule } from './orders/orders.module';
import { PrivacyModule } from './privacy/privacy.module';
import { SeedModule } from './seed/seed.module';
import { UsersModule } from './users/users.module';
import { WebhooksModule } from './webhooks/webhooks.module';

/** Feature modules are listed here; each adds one folder under src/. */
@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl, config.dbPoolSize),
        CommonModule,
        AuditModule,
        JobsModule,
        HealthModule,
        AuthModule,
        ApiClientsModule,
        UsersModule,
        CustomersModule,
        CatalogModule,
        OrdersModule,
        ConsentModule,
        PrivacyModule,
        WebhooksModule,
        AnalyticsModule,
        SeedModule,
      ],
    };
  }
}

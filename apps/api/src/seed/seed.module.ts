import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { CustomersModule } from '../customers/customers.module';
import { OrdersModule } from '../orders/orders.module';
import { ConsentModule } from '../consent/consent.module';
import { UsersModule } from '../users/users.module';
import { DemoCustomerSeeder } from './demo-customer-seeder';
import { DemoOrderSeeder } from './demo-order-seeder';
import { DemoConsentSeeder } from './demo-consent-seeder';
import { SeedService } from './seed.service';

@Module({
  imports: [UsersModule, CustomersModule, CatalogModule, OrdersModule, ConsentModule],
  providers: [SeedService, DemoCustomerSeeder, DemoOrderSeeder, DemoConsentSeeder],
  exports: [SeedService],
})
export class SeedModule {}

import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { CustomersModule } from '../customers/customers.module';
import { OrdersModule } from '../orders/orders.module';
import { UsersModule } from '../users/users.module';
import { DemoCustomerSeeder } from './demo-customer-seeder';
import { DemoOrderSeeder } from './demo-order-seeder';
import { SeedService } from './seed.service';

@Module({
  imports: [UsersModule, CustomersModule, CatalogModule, OrdersModule],
  providers: [SeedService, DemoCustomerSeeder, DemoOrderSeeder],
  exports: [SeedService],
})
export class SeedModule {}

import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { UsersModule } from '../users/users.module';
import { DemoCustomerSeeder } from './demo-customer-seeder';
import { SeedService } from './seed.service';

@Module({
  imports: [UsersModule, CustomersModule],
  providers: [SeedService, DemoCustomerSeeder],
  exports: [SeedService],
})
export class SeedModule {}

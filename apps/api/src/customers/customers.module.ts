import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { CustomerAffiliationsController } from './customer-affiliations.controller';
import { CustomerAffiliationsService } from './customer-affiliations.service';
import { CustomerDuplicatesService } from './customer-duplicates.service';
import { CustomerExportService } from './customer-export.service';
import { CustomersController } from './customers.controller';
import { CustomersRepository } from './customers.repository';
import { CustomersService } from './customers.service';
import { CustomerImportsController } from './imports/customer-imports.controller';
import { CustomerImportsService } from './imports/customer-imports.service';
import { ImportRowProcessor } from './imports/import-row-processor';

@Module({
  imports: [UsersModule],
  controllers: [CustomerImportsController, CustomersController, CustomerAffiliationsController],
  providers: [
    CustomersService,
    CustomersRepository,
    CustomerDuplicatesService,
    CustomerAffiliationsService,
    CustomerExportService,
    CustomerImportsService,
    ImportRowProcessor,
  ],
  exports: [CustomersService],
})
export class CustomersModule {}

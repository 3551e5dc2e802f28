import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { CustomersModule } from '../customers/customers.module';
import { AccessExportService } from './access-export.service';
import { DisclosuresService } from './disclosures.service';
import { ErasureService } from './erasure.service';
import { LegalHoldsService } from './legal-holds.service';
import { LegalRegistersController } from './legal-registers.controller';
import { PrivacyRequestsController } from './privacy-requests.controller';
import { PrivacyRequestsService } from './privacy-requests.service';
import { SubjectAccessService } from './subject-access.service';

@Module({
  imports: [CustomersModule, ConsentModule],
  controllers: [PrivacyRequestsController, LegalRegistersController],
  providers: [
    PrivacyRequestsService,
    SubjectAccessService,
    AccessExportService,
    ErasureService,
    LegalHoldsService,
    DisclosuresService,
  ],
})
export class PrivacyModule {}

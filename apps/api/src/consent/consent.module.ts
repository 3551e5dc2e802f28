import { Module } from '@nestjs/common';
import { AudiencesService } from './audiences.service';
import { ConsentController } from './consent.controller';
import { ConsentService } from './consent.service';
import { PrivacyNoticesService } from './privacy-notices.service';
import { PublicUnsubscribeController } from './public-unsubscribe.controller';
import { SuppressionsService } from './suppressions.service';
import { UnsubscribeService } from './unsubscribe.service';

@Module({
  controllers: [ConsentController, PublicUnsubscribeController],
  providers: [
    ConsentService,
    PrivacyNoticesService,
    SuppressionsService,
    AudiencesService,
    UnsubscribeService,
  ],
  exports: [ConsentService, UnsubscribeService, SuppressionsService],
})
export class ConsentModule {}

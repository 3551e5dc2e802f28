import { Global, Module } from '@nestjs/common';
import { AuditChainVerifier } from './audit-chain-verifier';
import { AuditCheckpointsService } from './audit-checkpoints.service';
import { AuditQueryService } from './audit-query.service';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** Global so every feature service can record its events without importing the module. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditChainVerifier, AuditQueryService, AuditCheckpointsService],
  exports: [AuditService, AuditChainVerifier],
})
export class AuditModule {}

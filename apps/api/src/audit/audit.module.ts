import { Global, Module } from '@nestjs/common';
import { AuditChainVerifier } from './audit-chain-verifier';
import { AuditService } from './audit.service';

/** Global so every feature service can record its events without importing the module. */
@Global()
@Module({
  providers: [AuditService, AuditChainVerifier],
  exports: [AuditService, AuditChainVerifier],
})
export class AuditModule {}

import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ApiClientsController } from './api-clients.controller';
import { ApiClientsRepository } from './api-clients.repository';
import { ApiClientsService } from './api-clients.service';
import { TokenController } from './token.controller';

@Module({
  imports: [JwtModule.register({})],
  controllers: [ApiClientsController, TokenController],
  providers: [ApiClientsService, ApiClientsRepository],
  exports: [ApiClientsRepository],
})
export class ApiClientsModule {}

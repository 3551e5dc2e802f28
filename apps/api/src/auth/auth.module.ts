import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ApiClientsModule } from '../api-clients/api-clients.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LoginAttemptsRepository } from './login-attempts.repository';

@Module({
  imports: [PassportModule, JwtModule.register({}), UsersModule, ApiClientsModule],
  controllers: [AuthController],
  providers: [AuthService, JwtStrategy, LoginAttemptsRepository],
})
export class AuthModule {}

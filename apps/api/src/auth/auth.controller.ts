import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { UserResponseDto } from '../users/dto/user-response.dto';
import { UsersService } from '../users/users.service';
import { CurrentPrincipal, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { SessionResponseDto } from './dto/session-response.dto';
import type { AuthenticatedPrincipal } from './principal';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Signs an employee in; sets the httpOnly refresh cookie. Repeated failures are throttled (429). */
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
  @ApiProblems(400, 401, 429)
  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    const issued = await this.auth.login(body.email, body.password);
    setRefreshCookie(
      reply,
      issued.refreshToken,
      issued.refreshMaxAgeSeconds,
      this.config.production,
    );
    return issued.session;
  }

  /** Rotates the refresh cookie and returns a new access token. A reused token revokes its family. */
  @ApiOperation({ summary: 'Refresh the session' })
  @ApiCookieAuth('refreshCookie')
  @ApiProblems(401)
  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refreshToken(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    const issued = await this.auth.refresh(readRefreshCookie(request));
    setRefreshCookie(
      reply,
      issued.refreshToken,
      issued.refreshMaxAgeSeconds,
      this.config.production,
    );
    return issued.session;
  }

  /** Ends the session: revokes the refresh token family and clears the cookie. */
  @ApiOperation({ summary: 'Sign out' })
  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(readRefreshCookie(request));
    clearRefreshCookie(reply, this.config.production);
  }

  @ApiOperation({ summary: 'The signed-in user' })
  @ApiBearerAuth()
  @ApiProblems(401, 403)
  @Get('me')
  async getMe(@CurrentPrincipal() principal: AuthenticatedPrincipal): Promise<UserResponseDto> {
    return this.users.toResponse(await this.users.get(principal.id));
  }
}

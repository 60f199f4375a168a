import {
  csrfResponseSchema,
  type CsrfResponse,
  loginRequestSchema,
  loginResponseSchema,
  type LoginResponse,
  type SessionUser,
} from '@leitplanken/shared';
import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { INTERNAL_ROLES, Public, Roles, SkipCsrf } from '../../common/auth/access.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import { CommonException } from '../../common/errors/common.errors.js';
import type { AuthenticatedRequest, AuthUser } from './auth-user.js';
import { AuthService, toSessionUser } from './auth.service.js';
import { LoginThrottle, LoginThrottlerGuard } from './login-throttle.js';
import { SESSION_COOKIE, SessionService } from './session.service.js';

class LoginDto extends createZodDto(loginRequestSchema) {}
class LoginResponseDto extends createZodDto(loginResponseSchema) {}
class CsrfResponseDto extends createZodDto(csrfResponseSchema) {}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  @Post('login')
  @Public()
  @SkipCsrf()
  @UseGuards(LoginThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Anmelden; setzt das Sitzungs-Cookie (httpOnly, SameSite=Lax, Secure über HTTPS). 401 bei falschen Zugangsdaten (gleich, ob es das Konto gibt), 429 nach 5 Fehlversuchen in 15 Minuten je E-Mail-Adresse und IP-Adresse',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  async login(
    @Body() body: LoginDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    if (req.session) await this.sessions.destroy(req.session.id);
    const { user, token } = await this.auth.login(
      body.email,
      body.password,
      req.header('user-agent'),
    );
    this.throttle.forgive(req);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/',
      maxAge: this.sessions.absoluteMs,
    });
    return { user };
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Abmelden; beendet die Sitzung auf dem Server' })
  async logout(
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    if (req.session) await this.sessions.destroy(req.session.id);
    res.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
    });
  }

  @Get('me')
  @Roles(...INTERNAL_ROLES)
  @ApiOperation({ summary: 'Die angemeldete Person' })
  @ApiOkResponse({ type: LoginResponseDto })
  me(@CurrentUser() user: AuthUser): { user: SessionUser } {
    return { user: toSessionUser(user) };
  }

  @Get('csrf')
  @Roles(...INTERNAL_ROLES)
  @ApiOperation({ summary: 'Das CSRF-Token der Sitzung (Header X-CSRF-Token)' })
  @ApiOkResponse({ type: CsrfResponseDto })
  csrf(@Req() req: AuthenticatedRequest): CsrfResponse {
    if (!req.session) throw new CommonException('UNAUTHENTICATED');
    return { token: req.session.csrfToken };
  }
}

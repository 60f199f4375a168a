import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle, loginThrottlerOptions } from './login-throttle.js';
import { SessionService } from './session.service.js';

@Global()
@Module({
  imports: [ThrottlerModule.forRootAsync({ useFactory: loginThrottlerOptions })],
  controllers: [AuthController],
  providers: [AuthService, SessionService, LoginThrottle],
  exports: [SessionService],
})
export class AuthModule {}

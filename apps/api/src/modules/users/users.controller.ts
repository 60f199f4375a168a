import {
  createUserRequestSchema,
  updateUserRequestSchema,
  type User,
  userSchema,
} from '@leitplanken/shared';
import { Body, Controller, Get, Param, Patch, Post, Req } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Roles } from '../../common/auth/access.decorator.js';
import { type Actor, CurrentActor } from '../../common/auth/current-user.decorator.js';
import type { AuthenticatedRequest } from '../auth/auth-user.js';
import { UsersService } from './users.service.js';

class UserDto extends createZodDto(userSchema) {}
class CreateUserDto extends createZodDto(createUserRequestSchema) {}
class UpdateUserDto extends createZodDto(updateUserRequestSchema) {}

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Alle Konten (nur Administration)' })
  @ApiOkResponse({ type: [UserDto] })
  list(): Promise<User[]> {
    return this.users.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Konto anlegen (nur Administration)' })
  @ApiCreatedResponse({ type: UserDto })
  create(@Body() body: CreateUserDto, @CurrentActor() actor: Actor): Promise<User> {
    return this.users.create(body, actor);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Rolle, Fachbereich, Name, Aktiv-Status oder Passwort ändern (nur Administration); Deaktivierung, neue Rechte und neues Passwort beenden sofort alle Sitzungen des Kontos',
  })
  @ApiParam({ name: 'id', description: 'Id des Kontos' })
  @ApiOkResponse({ type: UserDto })
  update(
    @Param('id') id: string,
    @Body() body: UpdateUserDto,
    @CurrentActor() actor: Actor,
    @Req() req: AuthenticatedRequest,
  ): Promise<User> {
    return this.users.update(id, body, actor, req.session?.id);
  }
}

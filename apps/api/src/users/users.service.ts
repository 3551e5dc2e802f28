import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { decodeCursor, toPage } from '../common/http/pagination';
import { DEFAULT_PAGE_SIZE } from '../common/http/page-query.dto';
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
} from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import { hashPassword } from '../auth/password-hasher';
import { RefreshTokensRepository } from '../auth/refresh-tokens.repository';
import type { CreateUserDto } from './dto/create-user.dto';
import type { ListUsersQueryDto } from './dto/list-users-query.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import {
  type SalesRepListDto,
  toUserResponse,
  type UserPageDto,
  type UserResponseDto,
} from './dto/user-response.dto';
import type { UserEntity } from './user.entity';
import { type UserChanges, UsersRepository } from './users.repository';

/** Employee accounts: creation, role changes, deactivation. Every change is audited. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListUsersQueryDto): Promise<UserPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.users.listPage(
      limit,
      decodeCursor(query.cursor),
      query.q?.trim() || undefined,
    );
    return toPage(rows, limit, (u) => ({ sort: u.id, id: u.id }), toUserResponse);
  }

  async listSalesReps(): Promise<SalesRepListDto> {
    const reps = await this.users.activeWithRole('sales');
    return { items: reps.map((u) => ({ id: u.id, name: u.name, email: u.email })) };
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  async create(input: CreateUserDto): Promise<UserEntity> {
    const passwordHash = await hashPassword(input.password);
    return this.dataSource
      .transaction(async (manager) => {
        const user = await this.users.insert(manager, {
          id: uuidv7(),
          email: input.email.trim(),
          name: input.name.trim(),
          passwordHash,
          roles: input.roles,
          active: true,
        });
        await this.audit.record(manager, {
          action: 'user.created',
          resourceType: 'user',
          resourceId: user.id,
        });
        return user;
      })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === '23505') {
          throw new ConflictError('A user with this e-mail already exists.', [
            { field: 'email', message: 'is already in use' },
          ]);
        }
        throw error;
      });
  }

  async update(id: string, version: number, input: UpdateUserDto): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.users.findById(id, manager);
      if (!current) throw new NotFoundError('User');
      if (current.version !== version) throw new PreconditionFailedError();
      const changes = changedFields(current, input);
      const losesAdmin =
        (changes.active === false || (changes.roles && !changes.roles.includes('admin'))) &&
        current.active &&
        current.roles.includes('admin');
      if (losesAdmin && (await this.users.countOtherActiveAdmins(manager, id)) === 0) {
        throw new ConflictError('This is the last active admin; make someone else admin first.', [
          {
            field: changes.active === false ? 'active' : 'roles',
            message: 'would leave no active admin',
          },
        ]);
      }
      const names = Object.keys(changes);
      if (names.length === 0) return current;
      const updated = await this.users.updateIfVersion(manager, id, version, changes);
      if (!updated) throw new PreconditionFailedError();
      if (changes.active === false) await this.refreshTokens.revokeAllForUser(manager, id);
      await this.audit.record(manager, {
        action: changes.active === false ? 'user.deactivated' : 'user.updated',
        resourceType: 'user',
        resourceId: id,
        changedFields: names,
      });
      return updated;
    });
  }

  toResponse(user: UserEntity): UserResponseDto {
    return toUserResponse(user);
  }
}

function changedFields(current: UserEntity, input: UpdateUserDto): UserChanges {
  const changes: UserChanges = {};
  if (input.name !== undefined && input.name.trim() !== current.name)
    changes.name = input.name.trim();
  if (
    input.roles !== undefined &&
    [...input.roles].sort().join() !== [...current.roles].sort().join()
  )
    changes.roles = input.roles;
  if (input.active !== undefined && input.active !== current.active) changes.active = input.active;
  return changes;
}

import { escapeLike } from '../common/text/escape';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Keyset } from '../common/http/pagination';
import { UserEntity } from './user.entity';

export type UserChanges = Partial<Pick<UserEntity, 'name' | 'roles' | 'active'>>;

/** Queries on `users`, named for what the service needs. */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { id });
  }

  /** For sign-in only: the one query that reads the password hash. */
  findForLogin(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  /** Newest first; UUIDv7 ids sort by creation time, so the id alone is the keyset. */
  listPage(limit: number, after: Keyset | null, search?: string): Promise<UserEntity[]> {
    const query = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (search) {
      query.andWhere('(u.name ILIKE :pattern OR u.email ILIKE :pattern)', {
        pattern: `%${escapeLike(search)}%`,
      });
    }
    if (after) {
      query.andWhere('u.id < :id', { id: after.id });
    }
    return query
      .orderBy('u.id', 'DESC')
      .limit(limit + 1)
      .getMany();
  }

  async insert(
    manager: EntityManager,
    user: Omit<UserEntity, 'lastLoginAt' | 'createdAt' | 'updatedAt' | 'version'>,
  ): Promise<UserEntity> {
    await manager.insert(UserEntity, { ...user, version: 1 });
    return (await this.findById(user.id, manager)) as UserEntity;
  }

  /** Applies changes only if the version still matches; returns null when it does not. */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: UserChanges,
  ): Promise<UserEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected ? this.findById(id, manager) : null;
  }

  /** Locks the other active admins so two requests cannot demote the last two at once. */
  async countOtherActiveAdmins(manager: EntityManager, exceptId: string): Promise<number> {
    const rows: unknown[] = await manager.query(
      `SELECT id FROM users WHERE active AND 'admin' = ANY(roles) AND id <> $1 FOR UPDATE`,
      [exceptId],
    );
    return rows.length;
  }

  activeWithRole(role: string): Promise<UserEntity[]> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.active AND :role = ANY(u.roles)', { role })
      .orderBy('u.name')
      .getMany();
  }

  countAll(): Promise<number> {
    return this.dataSource.getRepository(UserEntity).count();
  }

  async touchLastLogin(manager: EntityManager, id: string): Promise<void> {
    await manager.update(UserEntity, { id }, { lastLoginAt: () => 'now()' });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ConflictError } from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import type {
  CreatePrivacyNoticeDto,
  PrivacyNoticeDto,
  PrivacyNoticeListDto,
} from './dto/privacy-notice.dto';

type NoticeRow = {
  id: string;
  version: string;
  title: string;
  body: string;
  title_en: string | null;
  body_en: string | null;
  effective_from: Date;
  created_at: Date;
};

/** Privacy notice versions: published once, never changed; the newest effective one is in force. */
@Injectable()
export class PrivacyNoticesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<PrivacyNoticeListDto> {
    const rows: NoticeRow[] = await this.dataSource.query(
      `SELECT * FROM privacy_notices ORDER BY effective_from DESC, created_at DESC`,
    );
    const inForce = await this.inForceVersion();
    return { items: rows.map((r) => this.toDto(r, inForce)) };
  }

  async findVersion(version: string): Promise<NoticeRow | null> {
    const [row]: NoticeRow[] = await this.dataSource.query(
      `SELECT * FROM privacy_notices WHERE version = $1`,
      [version],
    );
    return row ?? null;
  }

  async inForceVersion(): Promise<string | null> {
    const [row]: { version: string }[] = await this.dataSource.query(
      `SELECT version FROM privacy_notices WHERE effective_from <= now() ORDER BY effective_from DESC, created_at DESC LIMIT 1`,
    );
    return row?.version ?? null;
  }

  async create(input: CreatePrivacyNoticeDto): Promise<PrivacyNoticeDto> {
    try {
      const row = await this.dataSource.transaction(async (manager) => {
        const id = uuidv7();
        const [created]: NoticeRow[] = await manager.query(
          `INSERT INTO privacy_notices (id, version, title, body, title_en, body_en, effective_from)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
          [
            id,
            input.version,
            input.title.trim(),
            input.body,
            input.titleEn?.trim() || null,
            input.bodyEn ?? null,
            input.effectiveFrom,
          ],
        );
        await this.audit.record(manager, {
          action: 'privacy_notice.published',
          resourceType: 'privacy_notice',
          resourceId: input.version,
        });
        return created;
      });
      return this.toDto(row, await this.inForceVersion());
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new ConflictError('Notice versions are immutable; publish a new version.', [
          { field: 'version', message: 'exists already' },
        ]);
      }
      throw error;
    }
  }

  private toDto(row: NoticeRow, inForce: string | null): PrivacyNoticeDto {
    return {
      id: row.id,
      version: row.version,
      title: row.title,
      body: row.body,
      titleEn: row.title_en,
      bodyEn: row.body_en,
      effectiveFrom: row.effective_from.toISOString(),
      inForce: row.version === inForce,
      createdAt: row.created_at.toISOString(),
    };
  }
}

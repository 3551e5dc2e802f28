import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { AuthenticatedPrincipal } from '../../auth/principal';
import { runAsActor } from '../../common/context/request-context';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { NotFoundError, ValidationFailedError } from '../../common/problem/domain-errors';
import { uuidv7 } from '../../common/uuid';
import { JobQueue } from '../../jobs/job-queue.service';
import { UsersRepository } from '../../users/users.repository';
import type { CustomerImportDetailDto, CustomerImportDto } from '../dto/customer-import.dto';
import { type CsvRecord, IMPORT_COLUMNS } from './csv-row';
import { ImportRowProcessor } from './import-row-processor';

export const IMPORT_QUEUE = 'customers.import';
const MAX_ROWS = 100_000;
const BATCH_ROWS = 200;

type ImportRow = {
  id: string;
  created_by: string;
  status: CustomerImportDto['status'];
  total: number;
  processed: number;
  created: number;
  failed: number;
  csv_ciphertext: string | null;
  created_at: Date;
  finished_at: Date | null;
};

function toImportDto(row: ImportRow): CustomerImportDto {
  return {
    id: row.id,
    status: row.status,
    total: row.total,
    processed: row.processed,
    created: row.created,
    failed: row.failed,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
  };
}

/**
 * CSV imports run as jobs on the PostgreSQL queue. Each batch of rows commits with its progress,
 * so a restarted app resumes where it stopped; a bad row is recorded and never blocks good ones.
 */
@Injectable()
export class CustomerImportsService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly cipher: FieldCipher,
    private readonly users: UsersRepository,
    private readonly rows: ImportRowProcessor,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ importId: string }>(IMPORT_QUEUE, ({ importId }) =>
      this.process(importId),
    );
  }

  async start(principal: AuthenticatedPrincipal, csv: string): Promise<CustomerImportDto> {
    const records = parseCsv(csv);
    const id = uuidv7();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO customer_imports (id, created_by, total, csv_ciphertext) VALUES ($1, $2, $3, $4)`,
        [id, principal.id, records.length, this.cipher.encrypt(csv)],
      );
      await this.audit.record(manager, {
        action: 'customer.import_started',
        resourceType: 'customer_import',
        resourceId: id,
      });
    });
    await this.jobs.send(IMPORT_QUEUE, { importId: id }, { singletonKey: id });
    return toImportDto(await this.load(id));
  }

  async get(principal: AuthenticatedPrincipal, id: string): Promise<CustomerImportDetailDto> {
    const row = await this.load(id);
    const seesAll = principal.roles.includes('admin') || principal.roles.includes('manager');
    if (!row || (!seesAll && row.created_by !== principal.id)) throw new NotFoundError('Import');
    const errors: { row_number: number; field: string; message: string }[] =
      await this.dataSource.query(
        `SELECT row_number, field, message FROM customer_import_errors WHERE import_id = $1 ORDER BY row_number LIMIT 1000`,
        [id],
      );
    return {
      ...toImportDto(row),
      errors: errors.map((e) => ({ row: e.row_number, field: e.field, message: e.message })),
    };
  }

  /** The job: resumes from `processed`, one transaction per batch. */
  async process(importId: string): Promise<void> {
    const job = await this.load(importId);
    if (!job || job.status === 'completed' || !job.csv_ciphertext) return;
    const user = await this.users.findById(job.created_by);
    if (!user) return;
    const principal: AuthenticatedPrincipal = { type: 'user', id: user.id, roles: user.roles };
    const records = parseCsv(this.cipher.decrypt(job.csv_ciphertext));
    await this.dataSource.query(`UPDATE customer_imports SET status = 'running' WHERE id = $1`, [
      importId,
    ]);
    await runAsActor(
      { type: 'user', id: user.id, roles: user.roles },
      `import-${importId}`,
      async () => {
        for (let start = job.processed; start < records.length; start += BATCH_ROWS) {
          await this.dataSource.transaction(async (manager) => {
            const outcome = await this.rows.processBatch(
              manager,
              principal,
              importId,
              records,
              start,
              BATCH_ROWS,
            );
            await manager.query(
              `UPDATE customer_imports SET processed = $2, created = created + $3, failed = failed + $4 WHERE id = $1`,
              [
                importId,
                Math.min(start + BATCH_ROWS, records.length),
                outcome.created,
                outcome.failed,
              ],
            );
          });
        }
        await this.dataSource.transaction(async (manager) => {
          await manager.query(
            `UPDATE customer_imports SET status = 'completed', finished_at = now(), csv_ciphertext = NULL WHERE id = $1`,
            [importId],
          );
          await this.audit.record(manager, {
            action: 'customer.import_completed',
            resourceType: 'customer_import',
            resourceId: importId,
          });
        });
      },
    );
  }

  private async load(id: string): Promise<ImportRow> {
    const [row]: ImportRow[] = await this.dataSource.query(
      `SELECT * FROM customer_imports WHERE id = $1`,
      [id],
    );
    return row;
  }
}

/** Parses the upload; a file that is not a usable customer CSV is a 400 naming `file`. */
export function parseCsv(csv: string): CsvRecord[] {
  let records: Record<string, string>[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (error) {
    throw new ValidationFailedError([
      { field: 'file', message: `is not valid CSV: ${(error as Error).message.split('\n')[0]}` },
    ]);
  }
  const header = records.length ? Object.keys(records[0]) : [];
  const unknown = header.filter((h) => !(IMPORT_COLUMNS as readonly string[]).includes(h));
  if (records.length === 0)
    throw new ValidationFailedError([{ field: 'file', message: 'has no data rows' }]);
  if (!header.includes('type') || !header.includes('name')) {
    throw new ValidationFailedError([
      { field: 'file', message: 'needs at least the columns type and name' },
    ]);
  }
  if (unknown.length)
    throw new ValidationFailedError([
      { field: 'file', message: `has unknown columns: ${unknown.join(', ')}` },
    ]);
  if (records.length > MAX_ROWS)
    throw new ValidationFailedError([{ field: 'file', message: `has more than ${MAX_ROWS} rows` }]);
  return records as CsvRecord[];
}

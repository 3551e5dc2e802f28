import { type CustomerType, todayInJakarta } from '@bei-hub/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { FieldCipher } from '../common/crypto/field-cipher';
import { DEFAULT_PAGE_SIZE } from '../common/http/page-query.dto';
import { decodeCursor, toPage } from '../common/http/pagination';
import {
  ConflictError,
  type FieldError,
  NotFoundError,
  PreconditionFailedError,
  ValidationFailedError,
} from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import { UsersRepository } from '../users/users.repository';
import { toCustomerColumns } from './customer-input';
import { toCustomerResponse, toCustomerSummary } from './customer-mapper';
import { type CustomerScope, customerScopeOf, seesSensitiveIdentifiers } from './customer-scope';
import {
  type CustomerColumns,
  FIELD_OF_COLUMN,
  type CustomerRow,
  type LicenseInput,
} from './customer.types';
import { CustomersRepository } from './customers.repository';
import type { CustomerSource } from '@bei-hub/domain';
import type { CreateCustomerDto } from './dto/create-customer.dto';
import type { CustomerPageDto, CustomerResponseDto } from './dto/customer-response.dto';
import type { ListCustomersQueryDto } from './dto/list-customers-query.dto';
import type { UpdateCustomerDto } from './dto/update-customer.dto';

/** Doctors and clinics: rules, scoping and auditing around the repository. */
@Injectable()
export class CustomersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomersRepository,
    private readonly users: UsersRepository,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
  ) {}

  async list(
    principal: AuthenticatedPrincipal,
    query: ListCustomersQueryDto,
  ): Promise<CustomerPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor);
    const rows = await this.customers.list(
      query,
      customerScopeOf(principal),
      todayInJakarta(),
      limit,
      after?.id ?? null,
    );
    return toPage(rows, limit, (row) => ({ sort: row.id, id: row.id }), toCustomerSummary);
  }

  /** One customer; the view is an access event on the customer's record. */
  async get(principal: AuthenticatedPrincipal, id: string): Promise<CustomerResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.customers.findById(
        id,
        customerScopeOf(principal),
        todayInJakarta(),
        manager,
      );
      if (!row) throw new NotFoundError('Customer');
      await this.audit.record(manager, {
        action: 'customer.viewed',
        resourceType: 'customer',
        resourceId: id,
        subjectId: id,
      });
      return toCustomerResponse(
        row,
        await this.customers.licensesOf(id, manager),
        this.cipher,
        seesSensitiveIdentifiers(principal),
      );
    });
  }

  async create(
    principal: AuthenticatedPrincipal,
    input: CreateCustomerDto,
  ): Promise<CustomerResponseDto> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const id = await this.createWith(manager, principal, input, 'entered');
        return this.responseFor(manager, principal, id);
      });
    } catch (error) {
      throw uniqueNikConflict(error);
    }
  }

  /**
   * Creates a customer inside the caller's transaction (the API, or an import batch): normalises,
   * checks references, inserts the row and its licences, and audits it. Returns the new id.
   */
  async createWith(
    manager: EntityManager,
    principal: AuthenticatedPrincipal,
    input: CreateCustomerDto,
    source: CustomerSource,
  ): Promise<string> {
    const scope = customerScopeOf(principal);
    const prepared = await this.prepare(principal, scope, input, input.type, null);
    if (scope.ownerId && !prepared.columns.owner_id) prepared.columns.owner_id = principal.id;
    const id = uuidv7();
    await this.customers.insert(manager, { id, type: input.type, source, ...prepared.columns });
    await this.customers.replaceLicenses(manager, id, prepared.licenses ?? []);
    await this.audit.record(manager, {
      action: source === 'imported' ? 'customer.imported' : 'customer.created',
      resourceType: 'customer',
      resourceId: id,
      subjectId: id,
    });
    return id;
  }

  private async responseFor(
    manager: EntityManager,
    principal: AuthenticatedPrincipal,
    id: string,
  ): Promise<CustomerResponseDto> {
    const row = await this.customers.findById(id, { ownerId: null }, todayInJakarta(), manager);
    return toCustomerResponse(
      row as CustomerRow,
      await this.customers.licensesOf(id, manager),
      this.cipher,
      seesSensitiveIdentifiers(principal),
    );
  }

  async update(
    principal: AuthenticatedPrincipal,
    id: string,
    version: number,
    input: UpdateCustomerDto,
  ): Promise<CustomerResponseDto> {
    const scope = customerScopeOf(principal);
    const current = await this.customers.findById(id, scope, todayInJakarta());
    if (!current) throw new NotFoundError('Customer');
    if (current.version !== version) throw new PreconditionFailedError();
    if (current.status === 'anonymized')
      throw new ConflictError('An anonymised customer cannot be changed.');
    if (input.name === null)
      throw new ValidationFailedError([{ field: 'name', message: 'cannot be cleared' }]);
    const prepared = await this.prepare(principal, scope, input, current.type, id);
    return this.dataSource
      .transaction(async (manager) => {
        const changed = changedFields(current, prepared.columns, prepared.licenses !== undefined);
        if (changed.length === 0) {
          return toCustomerResponse(
            current,
            await this.customers.licensesOf(id, manager),
            this.cipher,
            seesSensitiveIdentifiers(principal),
          );
        }
        if (!(await this.customers.updateIfVersion(manager, id, version, prepared.columns)))
          throw new PreconditionFailedError();
        if (prepared.licenses) await this.customers.replaceLicenses(manager, id, prepared.licenses);
        await this.audit.record(manager, {
          action: 'customer.updated',
          resourceType: 'customer',
          resourceId: id,
          subjectId: id,
          changedFields: changed,
        });
        return this.responseFor(manager, principal, id);
      })
      .catch((error: unknown) => {
        throw uniqueNikConflict(error);
      });
  }

  /** Normalises input and checks the rules that need the database; throws one 400 with every field. */
  private async prepare(
    principal: AuthenticatedPrincipal,
    scope: CustomerScope,
    input: Partial<CreateCustomerDto>,
    type: CustomerType,
    exceptId: string | null,
  ): Promise<{ columns: CustomerColumns; licenses: LicenseInput[] | undefined }> {
    const { columns, licenses, errors } = toCustomerColumns(input, type, this.cipher);
    errors.push(...(await this.referenceErrors(principal, scope, columns, licenses)));
    if (errors.length) throw new ValidationFailedError(errors);
    if (
      columns.nik_blind_index &&
      (await this.customers.nikBelongsToAnother(columns.nik_blind_index, exceptId))
    ) {
      throw new ConflictError('Another customer already has this NIK.', [
        { field: 'nik', message: 'is already recorded for another customer' },
      ]);
    }
    return { columns, licenses };
  }

  private async referenceErrors(
    principal: AuthenticatedPrincipal,
    scope: CustomerScope,
    columns: CustomerColumns,
    licenses: LicenseInput[] | undefined,
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (columns.owner_id) {
      if (scope.ownerId && columns.owner_id !== principal.id) {
        errors.push({ field: 'ownerId', message: 'a sales rep can only own their own customers' });
      } else {
        const owner = await this.users.findById(columns.owner_id);
        if (!owner?.active) errors.push({ field: 'ownerId', message: 'is not an active user' });
      }
    }
    const clinicIds = (licenses ?? [])
      .map((l) => l.practiceClinicId)
      .filter((v): v is string => Boolean(v));
    const visibleClinics = await this.customers.visibleIdsOfType(clinicIds, 'clinic', scope);
    (licenses ?? []).forEach((l, index) => {
      if (l.practiceClinicId && !visibleClinics.has(l.practiceClinicId)) {
        errors.push({
          field: `licenses[${index}].practiceClinicId`,
          message: 'is not a clinic you can see',
        });
      }
    });
    return errors;
  }
}

/** API field names whose values differ, for the audit event (names only, never values). */
function changedFields(
  current: CustomerRow,
  columns: CustomerColumns,
  licensesGiven: boolean,
): string[] {
  const fields = new Set<string>();
  for (const [column, value] of Object.entries(columns) as [keyof CustomerColumns, unknown][]) {
    if (column.endsWith('_ciphertext')) continue;
    const before = (current as unknown as Record<string, unknown>)[column];
    const normalizedBefore = column === 'credit_limit' && before !== null ? Number(before) : before;
    if (normalizedBefore !== value) fields.add(FIELD_OF_COLUMN[column]);
  }
  if (licensesGiven) fields.add('licenses');
  return [...fields].sort();
}

/** Two writers racing to record the same NIK meet the unique blind index. */
function uniqueNikConflict(error: unknown): unknown {
  const pg = error as { code?: string; driverError?: { constraint?: string } };
  if (pg.code === '23505' && pg.driverError?.constraint === 'uq_customers_nik_blind') {
    return new ConflictError('Another customer already has this NIK.', [
      { field: 'nik', message: 'is already recorded for another customer' },
    ]);
  }
  return error;
}

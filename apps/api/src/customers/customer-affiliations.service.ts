import { todayInJakarta } from '@bei-hub/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedPrincipal } from '../auth/principal';
import {
  ConflictError,
  NotFoundError,
  ValidationFailedError,
} from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import { customerScopeOf } from './customer-scope';
import { CustomersRepository } from './customers.repository';
import type {
  AffiliationListDto,
  AffiliationResponseDto,
  CreateAffiliationDto,
} from './dto/affiliation.dto';

type AffiliationRow = {
  id: string;
  doctor_id: string;
  clinic_id: string;
  role: string;
  created_at: Date;
  doctor_name: string;
  clinic_name: string;
};

const SELECT_AFFILIATIONS = `
  SELECT a.id, a.doctor_id, a.clinic_id, a.role, a.created_at, d.name AS doctor_name, k.name AS clinic_name
  FROM customer_affiliations a JOIN customers d ON d.id = a.doctor_id JOIN customers k ON k.id = a.clinic_id`;

function toAffiliation(row: AffiliationRow): AffiliationResponseDto {
  return {
    id: row.id,
    doctorId: row.doctor_id,
    clinicId: row.clinic_id,
    role: row.role,
    doctor: { id: row.doctor_id, name: row.doctor_name },
    clinic: { id: row.clinic_id, name: row.clinic_name },
    createdAt: row.created_at.toISOString(),
  };
}

/** Doctors practising at clinics. Both sides must be visible to the caller. */
@Injectable()
export class CustomerAffiliationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomersRepository,
    private readonly audit: AuditService,
  ) {}

  async list(principal: AuthenticatedPrincipal, customerId: string): Promise<AffiliationListDto> {
    const scope = customerScopeOf(principal);
    if (!(await this.customers.findById(customerId, scope, todayInJakarta())))
      throw new NotFoundError('Customer');
    const rows: AffiliationRow[] = await this.dataSource.query(
      `${SELECT_AFFILIATIONS}
       WHERE (a.doctor_id = $1 OR a.clinic_id = $1)
         AND ($2::uuid IS NULL OR (d.owner_id = $2 AND k.owner_id = $2))
       ORDER BY a.created_at`,
      [customerId, scope.ownerId],
    );
    return { items: rows.map(toAffiliation) };
  }

  async add(
    principal: AuthenticatedPrincipal,
    doctorId: string,
    input: CreateAffiliationDto,
  ): Promise<AffiliationResponseDto> {
    const scope = customerScopeOf(principal);
    const today = todayInJakarta();
    const doctor = await this.customers.findById(doctorId, scope, today);
    if (!doctor) throw new NotFoundError('Customer');
    if (doctor.type !== 'doctor') {
      throw new ValidationFailedError([
        { field: 'id', message: 'affiliations are added to a doctor' },
      ]);
    }
    const clinic = await this.customers.findById(input.clinicId, scope, today);
    if (!clinic || clinic.type !== 'clinic') {
      throw new ValidationFailedError([
        { field: 'clinicId', message: 'is not a clinic you can see' },
      ]);
    }
    const id = uuidv7();
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO customer_affiliations (id, doctor_id, clinic_id, role) VALUES ($1, $2, $3, $4)`,
          [id, doctorId, input.clinicId, input.role.trim()],
        );
        await this.audit.record(manager, {
          action: 'customer.affiliation_added',
          resourceType: 'customer_affiliation',
          resourceId: id,
          subjectId: doctorId,
        });
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new ConflictError('This doctor is already affiliated with this clinic.', [
          { field: 'clinicId', message: 'is already affiliated' },
        ]);
      }
      throw error;
    }
    const [row]: AffiliationRow[] = await this.dataSource.query(
      `${SELECT_AFFILIATIONS} WHERE a.id = $1`,
      [id],
    );
    return toAffiliation(row);
  }
}

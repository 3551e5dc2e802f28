import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { uuidv7 } from '../common/uuid';
import { CustomersService } from '../customers/customers.service';
import { UsersRepository } from '../users/users.repository';
import { demoCustomers } from './demo-customers';

/** Fills an empty customer table with demo doctors and clinics, through the same rules as the API. */
@Injectable()
export class DemoCustomerSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomersService,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async seedOnce(): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM customers`);
    if (n > 0) return 0;
    const admin = (await this.users.activeWithRole('admin'))[0];
    if (!admin) return 0;
    const system: AuthenticatedPrincipal = { type: 'user', id: admin.id, roles: ['admin'] };
    // Most customers belong to a sales rep; every fifth clinic is unassigned.
    const reps = (await this.users.activeWithRole('sales')).map((u) => u.id);
    const ownerOf = (index: number) =>
      reps.length && index % 5 !== 4 ? reps[index % reps.length] : null;
    const { clinics, doctors } = demoCustomers();

    const clinicIds = await this.dataSource.transaction(async (manager) => {
      const ids: string[] = [];
      for (const [index, clinic] of clinics.entries()) {
        ids.push(
          await this.customers.createWith(
            manager,
            system,
            { ...clinic, ownerId: ownerOf(index) },
            'entered',
          ),
        );
      }
      return ids;
    });
    await this.dataSource.transaction(async (manager) => {
      for (const { clinicIndex, ...doctor } of doctors) {
        const clinicId = clinicIds[clinicIndex];
        const licenses = (doctor.licenses ?? []).map((l) =>
          l.kind === 'SIP' ? { ...l, practiceClinicId: clinicId } : l,
        );
        const doctorId = await this.customers.createWith(
          manager,
          system,
          { ...doctor, licenses, ownerId: ownerOf(clinicIndex) },
          'entered',
        );
        const affiliationId = uuidv7();
        await manager.query(
          `INSERT INTO customer_affiliations (id, doctor_id, clinic_id, role) VALUES ($1, $2, $3, 'Dokter praktik')`,
          [affiliationId, doctorId, clinicId],
        );
        await this.audit.record(manager, {
          action: 'customer.affiliation_added',
          resourceType: 'customer_affiliation',
          resourceId: affiliationId,
          subjectId: doctorId,
        });
      }
    });
    return clinics.length + doctors.length;
  }
}

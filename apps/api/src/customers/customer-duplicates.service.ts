import { normalizeNpwp, normalizePhone, todayInJakarta } from '@bei-hub/domain';
import { Injectable } from '@nestjs/common';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { FieldCipher } from '../common/crypto/field-cipher';
import { NotFoundError } from '../common/problem/domain-errors';
import { toCustomerSummary } from './customer-mapper';
import { customerScopeOf } from './customer-scope';
import {
  type DuplicateCriteria,
  type DuplicateRow,
  CustomersRepository,
} from './customers.repository';
import type {
  DuplicateCandidateDto,
  DuplicateField,
  DuplicateListDto,
  FindDuplicatesDto,
} from './dto/duplicate.dto';

/** How strongly each kind of match says "same doctor or clinic". */
const WEIGHTS: Record<Exclude<DuplicateField, 'name'>, number> = {
  nik: 0.95,
  npwp: 0.85,
  licenseNumber: 0.9,
  email: 0.7,
  phone: 0.6,
};
const MIN_SCORE = 0.3;

/** Scores a candidate: independent evidence combined as 1 − Π(1 − wᵢ); name similarity weighs up to 0.6. */
export function scoreDuplicate(row: DuplicateRow): DuplicateCandidateDto | null {
  const evidence: [DuplicateField, number][] = [];
  if (row.same_nik) evidence.push(['nik', WEIGHTS.nik]);
  if (row.same_npwp) evidence.push(['npwp', WEIGHTS.npwp]);
  if (row.same_license) evidence.push(['licenseNumber', WEIGHTS.licenseNumber]);
  if (row.same_email) evidence.push(['email', WEIGHTS.email]);
  if (row.same_phone) evidence.push(['phone', WEIGHTS.phone]);
  if (row.name_similarity >= 0.45)
    evidence.push(['name', Math.min(0.6, row.name_similarity * 0.7)]);
  const score = 1 - evidence.reduce((rest, [, weight]) => rest * (1 - weight), 1);
  if (score < MIN_SCORE) return null;
  return {
    customer: toCustomerSummary(row),
    score: Math.round(score * 100) / 100,
    matchedFields: evidence.map(([field]) => field),
  };
}

@Injectable()
export class CustomerDuplicatesService {
  constructor(
    private readonly customers: CustomersRepository,
    private readonly cipher: FieldCipher,
  ) {}

  /** Likely duplicates of an existing customer, among those the caller can see. */
  async forCustomer(principal: AuthenticatedPrincipal, id: string): Promise<DuplicateListDto> {
    const scope = customerScopeOf(principal);
    const today = todayInJakarta();
    const row = await this.customers.findById(id, scope, today);
    if (!row) throw new NotFoundError('Customer');
    const licenses = await this.customers.licensesOf(id);
    const blind = row as unknown as {
      nik_blind_index: string | null;
      npwp_blind_index: string | null;
    };
    return this.find(principal, {
      excludeId: id,
      name: row.name,
      email: row.email,
      phones: [row.phone, row.whatsapp].filter((p): p is string => Boolean(p)),
      nikBlindIndex: blind.nik_blind_index,
      npwpBlindIndex: blind.npwp_blind_index,
      licenseNumbers: licenses.map((l) => l.number),
    });
  }

  /** Likely duplicates of a record still being typed (the create form's warning). */
  forDraft(principal: AuthenticatedPrincipal, draft: FindDuplicatesDto): Promise<DuplicateListDto> {
    const phone = draft.phone ? normalizePhone(draft.phone) : null;
    return this.find(principal, {
      excludeId: null,
      name: draft.name?.trim() || null,
      email: draft.email ?? null,
      phones: phone ? [phone] : [],
      nikBlindIndex: draft.nik ? this.cipher.blindIndex('nik', draft.nik) : null,
      npwpBlindIndex: draft.npwp ? this.cipher.blindIndex('npwp', normalizeNpwp(draft.npwp)) : null,
      licenseNumbers: draft.licenseNumbers ?? [],
    });
  }

  private async find(
    principal: AuthenticatedPrincipal,
    criteria: DuplicateCriteria,
  ): Promise<DuplicateListDto> {
    const rows = await this.customers.findDuplicates(
      criteria,
      customerScopeOf(principal),
      todayInJakarta(),
    );
    const items = rows
      .map(scoreDuplicate)
      .filter((c): c is DuplicateCandidateDto => c !== null)
      .sort((a, b) => b.score - a.score)
      .slice(0, 10);
    return { items };
  }
}

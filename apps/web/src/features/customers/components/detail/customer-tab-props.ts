import type { CustomerResponseDto } from '@bei-hub/api-client';

/** What every tab of the record page receives. */
export type CustomerTabProps = { customer: CustomerResponseDto; canWrite: boolean };

import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateCustomerDto } from './create-customer.dto';

/** Send only the fields to change; null clears an optional field; `licenses` replaces the list. Needs If-Match. */
export class UpdateCustomerDto extends PartialType(
  OmitType(CreateCustomerDto, ['type'] as const),
) {}

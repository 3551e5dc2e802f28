import { IsEmail, IsIn, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ValidationFailedError } from '../problem/domain-errors';
import { createValidationPipe } from './validation';

class AddressDto {
  @IsString()
  city: string;
}

class PersonDto {
  @IsEmail()
  email: string;

  @IsIn(['a', 'b'], { each: true })
  tags: string[];

  @ValidateNested()
  @Type(() => AddressDto)
  address: AddressDto;
}

async function fieldsOf(body: unknown): Promise<string[]> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: PersonDto });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailedError);
    return (error as ValidationFailedError).errors?.map((e) => e.field) ?? [];
  }
}

describe('validation errors name each field', () => {
  it('names nested, array and unknown fields', async () => {
    const fields = await fieldsOf({ email: 'x', tags: ['a', 'z'], address: { city: 5 }, extra: 1 });
    expect(fields.sort()).toEqual(['address.city', 'email', 'extra', 'tags']);
  });

  it('accepts a valid body', async () => {
    expect(
      await fieldsOf({ email: 'dokter@klinik.id', tags: ['a'], address: { city: 'Bandung' } }),
    ).toEqual([]);
  });
});

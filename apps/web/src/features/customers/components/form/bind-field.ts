import type { ChangeEvent } from 'react';
import type { PathFormState } from '../../../../lib/use-path-form-state';
import type { AddressValues, CustomerFormValues, TextField } from '../../customer-form-values';

export type CustomerForm = PathFormState<CustomerFormValues>;

type TextEvent = ChangeEvent<HTMLInputElement | HTMLTextAreaElement>;

/** value / onChange / onBlur / error for a top-level text field, keyed by its API path. */
export const bindText = (form: CustomerForm, field: TextField) => ({
  value: form.values[field],
  onChange: (event: TextEvent) => {
    // Read now: the event's target is gone by the time the state updater runs.
    const value = event.currentTarget.value;
    form.update(field, (values) => ({ ...values, [field]: value }));
  },
  onBlur: () => form.touch(field),
  error: form.errorOf(field),
});

export const setAddress = (form: CustomerForm, part: keyof AddressValues, value: string) =>
  form.update(`address.${part}`, (values) => ({
    ...values,
    address: { ...values.address, [part]: value },
  }));

/** The same for a part of the address (`address.city`). */
export const bindAddress = (form: CustomerForm, part: 'line1' | 'district' | 'postalCode') => ({
  value: form.values.address[part],
  onChange: (event: TextEvent) => setAddress(form, part, event.currentTarget.value),
  onBlur: () => form.touch(`address.${part}`),
  error: form.errorOf(`address.${part}`),
});

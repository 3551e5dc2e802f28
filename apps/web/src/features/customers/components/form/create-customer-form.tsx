import { Box, Grid, Stack } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '../../../../lib/idempotency-key';
import { notifySuccess } from '../../../../lib/notify';
import { usePathFormState } from '../../../../lib/use-path-form-state';
import { useCreateCustomer } from '../../api/use-create-customer';
import { emptyCustomerValues, toCreateBody } from '../../customer-form-values';
import { useCustomerValidator } from '../../customer-rules';
import { useCustomerServerProblem } from '../../use-customer-server-problem';
import { AddressSection } from './address-section';
import { CommercialSection } from './commercial-section';
import { ContactSection } from './contact-section';
import { DuplicateWarning } from './duplicate-warning';
import { FormActions } from './form-actions';
import { IdentitySection } from './identity-section';
import { LicensesSection } from './licenses-section';

export const CreateCustomerForm = () => {
  const { t } = useTranslation('customers');
  const navigate = useNavigate();
  const validate = useCustomerValidator();
  const [initial] = useState(emptyCustomerValues);
  const form = usePathFormState(initial, validate);
  const create = useCreateCustomer();
  const serverProblem = useCustomerServerProblem();
  // Resending the same body (e.g. after a timeout) reuses its key, so the customer is created once.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit() || create.isPending) return;
    const body = toCreateBody(form.values);
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized) {
      attempt.current = { body: serialized, key: newIdempotencyKey() };
    }
    create.mutate(
      { body, idempotencyKey: attempt.current.key },
      {
        onSuccess: ({ customer }) => {
          notifySuccess(t('form.created', { name: customer.name }));
          void navigate(`/customers/${customer.id}`);
        },
        onError: (error) => form.setServerErrors(serverProblem(error)),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <IdentitySection form={form} />
            <ContactSection form={form} />
            <AddressSection form={form} />
            <LicensesSection form={form} />
            <CommercialSection form={form} creating />
            <FormActions
              submitLabel={t('form.create')}
              pending={create.isPending}
              blockingCount={form.blockingCount}
              onCancel={() => void navigate('/customers')}
            />
          </Stack>
        </Grid.Col>
        {/* Beside the form on wide screens, above it on narrow ones, so it is seen while typing. */}
        <Grid.Col span={{ base: 12, lg: 4 }} order={{ base: -1, lg: 1 }}>
          <Box pos="sticky" top={72}>
            <DuplicateWarning values={form.values} />
          </Box>
        </Grid.Col>
      </Grid>
    </form>
  );
};

import { Alert, Anchor, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { notifySuccess } from '../../../../lib/notify';
import { toProblem } from '../../../../lib/problem';
import { usePathFormState } from '../../../../lib/use-path-form-state';
import type { CustomerWithEtag } from '../../api/use-customer';
import { useUpdateCustomer } from '../../api/use-update-customer';
import { toChanges, valuesFromCustomer } from '../../customer-form-values';
import { useCustomerValidator } from '../../customer-rules';
import { useCustomerServerProblem } from '../../use-customer-server-problem';
import { AddressSection } from './address-section';
import { CommercialSection } from './commercial-section';
import { ContactSection } from './contact-section';
import { FormActions } from './form-actions';
import { IdentitySection } from './identity-section';
import { LicensesSection } from './licenses-section';

export const EditCustomerForm = ({ current }: { current: CustomerWithEtag }) => {
  const { t } = useTranslation('customers');
  const navigate = useNavigate();
  const validate = useCustomerValidator();
  // The version the edit started from: its ETag guards the PATCH even if the cache moves on.
  const [base] = useState(() => ({
    id: current.customer.id,
    etag: current.etag ?? '',
    values: valuesFromCustomer(current.customer),
  }));
  const form = usePathFormState(base.values, validate);
  const [stale, setStale] = useState(false);
  const update = useUpdateCustomer();
  const serverProblem = useCustomerServerProblem();
  const recordPath = `/customers/${base.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit() || update.isPending) return;
    const changes = toChanges(base.values, form.values);
    if (Object.keys(changes).length === 0) return void navigate(recordPath);
    update.mutate(
      { id: base.id, etag: base.etag, changes },
      {
        onSuccess: ({ customer }) => {
          notifySuccess(t('form.saved', { name: customer.name }));
          void navigate(recordPath);
        },
        onError: (error) => {
          if (toProblem(error)?.status === 412) setStale(true);
          else form.setServerErrors(serverProblem(error));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={960}>
        {stale && (
          <Alert color="orange" role="alert">
            {t('form.stale')}{' '}
            <Anchor component={Link} to={recordPath} target="_blank" rel="noopener">
              {t('form.openLatest')}
            </Anchor>
          </Alert>
        )}
        <IdentitySection
          form={form}
          stored={{ nik: current.customer.nik, npwp: current.customer.npwp }}
        />
        <ContactSection form={form} />
        <AddressSection form={form} />
        <LicensesSection form={form} customerId={base.id} />
        <CommercialSection form={form} creating={false} />
        <FormActions
          submitLabel={t('form.save')}
          pending={update.isPending}
          blockingCount={form.blockingCount}
          onCancel={() => void navigate(recordPath)}
        />
      </Stack>
    </form>
  );
};

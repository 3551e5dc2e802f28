import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../../lib/idempotency-key';
import { notifySuccess } from '../../../../lib/notify';
import { useFormState } from '../../../../lib/use-form-state';
import { useServerProblem } from '../../../users/use-server-problem';
import { useCreateSupplier } from '../../api/use-create-supplier';
import {
  EMPTY_SUPPLIER,
  SUPPLIER_FIELDS,
  type SupplierValues,
  toCreateSupplier,
  useSupplierRules,
} from '../../supplier-form-values';

type CreateSupplierFormProps = { onDone: () => void; onCancel: () => void };

export const CreateSupplierForm = ({ onDone, onCancel }: CreateSupplierFormProps) => {
  const { t } = useTranslation(['catalog', 'common']);
  const form = useFormState(EMPTY_SUPPLIER, useSupplierRules());
  const createSupplier = useCreateSupplier();
  const serverProblem = useServerProblem(SUPPLIER_FIELDS);
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.trySubmit() || createSupplier.isPending) return;
    const body = toCreateSupplier(form.values);
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized) {
      attempt.current = { body: serialized, key: newIdempotencyKey() };
    }
    createSupplier.mutate(
      { body, headers: { 'Idempotency-Key': attempt.current.key } },
      {
        onSuccess: (supplier) => {
          notifySuccess(t('catalog:suppliers.create.done', { name: supplier.name }));
          onDone();
        },
        onError: (error) => form.setServerErrors(serverProblem(error)),
      },
    );
  };

  const field = (name: keyof SupplierValues) => ({
    label: t(`catalog:suppliers.fields.${name}`),
    value: form.values[name],
    onBlur: () => form.touch(name),
    error: form.errorOf(name),
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          {...field('name')}
          withAsterisk
          data-autofocus
          onChange={(event) => form.setValue('name', event.currentTarget.value)}
        />
        <TextInput
          {...field('npwp')}
          description={t('catalog:suppliers.fields.npwpHint')}
          onChange={(event) => form.setValue('npwp', event.currentTarget.value)}
        />
        <Group grow align="flex-start">
          <TextInput
            {...field('email')}
            type="email"
            onChange={(event) => form.setValue('email', event.currentTarget.value)}
          />
          <TextInput
            {...field('phone')}
            type="tel"
            onChange={(event) => form.setValue('phone', event.currentTarget.value)}
          />
        </Group>
        <Textarea
          {...field('address')}
          autosize
          minRows={2}
          onChange={(event) => form.setValue('address', event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={createSupplier.isPending}>
            {t('catalog:suppliers.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

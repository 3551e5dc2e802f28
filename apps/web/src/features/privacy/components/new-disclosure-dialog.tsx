import type { CreateDisclosureDto } from '@bei-hub/api-client';
import { Alert, Button, Group, Modal, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { useErrorText } from '../../../lib/use-error-text';
import { useCreateDisclosure } from '../api/privacy-queries';
import { oneOf } from '../request-options';
import { CustomerPicker } from './customer-picker';

const CATEGORIES = [
  'service_provider',
  'business_partner',
  'affiliate',
  'advertising_partner',
  'authority',
  'acquirer',
] as const satisfies readonly CreateDisclosureDto['recipientCategory'][];

const BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interest',
  'public_task',
  'legitimate_interest',
] as const satisfies readonly CreateDisclosureDto['legalBasis'][];

type NewDisclosureDialogProps = { opened: boolean; onClose: () => void };

/** Records that personal data of a customer went to a recipient (one customer per entry here). */
export const NewDisclosureDialog = ({ opened, onClose }: NewDisclosureDialogProps) => {
  const { t } = useTranslation('privacy');
  const errorText = useErrorText();
  const create = useCreateDisclosure();
  const [recipientName, setRecipientName] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [basis, setBasis] = useState<string | null>(null);
  const [purpose, setPurpose] = useState('');
  const [dataCategories, setDataCategories] = useState<string[]>([]);
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [reference, setReference] = useState('');
  const recipientCategory = oneOf(CATEGORIES, category);
  const legalBasis = oneOf(BASES, basis);

  const submit = () => {
    if (
      !recipientCategory ||
      !legalBasis ||
      !customerId ||
      !recipientName.trim() ||
      !purpose.trim() ||
      dataCategories.length === 0
    ) {
      return;
    }
    create.mutate(
      {
        body: {
          recipientName: recipientName.trim(),
          recipientCategory,
          legalBasis,
          purpose: purpose.trim(),
          dataCategories,
          customerIds: [customerId],
          ...(reference.trim() ? { reference: reference.trim() } : {}),
        },
      },
      {
        onSuccess: () => {
          notifySuccess(t('disclosures.saved'));
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('disclosures.addTitle')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('disclosures.recipient')}
            withAsterisk
            value={recipientName}
            onChange={(event) => setRecipientName(event.currentTarget.value)}
          />
          <Select
            label={t('disclosures.category')}
            withAsterisk
            data={CATEGORIES.map((value) => ({
              value,
              label: t(`disclosures.categories.${value}`),
            }))}
            value={category}
            onChange={setCategory}
          />
          <TextInput
            label={t('disclosures.purpose')}
            withAsterisk
            value={purpose}
            onChange={(event) => setPurpose(event.currentTarget.value)}
          />
          <Select
            label={t('disclosures.legalBasis')}
            withAsterisk
            data={BASES.map((value) => ({ value, label: t(`disclosures.bases.${value}`) }))}
            value={basis}
            onChange={setBasis}
          />
          <TagsInput
            label={t('disclosures.dataCategories')}
            description={t('disclosures.dataCategoriesHint')}
            withAsterisk
            value={dataCategories}
            onChange={setDataCategories}
          />
          <CustomerPicker
            label={t('disclosures.customers')}
            value={customerId}
            onChange={setCustomerId}
          />
          <TextInput
            label={t('disclosures.reference')}
            value={reference}
            onChange={(event) => setReference(event.currentTarget.value)}
          />
          {create.isError && <Alert color="red">{errorText(create.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('create.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('disclosures.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

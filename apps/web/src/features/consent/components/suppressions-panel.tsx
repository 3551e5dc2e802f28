import type { CreateSuppressionDto, SuppressionDto } from '@bei-hub/api-client';
import {
  Alert,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { notifySuccess } from '../../../lib/notify';
import { useErrorText } from '../../../lib/use-error-text';
import { CustomerLink } from '../../privacy/components/customer-link';
import { CustomerPicker } from '../../privacy/components/customer-picker';
import { useCreateSuppression, useLiftSuppression, useSuppressions } from '../api/consent-queries';
import { useConsentPermissions } from '../consent-permissions';

const CHANNELS = [
  'email',
  'sms',
  'whatsapp',
  'phone',
  'mail',
  'all',
] as const satisfies readonly CreateSuppressionDto['channel'][];

const AddSuppressionDialog = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation('consent');
  const errorText = useErrorText();
  const create = useCreateSuppression();
  const [by, setBy] = useState<'customer' | 'value'>('customer');
  const [channel, setChannel] = useState<string | null>('all');
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const chosen = CHANNELS.find((item) => item === channel);
  const target = by === 'customer' ? customerId : value.trim() || null;
  const ready = chosen !== undefined && target !== null && reason.trim() !== '';

  return (
    <Modal opened={opened} onClose={onClose} title={t('suppressions.addTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!ready || !chosen || !target) return;
          create.mutate(
            {
              body: {
                channel: chosen,
                reason: reason.trim(),
                ...(by === 'customer' ? { customerId: target } : { value: target }),
              },
            },
            {
              onSuccess: () => {
                notifySuccess(t('suppressions.saved'));
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <SegmentedControl
            data={[
              { value: 'customer', label: t('suppressions.byCustomer') },
              { value: 'value', label: t('suppressions.byValue') },
            ]}
            value={by}
            onChange={(next) => setBy(next === 'value' ? 'value' : 'customer')}
          />
          {by === 'customer' ? (
            <CustomerPicker
              label={t('suppressions.customer')}
              value={customerId}
              onChange={setCustomerId}
            />
          ) : (
            <TextInput
              label={t('suppressions.value')}
              withAsterisk
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
            />
          )}
          <Select
            label={t('suppressions.channel')}
            withAsterisk
            allowDeselect={false}
            data={CHANNELS.map((item) => ({ value: item, label: t(`channels.${item}`) }))}
            value={channel}
            onChange={setChannel}
          />
          <Textarea
            label={t('suppressions.reason')}
            withAsterisk
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {create.isError && <Alert color="red">{errorText(create.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('record.cancel')}
            </Button>
            <Button type="submit" disabled={!ready} loading={create.isPending}>
              {t('suppressions.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

const LiftDialog = ({
  suppression,
  onClose,
}: {
  suppression: SuppressionDto;
  onClose: () => void;
}) => {
  const { t } = useTranslation('consent');
  const errorText = useErrorText();
  const lift = useLiftSuppression();
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('suppressions.liftTitle')}>
      <Stack gap="sm">
        <Text size="sm">
          {t('suppressions.liftWarning', { channel: t(`channels.${suppression.channel}`) })}
        </Text>
        <Textarea
          label={t('suppressions.liftReason')}
          withAsterisk
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        {lift.isError && <Alert color="red">{errorText(lift.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('record.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!reason.trim()}
            loading={lift.isPending}
            onClick={() =>
              lift.mutate(
                { path: { id: suppression.id }, body: { reason: reason.trim() } },
                {
                  onSuccess: () => {
                    notifySuccess(t('suppressions.lifted'));
                    onClose();
                  },
                },
              )
            }
          >
            {t('suppressions.liftConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/** The do-not-contact list: anyone who records consent may add; only the DPO or an admin lifts. */
export const SuppressionsPanel = () => {
  const { t, i18n } = useTranslation(['consent', 'common']);
  const language = currentLanguage(i18n);
  const errorText = useErrorText();
  const { canRecord, canLiftSuppressions } = useConsentPermissions();
  const list = useSuppressions();
  const [adding, setAdding] = useState(false);
  const [lifting, setLifting] = useState<SuppressionDto | null>(null);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const body = () => {
    if (list.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (list.isError) {
      return (
        <Alert color="red" title={t('consent:loadFailed')}>
          {errorText(list.error)}
        </Alert>
      );
    }
    if (items.length === 0) return <EmptyState title={t('consent:suppressions.empty')} />;
    return (
      <Table.ScrollContainer minWidth={640}>
        <Table striped stickyHeader verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consent:suppressions.target')}</Table.Th>
              <Table.Th>{t('consent:suppressions.channel')}</Table.Th>
              <Table.Th>{t('consent:suppressions.reason')}</Table.Th>
              <Table.Th>{t('consent:suppressions.createdAt')}</Table.Th>
              {canLiftSuppressions && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  {item.customerId ? (
                    <CustomerLink customerId={item.customerId} />
                  ) : (
                    <Text size="sm" ff="monospace">
                      {item.value}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`consent:channels.${item.channel}`)}</Table.Td>
                <Table.Td>{item.reason}</Table.Td>
                <Table.Td>{formatDateTime(item.createdAt, language)}</Table.Td>
                {canLiftSuppressions && (
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => setLifting(item)}>
                      {t('consent:suppressions.lift')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <Stack gap="md">
      {canRecord && (
        <Group justify="flex-end">
          <Button onClick={() => setAdding(true)}>{t('consent:suppressions.add')}</Button>
        </Group>
      )}
      {body()}
      {list.hasNextPage && (
        <Center>
          <Button
            variant="subtle"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {t('consent:suppressions.loadMore')}
          </Button>
        </Center>
      )}
      {adding && <AddSuppressionDialog opened={adding} onClose={() => setAdding(false)} />}
      {lifting && <LiftDialog suppression={lifting} onClose={() => setLifting(null)} />}
    </Stack>
  );
};

import type { LegalHoldDto } from '@bei-hub/api-client';
import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { notifySuccess } from '../../../lib/notify';
import { useErrorText } from '../../../lib/use-error-text';
import { useReleaseLegalHold } from '../api/privacy-queries';
import { CustomerLink } from './customer-link';

type LegalHoldsTableProps = {
  holds: readonly LegalHoldDto[];
  canRelease: boolean;
  showCustomer?: boolean;
};

export const LegalHoldsTable = ({
  holds,
  canRelease,
  showCustomer = true,
}: LegalHoldsTableProps) => {
  const { t, i18n } = useTranslation('privacy');
  const language = currentLanguage(i18n);
  const errorText = useErrorText();
  const release = useReleaseLegalHold();
  const [releasing, setReleasing] = useState<LegalHoldDto | null>(null);
  const [note, setNote] = useState('');

  const close = () => {
    setReleasing(null);
    setNote('');
    release.reset();
  };

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped stickyHeader verticalSpacing={6} fz="sm" aria-label={t('holds.title')}>
          <Table.Thead>
            <Table.Tr>
              {showCustomer && <Table.Th>{t('holds.customer')}</Table.Th>}
              <Table.Th>{t('holds.reference')}</Table.Th>
              <Table.Th>{t('holds.reason')}</Table.Th>
              <Table.Th>{t('holds.createdAt')}</Table.Th>
              <Table.Th>{t('holds.status')}</Table.Th>
              {canRelease && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {holds.map((hold) => (
              <Table.Tr key={hold.id}>
                {showCustomer && (
                  <Table.Td>
                    <CustomerLink customerId={hold.customerId} />
                  </Table.Td>
                )}
                <Table.Td>{hold.reference}</Table.Td>
                <Table.Td>{hold.reason}</Table.Td>
                <Table.Td>{formatDateTime(hold.createdAt, language)}</Table.Td>
                <Table.Td>
                  <Badge color={hold.active ? 'red' : 'gray'} variant="light">
                    {hold.active ? t('holds.active') : t('holds.released')}
                  </Badge>
                </Table.Td>
                {canRelease && (
                  <Table.Td>
                    {hold.active && (
                      <Button size="xs" variant="default" onClick={() => setReleasing(hold)}>
                        {t('holds.release')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={releasing !== null} onClose={close} title={t('holds.releaseTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('holds.releaseWarning')}</Text>
          <Textarea
            label={t('holds.note')}
            withAsterisk
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {release.isError && <Alert color="red">{errorText(release.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('create.cancel')}
            </Button>
            <Button
              color="red"
              disabled={!note.trim()}
              loading={release.isPending}
              onClick={() =>
                releasing &&
                release.mutate(
                  { path: { id: releasing.id }, body: { note: note.trim() } },
                  {
                    onSuccess: () => {
                      notifySuccess(t('holds.releasedDone'));
                      close();
                    },
                  },
                )
              }
            >
              {t('holds.releaseConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
};

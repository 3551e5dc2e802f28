import {
  Alert,
  Button,
  Card,
  Code,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { VerificationDto } from '@bei-hub/api-client';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { type VerifyRange, useVerifyAudit } from '../api/use-verify-audit';

type RangeText = { chain: string; fromSeq: string; toSeq: string };

/** Blank means "all"; anything else must be a whole number, else the range is refused here. */
const toRange = (text: RangeText): VerifyRange | null => {
  const range: VerifyRange = {};
  for (const key of ['chain', 'fromSeq', 'toSeq'] as const) {
    const value = text[key].trim();
    if (!value) continue;
    if (!/^\d+$/.test(value)) return null;
    range[key] = Number(value);
  }
  return range;
};

const Result = ({ result }: { result: VerificationDto }) => {
  const { t } = useTranslation('audit');
  if (result.valid) {
    return (
      <Alert color="teal" title={t('verify.validTitle')} role="status">
        {t('verify.validBody', { count: result.checked })}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={t('verify.invalidTitle')} role="alert">
      {result.firstInvalid
        ? t('verify.invalidBody', {
            chain: result.firstInvalid.chain,
            seq: result.firstInvalid.seq,
            count: result.checked,
          })
        : t('verify.invalidUnknown', { count: result.checked })}
    </Alert>
  );
};

export const VerifyPanel = () => {
  const { t } = useTranslation('audit');
  const errorText = useErrorText();
  const verify = useVerifyAudit();
  const [text, setText] = useState<RangeText>({ chain: '', fromSeq: '', toSeq: '' });
  const range = toRange(text);
  const input = (key: keyof RangeText) => ({
    value: text[key],
    inputMode: 'numeric' as const,
    w: 120,
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const next = event.currentTarget.value;
      setText((current) => ({ ...current, [key]: next }));
    },
    error: text[key].trim() && !/^\d+$/.test(text[key].trim()) ? t('verify.number') : undefined,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (range) verify.mutate(range);
  };

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('verify.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('verify.description')}
        </Text>
        <form onSubmit={submit} aria-label={t('verify.title')}>
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('verify.chain')}
              placeholder={t('verify.all')}
              {...input('chain')}
            />
            <TextInput label={t('verify.fromSeq')} {...input('fromSeq')} />
            <TextInput label={t('verify.toSeq')} {...input('toSeq')} />
            <Button type="submit" loading={verify.isPending} disabled={!range}>
              {t('verify.run')}
            </Button>
          </Group>
        </form>
        {verify.isError && (
          <Alert color="red" title={t('verify.failed')} role="alert">
            {errorText(verify.error)}
          </Alert>
        )}
        {verify.data && (
          <>
            <Result result={verify.data} />
            {verify.data.heads.length > 0 && (
              <Table.ScrollContainer minWidth={480} maxHeight={320}>
                <Table
                  stickyHeader
                  striped
                  fz="xs"
                  verticalSpacing={2}
                  aria-label={t('verify.heads')}
                >
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('detail.chain')}</Table.Th>
                      <Table.Th>{t('detail.seq')}</Table.Th>
                      <Table.Th>{t('detail.hash')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {verify.data.heads.map((head) => (
                      <Table.Tr key={head.chain}>
                        <Table.Td>{head.chain}</Table.Td>
                        <Table.Td>{head.seq}</Table.Td>
                        <Table.Td>
                          <Code style={{ wordBreak: 'break-all' }}>{head.hash}</Code>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
};

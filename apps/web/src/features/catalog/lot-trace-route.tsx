import {
  Alert,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { notifyError } from '../../lib/notify';
import { toProblem } from '../../lib/problem';
import { useErrorText } from '../../lib/use-error-text';
import { useExportRecall } from './api/use-export-recall';
import { useLotTrace } from './api/use-lot-trace';
import { TracedLot } from './components/trace/traced-lot';

/** Recall support: type a lot number, see where it came from and every customer who got it. */
export const LotTraceRoute = () => {
  const { t } = useTranslation(['catalog', 'common']);
  const errorText = useErrorText();
  // The lot is in the address (?lot=), so a trace can be linked from an order and shared.
  const [params, setParams] = useSearchParams();
  const lot = params.get('lot')?.trim() ?? '';
  const [text, setText] = useState(lot);
  const trace = useLotTrace(lot);
  const exportRecall = useExportRecall();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = text.trim();
    if (next) setParams({ lot: next });
  };

  const body = () => {
    if (!lot) {
      return (
        <EmptyState title={t('catalog:trace.introTitle')} description={t('catalog:trace.intro')} />
      );
    }
    if (trace.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      );
    }
    if (trace.isError) {
      return toProblem(trace.error)?.status === 404 ? (
        <EmptyState
          title={t('catalog:trace.notFoundTitle', { lot })}
          description={t('catalog:trace.notFound')}
        />
      ) : (
        <Alert color="red" title={t('catalog:trace.loadFailed')}>
          {errorText(trace.error)}
        </Alert>
      );
    }
    return (
      <Stack gap="md">
        <Group justify="space-between">
          <Text size="sm">
            {t('catalog:trace.found', { lot: trace.data.lotNumber, count: trace.data.lots.length })}
          </Text>
          <Button
            variant="light"
            loading={exportRecall.isPending}
            onClick={() =>
              exportRecall.mutate(trace.data.lotNumber, {
                onError: (error) => notifyError(t('common:errors.title'), errorText(error)),
              })
            }
          >
            {t('catalog:trace.export')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('catalog:trace.serviceMessage')}
        </Text>
        {trace.data.lots.map((traced) => (
          <TracedLot key={`${traced.productId}-${traced.expiryDate}`} lot={traced} />
        ))}
      </Stack>
    );
  };

  return (
    <>
      <PageHeader title={t('catalog:trace.title')} description={t('catalog:trace.subtitle')} />
      <Stack gap="md">
        <form onSubmit={submit} role="search">
          <Group gap="sm" align="flex-end">
            <TextInput
              label={t('catalog:trace.lotNumber')}
              placeholder={t('catalog:trace.placeholder')}
              w={280}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
            />
            <Button type="submit">{t('catalog:trace.submit')}</Button>
          </Group>
        </form>
        {body()}
      </Stack>
    </>
  );
};

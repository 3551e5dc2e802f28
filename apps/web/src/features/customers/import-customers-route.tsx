import { Alert, Paper, Stack, Stepper } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotAllowed } from '../../components/ui/not-allowed';
import { PageHeader } from '../../components/ui/page-header';
import { notifyError } from '../../lib/notify';
import { toProblem } from '../../lib/problem';
import { useErrorText } from '../../lib/use-error-text';
import { invalidateCustomerLists } from './api/customers-cache';
import { isImportFinished, useCustomerImport } from './api/use-customer-import';
import { useStartImport } from './api/use-start-import';
import { ImportFileStep } from './components/import/import-file-step';
import { ImportProgress } from './components/import/import-progress';
import { ImportResult } from './components/import/import-result';
import { useCustomerPermissions } from './customer-permissions';

const JOB_PARAM = 'job';

/** Follows one import job: progress each second, then what was created and which rows failed. */
const ImportJob = ({ id, onAnother }: { id: string; onAnother: () => void }) => {
  const { t } = useTranslation('customers');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const job = useCustomerImport(id);
  const finished = isImportFinished(job.data);

  useEffect(() => {
    // New customers exist now; lists cached before the import would not show them.
    if (finished) void invalidateCustomerLists(queryClient);
  }, [finished, queryClient]);

  if (job.isError) {
    return (
      <Alert color="red" title={t('import.loadFailed')}>
        {errorText(job.error)}
      </Alert>
    );
  }
  return (
    <Stack gap="lg">
      <ImportProgress job={job.data ?? { status: 'queued', processed: 0, total: 0 }} />
      {finished && job.data && <ImportResult job={job.data} onAnother={onAnother} />}
    </Stack>
  );
};

export const ImportCustomersRoute = () => {
  const { t } = useTranslation('customers');
  const errorText = useErrorText();
  const { canWrite } = useCustomerPermissions();
  // The job id is in the address, so a reload keeps following the same import.
  const [params, setParams] = useSearchParams();
  const jobId = params.get(JOB_PARAM);
  const start = useStartImport();
  const [fileError, setFileError] = useState<string>();
  const job = useCustomerImport(canWrite ? jobId : null);
  // Past the last step once finished, so every step shows as done.
  const step = !jobId ? 0 : isImportFinished(job.data) ? 3 : 1;

  if (!canWrite) return <NotAllowed />;

  const upload = (file: File) => {
    setFileError(undefined);
    start.mutate(
      { body: { file } },
      {
        onSuccess: (created) => setParams({ [JOB_PARAM]: created.id }),
        onError: (error) => {
          const problem = toProblem(error);
          const message = problem?.errors?.find((e) => e.field === 'file')?.message;
          if (message) setFileError(message);
          else notifyError(t('import.title'), errorText(error));
        },
      },
    );
  };

  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.subtitle')} />
      <Stack gap="lg">
        <Stepper active={step} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('import.stepFile')} />
          <Stepper.Step label={t('import.stepProgress')} />
          <Stepper.Step label={t('import.stepResult')} />
        </Stepper>
        {jobId ? (
          <Paper withBorder p="md">
            <ImportJob id={jobId} onAnother={() => setParams({})} />
          </Paper>
        ) : (
          <ImportFileStep pending={start.isPending} fileError={fileError} onUpload={upload} />
        )}
      </Stack>
    </>
  );
};

import { Button, FileInput, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../../../lib/download';
import { importTemplateCsv } from '../../import-template';
import { ImportColumns } from './import-columns';

type ImportFileStepProps = {
  pending: boolean;
  /** The server's word on the file (not CSV, unknown columns, no rows), shown on the field. */
  fileError?: string;
  onUpload: (file: File) => void;
};

export const ImportFileStep = ({ pending, fileError, onUpload }: ImportFileStepProps) => {
  const { t } = useTranslation('customers');
  const [file, setFile] = useState<File | null>(null);
  const [tried, setTried] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (file && !pending) onUpload(file);
  };

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
          <Stack gap="md">
            <FileInput
              label={t('import.file')}
              description={t('import.fileHint')}
              placeholder={t('import.filePlaceholder')}
              accept=".csv,text/csv"
              clearable
              value={file}
              onChange={setFile}
              error={tried && !file ? t('import.fileRequired') : fileError}
            />
            <Group justify="space-between">
              <Button
                variant="subtle"
                onClick={() => saveBlob(importTemplateCsv(), 'customers-template.csv')}
              >
                {t('import.template')}
              </Button>
              <Button type="submit" loading={pending}>
                {t('import.upload')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Paper withBorder p="md">
          <Title order={2} size="h5">
            {t('import.columnsTitle')}
          </Title>
          <Text size="xs" c="dimmed" mb="xs">
            {t('import.columnsHint')}
          </Text>
          <ImportColumns />
        </Paper>
      </Grid.Col>
    </Grid>
  );
};

import { Button, Group, Paper, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../../lib/notify';
import { toProblem } from '../../../../lib/problem';
import { useErrorText } from '../../../../lib/use-error-text';
import { useCreateAffiliation } from '../../api/use-create-affiliation';
import { ClinicPicker } from '../clinic-picker';

/** Records that this doctor practises at a clinic chosen by searching clinics. */
export const AddAffiliationForm = ({ doctorId }: { doctorId: string }) => {
  const { t } = useTranslation('customers');
  const errorText = useErrorText();
  const create = useCreateAffiliation();
  const [clinicId, setClinicId] = useState<string | null>(null);
  const [role, setRole] = useState(() => t('affiliations.defaultRole'));
  const [tried, setTried] = useState(false);
  const [conflict, setConflict] = useState(false);

  const clinicError = tried && !clinicId ? t('affiliations.clinicRequired') : undefined;
  const roleError = tried && !role.trim() ? t('affiliations.roleRequired') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!clinicId || !role.trim() || create.isPending) return;
    create.mutate(
      { path: { id: doctorId }, body: { clinicId, role: role.trim() } },
      {
        onSuccess: (affiliation) => {
          notifySuccess(t('affiliations.added', { clinic: affiliation.clinic.name }));
          setClinicId(null);
          setTried(false);
        },
        onError: (error) => {
          if (toProblem(error)?.status === 409) setConflict(true);
          else notifyError(t('affiliations.addTitle'), errorText(error));
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Title order={2} size="h5" mb="sm">
        {t('affiliations.addTitle')}
      </Title>
      <Group align="flex-start" gap="sm">
        <ClinicPicker
          label={t('affiliations.chooseClinic')}
          value={clinicId}
          onChange={(id) => {
            setClinicId(id);
            setConflict(false);
          }}
          error={conflict ? t('affiliations.exists') : clinicError}
          excludeId={doctorId}
          withAsterisk
        />
        <TextInput
          label={t('affiliations.role')}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value)}
          error={roleError}
          maxLength={100}
          withAsterisk
        />
        <Button type="submit" mt={25} loading={create.isPending}>
          {t('affiliations.add')}
        </Button>
      </Group>
    </Paper>
  );
};

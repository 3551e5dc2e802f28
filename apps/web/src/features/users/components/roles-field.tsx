import { Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../auth/roles';

type RolesFieldProps = {
  value: Role[];
  onChange: (roles: Role[]) => void;
  onBlur: () => void;
  error?: string;
};

const isRole = (value: string): value is Role => ROLES.some((role) => role === value);

/** Five fixed roles read better as checkboxes than as a dropdown: all choices stay visible. */
export const RolesField = ({ value, onChange, onBlur, error }: RolesFieldProps) => {
  const { t } = useTranslation(['users', 'common']);
  return (
    <Checkbox.Group
      label={t('users:fields.roles')}
      description={t('users:fields.rolesHint')}
      value={value}
      onChange={(next) => onChange(next.filter(isRole))}
      wrapperProps={{ onBlur }}
      error={error}
      withAsterisk
    >
      <Group gap="md" mt="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`common:roles.${role}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
};

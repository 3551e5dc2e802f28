import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../auth/roles';

export const RoleBadges = ({ roles }: { roles: readonly Role[] }) => {
  const { t } = useTranslation('common');
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} variant="light" color="gray" size="sm" tt="none">
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
};

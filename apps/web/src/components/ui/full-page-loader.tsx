import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const FullPageLoader = () => {
  const { t } = useTranslation('common');
  return (
    <Center mih="60vh">
      <Loader aria-label={t('loading')} />
    </Center>
  );
};

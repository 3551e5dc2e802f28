import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrderProblemAlert } from '../detail/order-problem-alert';

type FormBannerProps = {
  /** The last failed save, if any. */
  error: unknown;
  /** Every server message found its field: the banner only points at them. */
  allPlaced: boolean;
  /** Client checks that block sending, once submit was tried. */
  blockingCount: number;
  onClose: () => void;
};

/** One place above the form for whatever stops the save. */
export const FormBanner = ({ error, allPlaced, blockingCount, onClose }: FormBannerProps) => {
  const { t } = useTranslation('orders');
  if (error && !allPlaced) return <OrderProblemAlert error={error} onClose={onClose} />;
  if (error || blockingCount > 0) {
    return (
      <Alert color="yellow" role="alert">
        {t('form.fixErrors')}
      </Alert>
    );
  }
  return null;
};

import { Badge } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countdown } from '../countdown';

type DueCountdownProps = { request: { dueAt: string; status: string; overdue?: boolean } };

/** "sisa 41 jam" / "41 h left", red once past the 72-hour limit; ticks every minute. */
export const DueCountdown = ({ request }: DueCountdownProps) => {
  const { t } = useTranslation('privacy');
  const [now, setNow] = useState(() => Date.now());
  useInterval(() => setNow(Date.now()), 60_000, { autoInvoke: true });

  const left = countdown(request, now);
  if (left.kind === 'closed') {
    return (
      <Badge color="gray" variant="light">
        {t('countdown.closed')}
      </Badge>
    );
  }
  if (left.kind === 'overdue') {
    return (
      <Badge color="red" variant="filled" data-overdue="true">
        {t('countdown.overdue', { hours: left.hours })}
      </Badge>
    );
  }
  return (
    <Badge color={left.hours < 24 ? 'orange' : 'blue'} variant="light">
      {left.hours >= 1
        ? t('countdown.left', { hours: left.hours })
        : t('countdown.leftMinutes', { minutes: left.minutes })}
    </Badge>
  );
};

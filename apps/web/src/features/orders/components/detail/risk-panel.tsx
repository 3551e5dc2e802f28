import type { OrderResponseDto } from '@bei-hub/api-client';
import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RiskLevelBadge } from '../badges/risk-level-badge';
import { RiskReasonText } from './risk-reason-text';

type RiskPanelProps = Pick<OrderResponseDto, 'risk' | 'reviewReasons' | 'reviewNote' | 'status'>;

/**
 * The automated score with every reason behind it (UU PDP: never solely automated), and why the
 * order waits for a person, if it does.
 */
export const RiskPanel = ({ risk, reviewReasons, reviewNote, status }: RiskPanelProps) => {
  const { t } = useTranslation('orders');
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('riskPanel.title')}
        </Title>
        {risk ? (
          <>
            <Group gap="sm">
              <Text size="sm">
                {t('riskPanel.score')}: <b>{risk.score}</b>/100
              </Text>
              <RiskLevelBadge level={risk.level} />
            </Group>
            {risk.reasons.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('riskPanel.noReasons')}
              </Text>
            ) : (
              <List size="sm" spacing={2} aria-label={t('riskPanel.reasons')}>
                {risk.reasons.map((reason) => (
                  <List.Item key={reason.code}>
                    <RiskReasonText code={reason.code} message={reason.message} />{' '}
                    <Text span size="xs" c="dimmed">
                      {t('riskPanel.points', { points: reason.points })}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
            <Text size="xs" c="dimmed">
              {t('riskPanel.model', { model: risk.model })}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {status === 'draft' ? t('riskPanel.notYet') : t('riskPanel.notScored')}
          </Text>
        )}
        {reviewReasons.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('riskPanel.reviewReasons')}
            </Text>
            <Group gap={4}>
              {reviewReasons.map((reason) => (
                <Badge
                  key={reason.code}
                  color="yellow"
                  variant="light"
                  tt="none"
                  title={reason.message}
                >
                  {t(`reviewReasons.${reason.code}`)}
                </Badge>
              ))}
            </Group>
          </Stack>
        )}
        {reviewNote && (
          <Text size="sm">
            <b>{t('riskPanel.reviewNote')}:</b> {reviewNote}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('riskPanel.humanDecides')}
        </Text>
      </Stack>
    </Paper>
  );
};

import { Anchor, Badge, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import type { DuplicateCandidateDto } from '@bei-hub/api-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomerTypeBadge } from './badges/customer-type-badge';

type DuplicateCandidatesProps = {
  candidates: readonly DuplicateCandidateDto[];
  /** For a side panel beside a form: stacked cards, and links that open in a new tab so nothing typed is lost. */
  compact?: boolean;
};

const scoreColor = (score: number): string =>
  score >= 0.8 ? 'red' : score >= 0.5 ? 'orange' : 'yellow';

const percent = (score: number): string => `${Math.round(score * 100)}%`;

const NameLink = ({ candidate, newTab }: { candidate: DuplicateCandidateDto; newTab: boolean }) => (
  <Anchor
    component={Link}
    to={`/customers/${candidate.customer.id}`}
    fw={500}
    size="sm"
    {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
  >
    {candidate.customer.name}
  </Anchor>
);

const MatchedFields = ({ candidate }: { candidate: DuplicateCandidateDto }) => {
  const { t } = useTranslation('customers');
  return (
    <Group gap={4}>
      {candidate.matchedFields.map((field) => (
        <Badge key={field} variant="light" color="gray" size="xs" tt="none">
          {t(`matchedFields.${field}`)}
        </Badge>
      ))}
    </Group>
  );
};

/** Likely duplicates with how alike they are and why; each links to the existing record. */
export const DuplicateCandidates = ({ candidates, compact = false }: DuplicateCandidatesProps) => {
  const { t } = useTranslation('customers');
  if (compact) {
    return (
      <Stack gap="xs">
        {candidates.map((candidate) => (
          <Paper key={candidate.customer.id} withBorder p="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <NameLink candidate={candidate} newTab />
                <Text size="xs" c="dimmed">
                  {t(`types.${candidate.customer.type}`)}
                  {candidate.customer.address && ` · ${candidate.customer.address.city}`}
                </Text>
              </Stack>
              <Badge color={scoreColor(candidate.score)} variant="filled" size="sm">
                {percent(candidate.score)}
              </Badge>
            </Group>
            <Group gap={4} mt={6}>
              <Text size="xs" c="dimmed">
                {t('duplicates.matched')}:
              </Text>
              <MatchedFields candidate={candidate} />
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Table verticalSpacing={6} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('columns.name')}</Table.Th>
          <Table.Th w={140}>{t('duplicates.score')}</Table.Th>
          <Table.Th>{t('duplicates.matched')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {candidates.map((candidate) => (
          <Table.Tr key={candidate.customer.id}>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <CustomerTypeBadge type={candidate.customer.type} />
                <NameLink candidate={candidate} newTab={false} />
              </Group>
              {candidate.customer.address && (
                <Text size="xs" c="dimmed">
                  {candidate.customer.address.city}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="xs" fw={600}>
                {percent(candidate.score)}
              </Text>
              <Progress
                value={candidate.score * 100}
                color={scoreColor(candidate.score)}
                size="xs"
                aria-label={t('duplicates.score')}
              />
            </Table.Td>
            <Table.Td>
              <MatchedFields candidate={candidate} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};

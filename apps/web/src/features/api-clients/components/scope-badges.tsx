import { Badge, Group } from '@mantine/core';

export const ScopeBadges = ({ scopes }: { scopes: readonly string[] }) => (
  <Group gap={4}>
    {scopes.map((scope) => (
      <Badge key={scope} variant="light" color="gray" size="sm" tt="none">
        {scope}
      </Badge>
    ))}
  </Group>
);

import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

/** The first cell of a list of hires: the name as the link to the plan, the job title (if any) under it. */
export function HireNameCell({ hire }: { hire: { id: number; name: string; title: string } }) {
  return (
    <Table.Td>
      <Anchor component={Link} to={`/nyanstallda/${hire.id}`} fw={600} size="sm">
        {hire.name}
      </Anchor>
      {hire.title && (
        <Text size="xs" c="dimmed">
          {hire.title}
        </Text>
      )}
    </Table.Td>
  );
}

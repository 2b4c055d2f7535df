import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateWithWeek } from './DateWithWeek';

interface ListedHire {
  id: number;
  name: string;
  title: string;
  team: string;
  startDate: string;
}

/** The heads of the columns every list of hires starts with: name, team, start date. */
export function HireLeadHeads() {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th>{t('hires.fields.name')}</Table.Th>
      <Table.Th>{t('hires.fields.team')}</Table.Th>
      <Table.Th>{t('hires.fields.startDate')}</Table.Th>
    </>
  );
}

/** Those columns for one hire: the name as the link to the plan with the job title under it, the team, the start date and its week. */
export function HireLeadCells({ hire }: { hire: ListedHire }) {
  const { t } = useTranslation();
  return (
    <>
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
      <Table.Td>{hire.team || t('common.none')}</Table.Td>
      <Table.Td>
        <DateWithWeek date={hire.startDate} />
      </Table.Td>
    </>
  );
}

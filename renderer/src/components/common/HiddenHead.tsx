import { Table } from '@mantine/core';

/** A column head only screen readers read, over a column of row buttons. */
export function HiddenHead({ label, w }: { label: string; w?: number }) {
  return (
    <Table.Th w={w}>
      <span className="visually-hidden">{label}</span>
    </Table.Th>
  );
}

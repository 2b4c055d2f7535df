import { Select } from '@mantine/core';
import { peopleInRole, type HireRole } from '../../lib/person-options';

interface Props {
  hires: Parameters<typeof peopleInRole>[0];
  role: HireRole;
  label: string;
  placeholder: string;
  value: string | null;
  onChange: (id: string | null) => void;
}

/** A clearable choice of one introducer, unit manager or samordnare among the hires listed, to filter them. */
export function PersonFilter({ hires, role, ...props }: Props) {
  return <Select {...props} data={peopleInRole(hires, role)} clearable w={240} />;
}

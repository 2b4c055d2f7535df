import { TextInput } from '@mantine/core';
import { HINT_UNDER_FIELD } from './ClientHint';

interface Props {
  label: string;
  /** How to write the time ("13:00"), under the field. */
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  withAsterisk?: boolean;
}

/** A clock time typed as "HH:MM". */
export function TimeField({ hint, onChange, ...props }: Props) {
  return (
    <TextInput
      {...props}
      description={hint}
      inputWrapperOrder={HINT_UNDER_FIELD}
      onChange={(e) => onChange(e.currentTarget.value)}
      autoComplete="off"
    />
  );
}

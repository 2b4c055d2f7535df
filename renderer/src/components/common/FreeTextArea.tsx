import { Textarea } from '@mantine/core';
import { clientHint } from './ClientHint';

interface Props {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  withAsterisk?: boolean;
}

/** A few lines of free text (a reason, who took part), first in its dialog, with the warning against client details under it. */
export function FreeTextArea({ onChange, ...props }: Props) {
  return (
    <Textarea
      {...props}
      {...clientHint}
      onChange={(e) => onChange(e.currentTarget.value)}
      autosize
      minRows={2}
      maxLength={500}
      data-autofocus
    />
  );
}

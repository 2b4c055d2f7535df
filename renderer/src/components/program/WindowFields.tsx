import { Fieldset, Group, NumberInput, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { windowLabel } from '../../../../electron/shared/rules/window-label';
import { OFFSET_UNITS, windowSchema, type OffsetUnit } from '../../../../electron/shared/schemas/template';
import { numberOrEmpty, type FieldErrors } from '../../lib/validate';
import { ruleLanguage } from './labels';

/** A window while it is being edited: number fields may be empty. */
export interface WindowValues {
  unit: OffsetUnit;
  start: number | string;
  end: number | string;
}

export const windowInput = (w: WindowValues) => ({ unit: w.unit, start: numberOrEmpty(w.start), end: numberOrEmpty(w.end) });

interface Props {
  value: WindowValues;
  onChange: (value: WindowValues) => void;
  /** Messages keyed "window.start" etc., as the form's schema reports them. */
  errors: FieldErrors;
}

/** Unit, from and to, with the window read back in words so the user sees what they set. */
export function WindowFields({ value, onChange, errors }: Props) {
  const { t, i18n } = useTranslation();
  const language = ruleLanguage(i18n.language);
  const parsed = windowSchema.safeParse(windowInput(value));
  return (
    <Fieldset legend={t('program.window.label')} variant="filled">
      {value.unit === 'day' && (
        <Text size="xs" c="dimmed" mb="xs">
          {t('program.window.dayHint')}
        </Text>
      )}
      <Group grow align="flex-start">
        <Select
          label={t('program.window.unit')}
          data={OFFSET_UNITS.map((unit) => ({ value: unit, label: t(`program.window.units.${unit}`) }))}
          value={value.unit}
          allowDeselect={false}
          onChange={(unit) => unit && onChange({ ...value, unit: unit })}
          error={errors['window.unit']}
        />
        <NumberInput
          label={t('program.window.start')}
          value={value.start}
          allowDecimal={false}
          allowNegative={value.unit === 'day'}
          onChange={(start) => onChange({ ...value, start })}
          error={errors['window.start']}
        />
        <NumberInput
          label={t('program.window.end')}
          value={value.end}
          allowDecimal={false}
          allowNegative={value.unit === 'day'}
          onChange={(end) => onChange({ ...value, end })}
          error={errors['window.end']}
        />
      </Group>
      {parsed.success && (
        <Text size="sm" fw={500} c="blue.8" mt="xs" aria-live="polite">
          {t('program.window.preview', { label: windowLabel(parsed.data, language) })}
        </Text>
      )}
    </Fieldset>
  );
}

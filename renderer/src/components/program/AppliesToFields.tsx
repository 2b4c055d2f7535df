import { Autocomplete, Group, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/validate';
import type { ItemValues } from './item-values';

type Values = Pick<ItemValues, 'appliesKind' | 'team'>;

interface Props {
  values: Values;
  onChange: (patch: Partial<Values>) => void;
  errors: FieldErrors;
  teams: string[];
}

const KINDS = ['everyone', 'newGraduates', 'team'] as const;

/** Whom the item is for: everyone, only new graduates, or one team. */
export function AppliesToFields({ values, onChange, errors, teams }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Radio.Group
        label={t('program.item.fields.appliesTo')}
        value={values.appliesKind}
        onChange={(kind) => onChange({ appliesKind: KINDS.find((k) => k === kind) ?? 'everyone' })}
      >
        <Group gap="lg" mt={4}>
          {KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`program.item.appliesKinds.${kind}`)} />
          ))}
        </Group>
      </Radio.Group>
      {values.appliesKind === 'team' && (
        <Autocomplete
          label={t('program.item.fields.team')}
          withAsterisk
          data={teams}
          value={values.team}
          onChange={(team) => onChange({ team })}
          error={errors['appliesTo.team']}
        />
      )}
    </Stack>
  );
}

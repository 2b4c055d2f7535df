import { Group, Radio, Select, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONSIBLE_ROLES } from '../../../../electron/shared/schemas/template';
import { personLabel } from '../../lib/person-options';
import type { FieldErrors } from '../../lib/validate';
import { useStaffStore } from '../../stores/staff';
import type { ItemValues } from './item-values';

type Values = Pick<ItemValues, 'responsibleKind' | 'role' | 'personId' | 'personName'>;

interface Props {
  values: Values;
  onChange: (patch: Partial<Values>) => void;
  errors: FieldErrors;
}

const NAME_ONLY = 'namn';

/** Responsible is a role (resolved per hire) or a named person from the staff list. */
export function ResponsibleFields({ values, onChange, errors }: Props) {
  const { t } = useTranslation();
  const { data: people, status: staffStatus } = useStaffStore((s) => s.people);
  useEffect(() => {
    if (staffStatus === 'idle') void useStaffStore.getState().load();
  }, [staffStatus]);

  const options = people.map((p) => ({ value: String(p.id), label: personLabel(p, people) }));
  const current = values.personId === null ? NAME_ONLY : String(values.personId);
  if (values.personName && !options.some((o) => o.value === current)) options.unshift({ value: current, label: values.personName });

  return (
    <Stack gap={6}>
      <Radio.Group
        label={t('program.item.fields.responsibleKind')}
        value={values.responsibleKind}
        onChange={(kind) => onChange({ responsibleKind: kind === 'person' ? 'person' : 'role' })}
      >
        <Group gap="lg" mt={4}>
          {(['role', 'person'] as const).map((kind) => (
            <Radio key={kind} value={kind} label={t(`program.item.responsibleKinds.${kind}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Group grow align="flex-start">
        {values.responsibleKind === 'role' ? (
          <Select
            label={t('program.item.fields.role')}
            data={RESPONSIBLE_ROLES.map((role) => ({ value: role, label: t(`program.responsible.${role}`) }))}
            value={values.role}
            allowDeselect={false}
            onChange={(role) => role && onChange({ role: role })}
            error={errors['responsible.role']}
          />
        ) : (
          <Select
            label={t('program.item.fields.person')}
            withAsterisk
            description={options.length ? t('program.item.hints.person') : t('program.item.noPeople')}
            data={options}
            value={values.personName ? current : null}
            searchable
            onChange={(value) => {
              const option = options.find((o) => o.value === value);
              onChange({
                personId: option && option.value !== NAME_ONLY ? Number(option.value) : null,
                personName: option?.label ?? '',
              });
            }}
            error={errors['responsible.name'] ?? errors['responsible.personId']}
          />
        )}
      </Group>
    </Stack>
  );
}

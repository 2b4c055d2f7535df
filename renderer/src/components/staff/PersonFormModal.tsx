import { Alert, Autocomplete, Checkbox, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyPersonFields, personFields, STAFF_ROLES, type Person, type PersonFields } from '../../../../electron/shared/schemas/staff';
import { namesakes, personDetail } from '../../lib/person-options';
import { useForm } from '../../lib/use-form';
import { useStaffStore } from '../../stores/staff';
import { FormActions } from '../common/FormActions';
import { FormError } from '../common/FormError';

const TEAM_SUGGESTIONS = ['Barn och familj', 'Vuxen', 'Försörjningsstöd', 'Mottagning', 'Familjerätt'];

interface Props {
  /** null: closed; 'new': adding; a person: editing that person. */
  target: Person | 'new' | null;
  onClose: () => void;
  onSaved: (person: Person, isNew: boolean) => void;
}

const fieldsOf = ({ name, title, team, phone, email, roles }: Person): PersonFields => ({
  name,
  title,
  team,
  phone,
  email,
  roles,
});

export function PersonFormModal({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const editing = target !== null && target !== 'new' ? target : undefined;
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={editing ? t('staff.editTitle', { name: editing.name }) : t('staff.addTitle')}
      size="lg"
    >
      {/* Keyed so each opening starts from the person's saved values, with no stale errors. */}
      <PersonForm key={editing?.id ?? 'new'} editing={editing} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function PersonForm({ editing, onCancel, onSaved }: { editing?: Person; onCancel: () => void; onSaved: Props['onSaved'] }) {
  const { t } = useTranslation();
  const create = useStaffStore((s) => s.create);
  const update = useStaffStore((s) => s.update);
  const people = useStaffStore((s) => s.people.data);
  const { values, set, errors, formError, saving, check, save } = useForm<PersonFields>(editing ? fieldsOf(editing) : emptyPersonFields);

  const namesake = namesakes(values.name, people, editing?.id)[0];
  const teams = [...new Set([...TEAM_SUGGESTIONS, ...people.map((p) => p.team).filter(Boolean)])];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = check(personFields, values);
    if (!fields) return;
    await save(async () => {
      const saved = editing ? await update(editing.id, fields) : await create(fields);
      onSaved(saved, !editing);
    });
  }

  const text = (key: 'name' | 'title' | 'phone' | 'email', extra: object = {}) => ({
    label: t(`staff.fields.${key}`),
    value: values[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
    ...extra,
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        <TextInput {...text('name', { withAsterisk: true, 'data-autofocus': true, autoComplete: 'off' })} />
        {namesake && (
          <Alert color="yellow" icon={<IconAlertTriangle size={16} aria-hidden />} role="status" p="xs">
            {t('staff.sameName', { name: namesake.name, detail: personDetail(namesake) })}
          </Alert>
        )}
        <SimpleGrid cols={2}>
          <TextInput {...text('title', { description: t('staff.hints.title') })} />
          <Autocomplete
            label={t('staff.fields.team')}
            description={t('staff.hints.team')}
            data={teams}
            value={values.team}
            error={errors.team}
            onChange={(value) => set('team', value)}
          />
          <TextInput {...text('phone', { description: t('staff.hints.phone'), type: 'tel' })} />
          <TextInput {...text('email', { type: 'email' })} />
        </SimpleGrid>
        <Checkbox.Group label={t('staff.fields.roles')} value={values.roles} onChange={(roles) => set('roles', roles)} error={errors.roles}>
          <Group mt="xs" gap="lg">
            {STAFF_ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <FormActions onCancel={onCancel} saving={saving} />
      </Stack>
    </form>
  );
}

import { ActionIcon, Button, Checkbox, Group, Table, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addMappingInput, type HireCompetence } from '../../../../electron/shared/schemas/competence';
import { notifySaved, notifyUndo } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { useForm } from '../../lib/use-form';
import { useCompetenceStore } from '../../stores/competence';
import { clientHint } from '../common/ClientHint';
import { SectionCard } from '../common/SectionCard';

const EMPTY = { course: '', year: '', place: '', evidence: false };

/** Earlier training and experience, mapped in dialogue with the hire; a removed row can be put back. */
export function MappingCard({ competence, readOnly }: { competence: HireCompetence; readOnly: boolean }) {
  const { t } = useTranslation();
  const { values, set, patch, errors, saving, check, save } = useForm(EMPTY, { notify: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const year = values.year.trim() === '' ? null : Number(values.year.trim());
    const fields = check(addMappingInput.omit({ hireId: true }), { ...values, year: Number.isNaN(year) ? -1 : year });
    if (!fields || !(await save(() => useCompetenceStore.getState().addMapping(fields)))) return;
    notifySaved(t('competence.mapping.added', { course: fields.course }));
    patch(EMPTY);
  }

  const remove = (mapping: HireCompetence['mappings'][number]) =>
    void useCompetenceStore
      .getState()
      .removeMapping(mapping.id)
      .then(
        () =>
          notifyUndo(t('competence.mapping.removed', { course: mapping.course }), () => {
            const { id: _id, ...fields } = mapping;
            useCompetenceStore.getState().addMapping(fields).catch(showError);
          }),
        showError,
      );

  return (
    <SectionCard headingId="competence-mapping" title={t('competence.mapping.title')}>
      {competence.mappings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('competence.mapping.empty')}
        </Text>
      ) : (
        <Table aria-labelledby="competence-mapping">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('competence.mapping.course')}</Table.Th>
              <Table.Th>{t('competence.mapping.year')}</Table.Th>
              <Table.Th>{t('competence.mapping.place')}</Table.Th>
              <Table.Th>{t('competence.mapping.evidence')}</Table.Th>
              {!readOnly && <Table.Th aria-label={t('common.remove')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {competence.mappings.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.course}</Table.Td>
                <Table.Td>{m.year ?? ''}</Table.Td>
                <Table.Td>{m.place}</Table.Td>
                <Table.Td>{m.evidence ? t('competence.mapping.evidenceYes') : t('competence.mapping.evidenceNo')}</Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('competence.mapping.remove', { course: m.course })}
                      onClick={() => remove(m)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!readOnly && (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('competence.mapping.title')}>
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('competence.mapping.course')}
              {...clientHint}
              value={values.course}
              onChange={(e) => set('course', e.currentTarget.value)}
              error={errors.course}
              withAsterisk
              maxLength={200}
              w={280}
            />
            <TextInput
              label={t('competence.mapping.year')}
              value={values.year}
              onChange={(e) => set('year', e.currentTarget.value)}
              error={errors.year}
              w={90}
              inputMode="numeric"
            />
            <TextInput
              label={t('competence.mapping.place')}
              value={values.place}
              onChange={(e) => set('place', e.currentTarget.value)}
              error={errors.place}
              maxLength={200}
              w={200}
            />
            <Checkbox
              label={t('competence.mapping.evidence')}
              checked={values.evidence}
              onChange={(e) => set('evidence', e.currentTarget.checked)}
              mt={32}
            />
            <Button type="submit" loading={saving} mt={25}>
              {t('competence.mapping.add')}
            </Button>
          </Group>
        </form>
      )}
    </SectionCard>
  );
}

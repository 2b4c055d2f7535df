import { ActionIcon, Box, Button, NumberInput, Table, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/validate';
import { HiddenHead } from '../common/HiddenHead';

export interface SegmentValues {
  fromMonth: number | string;
  toMonth: number | string;
  perMonth: number | string;
}

interface Props {
  segments: SegmentValues[];
  onChange: (segments: SegmentValues[]) => void;
  /** Keyed "reflection.segments.0.toMonth" etc. */
  errors: FieldErrors;
}

const FIELDS = ['fromMonth', 'toMonth', 'perMonth'] as const;

/** Periods of reflection sessions: from month, to month, sessions per month; rows can be added and removed. */
export function ReflectionSegments({ segments, onChange, errors }: Props) {
  const { t } = useTranslation();
  const setField = (index: number, field: (typeof FIELDS)[number], value: number | string) =>
    onChange(segments.map((s, i) => (i === index ? { ...s, [field]: value } : s)));
  const add = () => {
    const last = Number(segments.at(-1)?.toMonth ?? 0) || 0;
    onChange([...segments, { fromMonth: last + 1, toMonth: last + 1, perMonth: 1 }]);
  };

  return (
    <>
      {segments.length ? (
        <Box maw={640}>
          <Table withRowBorders={false} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <HiddenHead label={t('program.norms.segments')} />
                {FIELDS.map((field) => (
                  <Table.Th key={field}>{t(`program.norms.${field}`)}</Table.Th>
                ))}
                <HiddenHead label={t('common.remove')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {segments.map((segment, index) => {
                const n = index + 1;
                return (
                  <Table.Tr key={index}>
                    <Table.Td className="nowrap" valign="top">
                      <Text size="sm" mt={8}>
                        {t('program.norms.segmentLabel', { n })}
                      </Text>
                    </Table.Td>
                    {FIELDS.map((field) => (
                      <Table.Td key={field} valign="top">
                        <NumberInput
                          aria-label={`${t(`program.norms.${field}`)}, ${t('program.norms.segmentLabel', { n })}`}
                          w={130}
                          allowDecimal={false}
                          allowNegative={false}
                          value={segment[field]}
                          onChange={(value) => setField(index, field, value)}
                          error={errors[`reflection.segments.${index}.${field}`]}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td valign="top">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        mt={4}
                        aria-label={t('program.norms.removeSegment', { n })}
                        onClick={() => onChange(segments.filter((_, i) => i !== index))}
                      >
                        <IconTrash size={18} stroke={1.6} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Box>
      ) : (
        <Text size="sm" c="dimmed">
          {t('program.norms.noSegments')}
        </Text>
      )}
      <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={add} style={{ alignSelf: 'flex-start' }}>
        {t('program.norms.addSegment')}
      </Button>
    </>
  );
}

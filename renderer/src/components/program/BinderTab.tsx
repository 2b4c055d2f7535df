import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../../electron/shared/rules/duration';
import { contactSchema, sectionSchema, type Contact, type DocumentRef, type Section } from '../../../../electron/shared/schemas/template';
import type { TemplateDraft } from '../../../../electron/shared/schemas/template-api';
import { notifySaved } from '../../lib/notify';
import { editBinder, newId, replaceById } from '../../lib/template-edit';
import { useProgramsStore } from '../../stores/programs';
import { BinderList } from './BinderList';
import { DocumentFormModal, type DocumentTarget } from './DocumentFormModal';
import { TextEntryModal } from './TextEntryModal';
import { WelcomeLetter } from './WelcomeLetter';

type Lists = TemplateDraft['content']['binder'];
const saveList =
  <K extends 'sections' | 'contacts' | 'documents'>(key: K) =>
  (change: (list: Lists[K]) => Lists[K]) =>
    useProgramsStore.getState().update((c) => editBinder(c, key, change));

/** Adds a new entry (id from its title) or replaces the edited one. */
const upsert =
  <T extends { id: string }>(entry: T, title: string, isNew: boolean, fallback: string) =>
  (list: T[]) =>
    isNew ? [...list, { ...entry, id: newId(title, list, fallback) }] : replaceById(list, entry);

export function BinderTab({ draft }: { draft: TemplateDraft }) {
  const { t } = useTranslation();
  const { binder } = draft.content;
  const [section, setSection] = useState<Section | null>(null);
  const [contact, setContact] = useState<Contact | null>(null);
  const [docTarget, setDocTarget] = useState<DocumentTarget>(null);
  const attachmentOf = (d: DocumentRef) => draft.attachments.find((a) => a.id === d.attachmentId);

  return (
    <Stack gap="lg">
      <WelcomeLetter key={draft.templateId} saved={binder.welcomeLetter} />
      <BinderList
        id="binder-sections"
        heading={t('program.binder.sectionsTitle')}
        text={t('program.binder.sectionsText')}
        entries={binder.sections}
        titleOf={(s) => s.title}
        columns={[
          {
            header: t('program.section.title'),
            cell: (s) => (
              <Text size="sm" fw={600} w={200}>
                {s.title}
              </Text>
            ),
          },
          {
            header: t('program.section.text'),
            cell: (s) => (
              <Text size="sm" c="dimmed" lineClamp={2}>
                {s.text}
              </Text>
            ),
          },
        ]}
        movable
        addLabel={t('program.section.add')}
        removeTitle={(title) => t('program.section.removeTitle', { title })}
        removeText={t('program.section.removeText')}
        onAdd={() => setSection({ id: '', title: '', text: '' })}
        onEdit={setSection}
        update={saveList('sections')}
      />
      <BinderList
        id="binder-contacts"
        heading={t('program.binder.contactsTitle')}
        text={t('program.binder.contactsText')}
        entries={binder.contacts}
        titleOf={(c) => c.name}
        columns={[
          {
            header: t('program.contact.name'),
            cell: (c) => (
              <Text size="sm" fw={600}>
                {c.name}
              </Text>
            ),
          },
          { header: t('program.contact.role'), cell: (c) => c.role || t('common.none') },
          { header: t('program.contact.phone'), cell: (c) => c.phone || t('common.none') },
          { header: t('program.contact.email'), cell: (c) => c.email || t('common.none') },
        ]}
        addLabel={t('program.contact.add')}
        removeTitle={(title) => t('program.contact.removeTitle', { title })}
        removeText={t('program.contact.removeText')}
        onAdd={() => setContact({ id: '', name: '', role: '', phone: '', email: '' })}
        onEdit={setContact}
        update={saveList('contacts')}
      />
      <BinderList
        id="binder-documents"
        heading={t('program.binder.documentsTitle')}
        entries={binder.documents}
        titleOf={(d) => d.title}
        columns={[
          {
            header: t('program.document.title'),
            cell: (d) => (
              <Text size="sm" fw={600}>
                {d.title}
              </Text>
            ),
          },
          { header: t('program.document.location'), cell: (d) => d.location || t('common.none') },
          {
            header: t('program.document.attachment'),
            cell: (d) => {
              const meta = attachmentOf(d);
              return meta
                ? t('program.document.attachmentInfo', { fileName: meta.fileName, size: formatBytes(meta.size) })
                : t('common.none');
            },
          },
        ]}
        addLabel={t('program.document.add')}
        removeTitle={(title) => t('program.document.removeTitle', { title })}
        removeText={t('program.document.removeText')}
        onAdd={() => setDocTarget('new')}
        onEdit={setDocTarget}
        update={saveList('documents')}
      />
      <TextEntryModal
        initial={section}
        title={section?.id ? t('program.section.editTitle', { title: section.title }) : t('program.section.addTitle')}
        fields={[
          { key: 'title', label: t('program.section.title'), required: true },
          { key: 'text', label: t('program.section.text'), textarea: true },
        ]}
        schema={sectionSchema}
        onSave={async (data) => {
          await saveList('sections')(upsert(data, data.title, !section?.id, 'avsnitt'));
          notifySaved(t('program.entry.saved', { title: data.title }));
        }}
        onClose={() => setSection(null)}
      />
      <TextEntryModal
        initial={contact}
        title={contact?.id ? t('program.contact.editTitle', { title: contact.name }) : t('program.contact.addTitle')}
        fields={[
          { key: 'name', label: t('program.contact.name'), required: true },
          { key: 'role', label: t('program.contact.role') },
          { key: 'phone', label: t('program.contact.phone'), type: 'tel' },
          { key: 'email', label: t('program.contact.email'), type: 'email' },
        ]}
        schema={contactSchema}
        onSave={async (data) => {
          await saveList('contacts')(upsert(data, data.name, !contact?.id, 'kontakt'));
          notifySaved(t('program.entry.saved', { title: data.name }));
        }}
        onClose={() => setContact(null)}
      />
      <DocumentFormModal
        target={docTarget}
        attachments={draft.attachments}
        onSave={async (doc, isNew) => {
          await saveList('documents')(upsert(doc, doc.title, isNew, 'dokument'));
          notifySaved(t('program.entry.saved', { title: doc.title }));
        }}
        onClose={() => setDocTarget(null)}
      />
    </Stack>
  );
}

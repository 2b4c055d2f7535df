import type { TextKey } from '../i18n/translate';
import type { TemplateContent } from '../schemas/template';

/** A problem found in a template; `path` points into the content ("items.3.phaseId"). */
export interface TemplateProblem {
  path: string;
  /** Catalogue key; `values` fill its placeholders. */
  key: TextKey;
  values?: Record<string, string | number>;
}

function duplicates<T extends { id: string }>(list: readonly T[], path: string, out: TemplateProblem[]): void {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    if (seen.has(entry.id)) out.push({ path: `${path}.${index}.id`, key: 'template.duplicateId', values: { id: entry.id } });
    seen.add(entry.id);
  });
}

/**
 * Checks what a schema cannot: unique ids and references between parts of the template.
 * Used both when a draft is saved and when a file is imported.
 */
export function checkTemplateReferences(content: TemplateContent, knownAttachments: ReadonlySet<string>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  duplicates(content.phases, 'phases', problems);
  duplicates(content.items, 'items', problems);
  duplicates(content.binder.sections, 'binder.sections', problems);
  duplicates(content.binder.contacts, 'binder.contacts', problems);
  duplicates(content.binder.documents, 'binder.documents', problems);

  const phaseIds = new Set(content.phases.map((p) => p.id));
  content.items.forEach((item, index) => {
    if (!phaseIds.has(item.phaseId)) {
      problems.push({ path: `items.${index}.phaseId`, key: 'template.unknownPhase', values: { item: item.title, phase: item.phaseId } });
    }
  });
  content.binder.documents.forEach((doc, index) => {
    if (doc.attachmentId && !knownAttachments.has(doc.attachmentId)) {
      problems.push({ path: `binder.documents.${index}.attachmentId`, key: 'template.missingAttachment', values: { title: doc.title } });
    }
  });
  const segments = [...content.norms.reflection.segments].sort((a, b) => a.fromMonth - b.fromMonth);
  segments.forEach((segment, index) => {
    const previous = segments[index - 1];
    if (previous && segment.fromMonth <= previous.toMonth) {
      problems.push({ path: 'norms.reflection.segments', key: 'template.overlappingSegments' });
    }
  });
  return problems;
}

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Item, ResponsibleRole, TemplateContent } from '../../electron/shared/schemas/template';
import type { handlerHarness } from './handler-context';
import { tempDir } from './paths';
import { minimalPdf } from './pdf-fixture';

type Harness = ReturnType<typeof handlerHarness>;

export const ATTACHED_TITLE = 'Förbindelse om tystnadsplikt';

const ROLES: ResponsibleRole[] = ['manager', 'introducer', 'administrator', 'newHire', 'bbic', 'it', 'hr'];
const CATEGORIES = ['Mottagande', 'Organisation', 'System och teknik', 'Myndighetsrollen', 'Utbildning', 'Studiebesök', 'Uppföljning'];

/** The default programme's phases and norms with `count` generated items spread over two years. */
export function programmeWith(
  base: TemplateContent,
  count: number,
  title = (n: number) => `Punkt ${n} i den stora planen`,
): TemplateContent {
  const phases = base.phases;
  const items: Item[] = Array.from({ length: count }, (_, k) => {
    const n = k + 1;
    const phase = phases[k % phases.length]!;
    const window =
      phase.window.unit === 'month'
        ? { unit: 'month' as const, start: 5 + (k % 20), end: Math.min(24, 6 + (k % 20)) }
        : { ...phase.window };
    return {
      id: `punkt-${n}`,
      phaseId: phase.id,
      title: title(n),
      instructions: '',
      window,
      expectedMinutes: 15 * (1 + (k % 12)),
      responsible: { kind: 'role', role: ROLES[k % ROLES.length]! },
      category: CATEGORIES[k % CATEGORIES.length]!,
      required: true,
      appliesTo: { kind: 'everyone' },
    };
  });
  return { ...base, name: `${base.name} (${count} punkter)`, items };
}

/**
 * Staff, the manager as current user, a PDF attached to the first binder document of the default
 * programme (published as a new version), optionally a programme of `items` generated items,
 * and a hire made from that version.
 */
export async function seedBinderHire(
  h: Harness,
  options: { items?: number; title?: (n: number) => string; startDate?: string; withIntroducer?: boolean } = {},
) {
  const person = (name: string, roles: ('manager' | 'introducer' | 'administrator')[], phone: string) => ({
    name,
    title: '',
    team: '',
    phone,
    email: '',
    roles,
  });
  const manager = await h.must('staff:create-person', {
    ...person('Anna Lindqvist', ['manager'], '0980-700 01'),
    email: 'anna.lindqvist@exempel.se',
  });
  const introducer = await h.must('staff:create-person', person('Maria Nilsson', ['introducer'], '0980-700 02'));
  await h.must('staff:create-person', person('Lena Karlsson', ['administrator'], '0980-700 03'));
  await h.must('session:set-current-user', { personId: manager.id });

  const file = path.join(tempDir(), 'Tystnadsplikt.pdf');
  writeFileSync(file, minimalPdf('Blankett'));
  h.desktop.answerOpen(file);
  const attachment = (await h.must('templates:attach-document', {}))!;
  const [template] = await h.must('templates:list-templates', {});
  const draft = await h.must('templates:get-draft', { templateId: template!.id });
  let content = structuredClone(draft.content);
  content.binder.documents = content.binder.documents.map((d) => (d.title === ATTACHED_TITLE ? { ...d, attachmentId: attachment.id } : d));
  if (options.items) content = programmeWith(content, options.items, options.title);
  await h.must('templates:save-draft', { templateId: template!.id, content });
  const version = await h.must('templates:publish-draft', { templateId: template!.id });
  const hire = await h.must('hires:create-hire', {
    hire: {
      name: 'Sofia Berg',
      title: 'Socialsekreterare',
      team: 'Barn och familj',
      startDate: options.startDate ?? '2026-08-17',
      managerId: manager.id,
      introducerId: options.withIntroducer === false ? null : introducer.id,
      newlyGraduated: true,
      templateVersionId: version.id,
    },
    leaveOut: [],
    ownItems: [],
  });
  return { hireId: hire.id, managerId: manager.id, content };
}

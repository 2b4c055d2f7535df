import { create } from 'zustand';
import type { TemplateContent } from '../../../electron/shared/schemas/template';
import type {
  AttachmentMeta,
  FileOutcome,
  ImportOutcome,
  TemplateDraft,
  TemplateSummary,
  TemplateVersion,
  VersionSummary,
} from '../../../electron/shared/schemas/template-api';
import { getApi, unwrap } from '../api';
import type { LoadCheck } from '../../../electron/shared/rules/load-check';
import { load, notLoaded, put, reload, type Loadable, type Slot } from './loadable';

/** A change to the draft, applied to the newest saved content when its turn comes. */
export type ContentChange = (content: TemplateContent) => TemplateContent;

interface ProgramsState {
  summaries: Loadable<TemplateSummary[]>;
  /** The draft open in the editor, exactly as last saved. */
  draft: Loadable<TemplateDraft | null>;
  /** Published versions of the open template, newest first. */
  versions: VersionSummary[];

  loadList: () => Promise<void>;
  openDraft: (templateId: number) => Promise<void>;
  /** Reads again, quietly, the list and the open draft when they have been read. */
  refresh: () => Promise<void>;
  /**
   * Saves the whole new content at once. Changes run one after another, each on the content the
   * previous one saved. On failure it throws ApiError and the store keeps the saved content.
   */
  update: (change: ContentChange) => Promise<TemplateDraft>;
  publish: () => Promise<TemplateVersion>;
  exportVersion: (versionId: number) => Promise<FileOutcome>;
  exportDraft: () => Promise<FileOutcome>;
  importProgramme: () => Promise<ImportOutcome>;
  attachDocument: () => Promise<AttachmentMeta | null>;
  createTemplate: (name: string, fromVersionId: number | null) => Promise<TemplateDraft>;
  /** The weeks in which the open draft would ask more of a new hire than the load limit. */
  checkLoad: (templateId: number) => Promise<LoadCheck>;
}

export const useProgramsStore = create<ProgramsState>((set, get) => {
  let queue: Promise<unknown> = Promise.resolve();
  const summaries: Slot<TemplateSummary[]> = { get: () => get().summaries, set: (next) => set({ summaries: next }) };
  const draft: Slot<TemplateDraft | null> = { get: () => get().draft, set: (next) => set({ draft: next }) };
  const readList = () => unwrap(getApi().templates.listTemplates());
  const isOpen = (templateId: number) => () => get().draft.data?.templateId === templateId;
  /** The template the editor shows or is opening; an answer about another one comes too late. */
  let opening: number | null = null;
  const isOpening = (templateId: number) => () => opening === templateId;

  /** The list, and the opening template's versions from it. */
  const listWithVersions = async (templateId: number) => {
    const list = await readList();
    set({
      summaries: { data: list, status: 'ready' },
      ...(isOpening(templateId)() && { versions: list.find((s) => s.id === templateId)?.versions ?? [] }),
    });
  };
  /** The draft as saved, with the versions published from it. */
  const readDraft = (templateId: number) => async () => {
    const saved = await unwrap(getApi().templates.getDraft({ templateId }));
    await listWithVersions(templateId);
    return saved;
  };

  const currentDraft = () => {
    const open = get().draft.data;
    if (!open) throw new Error('Inget program är öppet.');
    return open;
  };

  return {
    summaries: notLoaded([]),
    draft: notLoaded(null),
    versions: [],

    loadList: () => load(summaries, readList),

    openDraft(templateId) {
      opening = templateId;
      if (!isOpen(templateId)()) set({ draft: notLoaded(null), versions: [] });
      return load(draft, readDraft(templateId), { wanted: isOpening(templateId) });
    },

    async refresh() {
      await Promise.all([
        reload(summaries, readList),
        opening === null ? undefined : reload(draft, readDraft(opening), isOpening(opening)),
      ]);
    },

    update(change) {
      const run = async () => {
        const { templateId, content } = currentDraft();
        const saved = await unwrap(getApi().templates.saveDraft({ templateId, content: change(content) }));
        if (isOpen(templateId)()) put(draft, saved);
        return saved;
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },

    async publish() {
      await queue;
      const { templateId } = currentDraft();
      const version = await unwrap(getApi().templates.publishDraft({ templateId }));
      put(draft, await readDraft(templateId)());
      return version;
    },

    exportVersion: (versionId) => unwrap(getApi().templates.exportVersion({ versionId })),

    async exportDraft() {
      await queue;
      return unwrap(getApi().templates.exportDraft({ templateId: currentDraft().templateId }));
    },

    async importProgramme() {
      const outcome = await unwrap(getApi().templates.importProgramme());
      if (outcome.imported) await get().loadList();
      return outcome;
    },

    attachDocument: () => unwrap(getApi().templates.attachDocument()),

    async createTemplate(name, fromVersionId) {
      const created = await unwrap(getApi().templates.createTemplate({ name, fromVersionId }));
      await get().loadList();
      return created;
    },
    checkLoad: (templateId) => unwrap(getApi().templates.checkLoad({ templateId })),
  };
});

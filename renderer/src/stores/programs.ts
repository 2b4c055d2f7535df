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

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** A change to the draft, applied to the newest saved content when its turn comes. */
export type ContentChange = (content: TemplateContent) => TemplateContent;

interface ProgramsState {
  summaries: TemplateSummary[];
  listStatus: Status;
  listError?: string;
  /** The draft open in the editor, exactly as last saved. */
  draft: TemplateDraft | null;
  /** Published versions of the open template, newest first. */
  versions: VersionSummary[];
  draftStatus: Status;
  draftError?: string;

  loadList: () => Promise<void>;
  openDraft: (templateId: number) => Promise<void>;
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
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useProgramsStore = create<ProgramsState>((set, get) => {
  let queue: Promise<unknown> = Promise.resolve();

  const refreshVersions = async (templateId: number) => {
    const summaries = await unwrap(getApi().templates.listTemplates());
    const versions = summaries.find((s) => s.id === templateId)?.versions ?? [];
    set({ summaries, listStatus: 'ready', ...(get().draft?.templateId === templateId ? { versions } : {}) });
    return versions;
  };

  const currentDraft = () => {
    const draft = get().draft;
    if (!draft) throw new Error('Inget program är öppet.');
    return draft;
  };

  return {
    summaries: [],
    listStatus: 'idle',
    draft: null,
    versions: [],
    draftStatus: 'idle',

    async loadList() {
      set({ listStatus: 'loading', listError: undefined });
      try {
        set({ summaries: await unwrap(getApi().templates.listTemplates()), listStatus: 'ready' });
      } catch (error) {
        set({ listStatus: 'error', listError: message(error) });
      }
    },

    async openDraft(templateId) {
      if (get().draft?.templateId !== templateId) set({ draft: null, versions: [] });
      set({ draftStatus: 'loading', draftError: undefined });
      try {
        const draft = await unwrap(getApi().templates.getDraft({ templateId }));
        set({ draft, draftStatus: 'ready' });
        await refreshVersions(templateId);
      } catch (error) {
        set({ draftStatus: 'error', draftError: message(error) });
      }
    },

    update(change) {
      const run = async () => {
        const { templateId, content } = currentDraft();
        const saved = await unwrap(getApi().templates.saveDraft({ templateId, content: change(content) }));
        if (get().draft?.templateId === templateId) set({ draft: saved });
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
      set({ draft: await unwrap(getApi().templates.getDraft({ templateId })) });
      await refreshVersions(templateId);
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
      const draft = await unwrap(getApi().templates.createTemplate({ name, fromVersionId }));
      await get().loadList();
      return draft;
    },
  };
});

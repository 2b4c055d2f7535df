import { Button, Group, Stack, Stepper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { BackLink } from '../components/BackLink';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { HireFields, OwnItemFields, PlanPreview } from '../../../electron/shared/schemas/plan';
import { ApiError } from '../api';
import { checkDraft, emptyDraft, withDefaults, type HireDraft } from '../components/new-hire/hire-draft';
import { HireForm } from '../components/new-hire/HireForm';
import { PlanReview } from '../components/new-hire/PlanReview';
import { SaveSummary } from '../components/new-hire/SaveSummary';
import { PageHeader } from '../components/PageHeader';
import type { FieldErrors } from '../lib/validate';
import { showError } from '../lib/show-error';
import { useHiresStore } from '../stores/hires';
import { useSessionStore } from '../stores/session';
import { useStaffStore } from '../stores/staff';

/** Ny nyanställd: the form, the review of the generated plan, then one save. Nothing is stored before it. */
export function NewHirePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const programmeId = useHiresStore((s) => s.programmes[0]?.id);
  const currentUser = useSessionStore((s) => s.currentUser);
  const [step, setStep] = useState(0);
  const [typed, setTyped] = useState<HireDraft>(emptyDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [review, setReview] = useState<{ fields: HireFields; preview: PlanPreview } | null>(null);
  const [leaveOut, setLeaveOut] = useState<ReadonlySet<string>>(new Set());
  const [ownItems, setOwnItems] = useState<OwnItemFields[]>([]);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const draft = withDefaults(typed, { programmeId, currentUser });

  useEffect(() => {
    void useStaffStore.getState().load();
    void useHiresStore.getState().loadProgrammes();
  }, []);
  // Each step starts at its top; the review is long.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [step]);

  const change = <K extends keyof HireDraft>(key: K, value: HireDraft[K]) => {
    setTyped((d) => ({ ...d, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
  };

  async function toReview() {
    const checked = checkDraft(draft, t);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    try {
      const preview = await useHiresStore.getState().preview(checked.fields);
      // A changed programme or team may drop items; keep only choices that still apply.
      const itemIds = new Set(preview.items.map((i) => i.templateItemId));
      const phaseIds = new Set(preview.phases.map((p) => p.id));
      setLeaveOut((ids) => new Set([...ids].filter((id) => itemIds.has(id))));
      setOwnItems((items) => items.filter((i) => phaseIds.has(i.phaseId)));
      setReview({ fields: checked.fields, preview });
      setStep(1);
    } catch (error) {
      if (error instanceof ApiError && error.payload.fields) setErrors(error.payload.fields);
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    if (!review) return;
    setBusy(true);
    setSaveError(undefined);
    try {
      const hire = await useHiresStore.getState().create({ hire: review.fields, leaveOut: [...leaveOut], ownItems });
      notifications.show({ color: 'green', message: t('hires.new.saved', { name: hire.name }) });
      void navigate(`/nyanstallda/${hire.id}`);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id: string, include: boolean) =>
    setLeaveOut((ids) => {
      const next = new Set(ids);
      if (include) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Stack className="page" gap="md">
      <BackLink to="/nyanstallda">{t('hires.new.back')}</BackLink>
      <PageHeader title={t('hires.new.title')} intro={t('hires.new.intro')} />
      <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label={t('hires.new.steps.details')} description={t('hires.new.steps.detailsText')}>
          <HireForm draft={draft} errors={errors} onChange={change} />
        </Stepper.Step>
        <Stepper.Step label={t('hires.new.steps.review')} description={t('hires.new.steps.reviewText')}>
          {review && (
            <PlanReview
              preview={review.preview}
              fields={review.fields}
              leaveOut={leaveOut}
              onToggle={toggle}
              ownItems={ownItems}
              onOwnItemsChange={setOwnItems}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('hires.new.steps.save')} description={t('hires.new.steps.saveText')}>
          {review && (
            <SaveSummary fields={review.fields} preview={review.preview} leftOutCount={leaveOut.size} ownCount={ownItems.length} error={saveError} />
          )}
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between">
        {step === 0 ? (
          <Button component={Link} to="/nyanstallda" variant="default">
            {t('common.cancel')}
          </Button>
        ) : (
          <Button variant="default" onClick={() => setStep(step - 1)} disabled={busy}>
            {t('hires.new.previous')}
          </Button>
        )}
        {step === 0 && (
          <Button onClick={() => void toReview()} loading={busy}>
            {t('hires.new.toReview')}
          </Button>
        )}
        {step === 1 && <Button onClick={() => setStep(2)}>{t('hires.new.toSave')}</Button>}
        {step === 2 && (
          <Button onClick={() => void save()} loading={busy}>
            {t('hires.new.save')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

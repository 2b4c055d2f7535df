import { Button, Group, Stack, Stepper } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { hireFields, type HireFields, type OwnItemFields, type PlanPreview } from '../../../electron/shared/schemas/plan';
import { BackLink } from '../components/common/BackLink';
import { FormError } from '../components/common/FormError';
import { PageHeader } from '../components/common/PageHeader';
import { draftInput, emptyDraft, unchosen, withDefaults, type HireDraft } from '../components/new-hire/hire-draft';
import { HireForm } from '../components/new-hire/HireForm';
import { PlanReview } from '../components/new-hire/PlanReview';
import { SaveSummary } from '../components/new-hire/SaveSummary';
import { WhoFirstAlert } from '../components/new-hire/WhoFirstAlert';
import { notifySaved } from '../lib/notify';
import { useForm } from '../lib/use-form';
import { useHiresStore } from '../stores/hires';
import { useSessionStore } from '../stores/session';
import { useStaffStore } from '../stores/staff';

/** Ny nyanställd: the form, the review of the generated plan, then one save. Nothing is stored before it. */
export function NewHirePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const programmeId = useHiresStore((s) => s.programmes.data[0]?.id);
  const currentUser = useSessionStore((s) => s.currentUser);
  const [step, setStep] = useState(0);
  const form = useForm<HireDraft>(emptyDraft(t));
  const [review, setReview] = useState<{ fields: HireFields; preview: PlanPreview } | null>(null);
  const [leaveOut, setLeaveOut] = useState<ReadonlySet<string>>(new Set());
  const [ownItems, setOwnItems] = useState<OwnItemFields[]>([]);
  const draft = withDefaults(form.values, { programmeId, currentUser });

  useEffect(() => {
    void useStaffStore
      .getState()
      .load()
      .then(() => useSessionStore.getState().offerPicker());
    void useHiresStore.getState().loadProgrammes();
  }, []);
  // Each step starts at its top; the review is long.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [step]);

  async function toReview() {
    const fields = form.check(hireFields, draftInput(draft), unchosen(draft, t));
    if (!fields) return;
    await form.save(async () => {
      const preview = await useHiresStore.getState().preview(fields);
      // A changed programme or team may drop items; keep only choices that still apply.
      const itemIds = new Set(preview.items.map((i) => i.templateItemId));
      const phaseIds = new Set(preview.phases.map((p) => p.id));
      setLeaveOut((ids) => new Set([...ids].filter((id) => itemIds.has(id))));
      setOwnItems((items) => items.filter((i) => phaseIds.has(i.phaseId)));
      setReview({ fields, preview });
      setStep(1);
    });
  }

  /** False when main refused; the summary step then shows why. */
  async function save() {
    if (!review) return false;
    return form.save(async () => {
      const hire = await useHiresStore.getState().create({ hire: review.fields, leaveOut: [...leaveOut], ownItems });
      notifySaved(t('hires.new.saved', { name: hire.name }));
      void navigate(`/nyanstallda/${hire.id}`);
    });
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
          <Stack gap="md">
            <WhoFirstAlert />
            <FormError error={form.formError} />
            <HireForm draft={draft} errors={form.errors} onChange={form.set} />
          </Stack>
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
            <SaveSummary
              fields={review.fields}
              preview={review.preview}
              leftOutCount={leaveOut.size}
              ownCount={ownItems.length}
              error={form.formError?.message}
            />
          )}
        </Stepper.Step>
      </Stepper>
      {/* Kept in view: the review is thousands of pixels long, and Spara should not be at its far end. */}
      <Group justify="space-between" className="sticky-actions">
        {step === 0 ? (
          <Button component={Link} to="/nyanstallda" variant="default">
            {t('common.cancel')}
          </Button>
        ) : (
          <Button variant="default" onClick={() => setStep(step - 1)} disabled={form.saving}>
            {t('hires.new.previous')}
          </Button>
        )}
        {step === 0 && (
          <Button onClick={() => void toReview()} loading={form.saving}>
            {t('hires.new.toReview')}
          </Button>
        )}
        {step === 1 && (
          <Group gap="sm">
            <Button variant="default" onClick={() => setStep(2)}>
              {t('hires.new.toSave')}
            </Button>
            <Button onClick={() => void save().then((saved) => saved || setStep(2))} loading={form.saving}>
              {t('hires.new.save')}
            </Button>
          </Group>
        )}
        {step === 2 && (
          <Button onClick={() => void save()} loading={form.saving}>
            {t('hires.new.save')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

import { useTranslation } from 'react-i18next';
import { ComingLater } from '../components/ComingLater';

export function ProgramPage() {
  const { t } = useTranslation();
  return <ComingLater heading={t('nav.program')} title={t('placeholder.programTitle')} text={t('placeholder.programText')} />;
}

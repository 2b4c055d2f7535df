import { useTranslation } from 'react-i18next';
import { ComingLater } from '../components/ComingLater';

export function HiresPage() {
  const { t } = useTranslation();
  return <ComingLater heading={t('nav.hires')} title={t('placeholder.hiresTitle')} text={t('placeholder.hiresText')} />;
}

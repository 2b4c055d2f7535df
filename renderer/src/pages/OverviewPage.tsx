import { useTranslation } from 'react-i18next';
import { ComingLater } from '../components/ComingLater';

export function OverviewPage() {
  const { t } = useTranslation();
  return <ComingLater heading={t('nav.overview')} title={t('placeholder.overviewTitle')} text={t('placeholder.overviewText')} />;
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The window's title names the page, most specific first ("Sofia Berg – Checklista – Introplan"),
 * so a screen reader, the task bar and window switching say where one is.
 */
export function usePageTitle(...parts: (string | null | undefined)[]) {
  const { t } = useTranslation();
  const title = [...parts.filter(Boolean), t('app.name')].join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

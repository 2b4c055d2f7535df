import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './AppLayout';
import { GroupPage } from './pages/GroupPage';
import { GroupsPage } from './pages/GroupsPage';
import { HirePage } from './pages/HirePage';
import { HiresPage } from './pages/HiresPage';
import { MyWorkPage } from './pages/MyWorkPage';
import { OwnIntroductionPage } from './pages/OwnIntroductionPage';
import { NewHirePage } from './pages/NewHirePage';
import { OverviewPage } from './pages/OverviewPage';
import { ProgramEditorPage } from './pages/ProgramEditorPage';
import { ProgramListPage } from './pages/ProgramListPage';
import { RecoveryPage } from './pages/RecoveryPage';
import { SettingsPage } from './pages/SettingsPage';
import { StaffPage } from './pages/StaffPage';
import { startLiveUpdates } from './stores/live';
import { useSettingsStore } from './stores/settings';
import { cssVariablesResolver, makeTheme } from './theme';

export function App() {
  const language = useSettingsStore((s) => s.preferences.language);
  const { t } = useTranslation();
  const theme = useMemo(() => makeTheme(t('common.close')), [t]);
  // Nothing until main has said whether a database is open: the pages would only meet refusals.
  const databaseOpen = useSettingsStore((s) => s.info?.databaseOpen);
  useEffect(() => void useSettingsStore.getState().load(), []);
  useEffect(() => (databaseOpen ? startLiveUpdates() : undefined), [databaseOpen]);

  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        <ModalsProvider>
          {/* At the top, under the header: at the bottom right they covered the save buttons of the new-hire flow and of dialogs. */}
          <Notifications position="top-center" containerWidth={440} />
          {databaseOpen === true && (
            <HashRouter>
              <Routes>
                <Route element={<AppLayout />}>
                  <Route index element={<Navigate to="/oversikt" replace />} />
                  <Route path="/oversikt" element={<OverviewPage />} />
                  <Route path="/mina-uppgifter" element={<MyWorkPage />} />
                  <Route path="/min-introduktion" element={<OwnIntroductionPage />} />
                  <Route path="/nyanstallda" element={<HiresPage />} />
                  <Route path="/nyanstallda/ny" element={<NewHirePage />} />
                  <Route path="/nyanstallda/:hireId" element={<HirePage />} />
                  <Route path="/grupper" element={<GroupsPage />} />
                  <Route path="/grupper/:groupId" element={<GroupPage />} />
                  <Route path="/program" element={<ProgramListPage />} />
                  <Route path="/program/:templateId" element={<ProgramEditorPage />} />
                  <Route path="/personal" element={<StaffPage />} />
                  <Route path="/installningar" element={<SettingsPage />} />
                  <Route path="*" element={<Navigate to="/oversikt" replace />} />
                </Route>
              </Routes>
            </HashRouter>
          )}
          {databaseOpen === false && <RecoveryPage />}
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}

import { AppShell, Badge, Group, NavLink, Stack, Text } from '@mantine/core';
import {
  IconBook2,
  IconChecklist,
  IconLayoutDashboard,
  IconRoute,
  IconSettings,
  IconUserPlus,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { getApi } from './api';
import { useMyWorkStore } from './stores/my-work';
import { CurrentUserControl } from './components/session/CurrentUserControl';
import { WhoAreYouModal } from './components/session/WhoAreYouModal';
import { ExampleBanner } from './components/settings/ExampleBanner';
import { useSessionStore } from './stores/session';
import { useSharingStore } from './stores/sharing';
import { SharingStatusLine } from './components/sharing/SharingStatusLine';

const SECTIONS = [
  { to: '/mina-uppgifter', key: 'myWork', icon: IconChecklist },
  { to: '/oversikt', key: 'overview', icon: IconLayoutDashboard },
  { to: '/nyanstallda', key: 'hires', icon: IconUserPlus },
  { to: '/grupper', key: 'groups', icon: IconUsersGroup },
  { to: '/program', key: 'program', icon: IconBook2 },
  { to: '/personal', key: 'staff', icon: IconUsers },
  { to: '/installningar', key: 'settings', icon: IconSettings },
] as const;

/** A new hire's app: their own introduction only (main refuses the rest to them as well). */
const NEW_HIRE_SECTIONS = [{ to: '/min-introduktion', key: 'ownIntroduction', icon: IconRoute }] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useEffect(() => void useSessionStore.getState().start(), []);
  useEffect(() => useSharingStore.getState().start(), []);
  const navigate = useNavigate();
  // A clicked reminder (main's event) opens Mina uppgifter.
  useEffect(() => getApi().subscribe('open-my-work', () => void navigate('/mina-uppgifter')), [navigate]);
  const user = useSessionStore((s) => s.currentUser);
  useEffect(() => {
    if (user) void useMyWorkStore.getState().load();
  }, [user]);
  const counts = useMyWorkStore((s) => (user ? s.work.data?.counts : undefined));
  const due = counts ? counts.late + counts.dueToday : 0;
  const newHire = useSessionStore((s) => s.currentHire !== null);
  const sections = newHire ? NEW_HIRE_SECTIONS : SECTIONS;
  if (newHire && !pathname.startsWith('/min-introduktion')) return <Navigate to="/min-introduktion" replace />;
  if (!newHire && pathname.startsWith('/min-introduktion')) return <Navigate to="/oversikt" replace />;
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      {/* Not a link to "#main": the hash router would read it as a route (Översikt). It moves focus instead. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <Text className="brand" size="lg" c="blue.8">
            {t('app.name')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('app.tagline')}
          </Text>
          <Group ml="auto" gap="lg">
            {!newHire && <SharingStatusLine />}
            <CurrentUserControl />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.mainMenu')}>
        <Stack gap={2}>
          {sections.map(({ to, key, icon: Icon }) => (
            <NavLink
              key={to}
              component={RouterLink}
              to={to}
              className="nav-link"
              active={pathname.startsWith(to)}
              label={t(`nav.${key}`)}
              leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
              rightSection={
                key === 'myWork' && due > 0 ? (
                  // Not `circle`: a fixed circle cut "30" to "3…"; the pill grows with the number.
                  <Badge size="sm" color="red" miw={20} px={6} aria-label={t('myWork.badge', { count: due })}>
                    {due}
                  </Badge>
                ) : undefined
              }
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <ExampleBanner />
        <Outlet />
      </AppShell.Main>
      <WhoAreYouModal />
    </AppShell>
  );
}

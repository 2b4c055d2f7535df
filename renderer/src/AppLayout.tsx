import { AppShell, Group, NavLink, Stack, Text } from '@mantine/core';
import { IconBook2, IconLayoutDashboard, IconSettings, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { CurrentUserControl } from './components/session/CurrentUserControl';
import { WhoAreYouModal } from './components/session/WhoAreYouModal';
import { ExampleBanner } from './components/settings/ExampleBanner';
import { useSessionStore } from './stores/session';
import { useSharingStore } from './stores/sharing';
import { SharingStatusLine } from './components/sharing/SharingStatusLine';

const SECTIONS = [
  { to: '/oversikt', key: 'overview', icon: IconLayoutDashboard },
  { to: '/nyanstallda', key: 'hires', icon: IconUserPlus },
  { to: '/program', key: 'program', icon: IconBook2 },
  { to: '/personal', key: 'staff', icon: IconUsers },
  { to: '/installningar', key: 'settings', icon: IconSettings },
] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useEffect(() => void useSessionStore.getState().start(), []);
  useEffect(() => useSharingStore.getState().start(), []);
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
            <SharingStatusLine />
            <CurrentUserControl />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.mainMenu')}>
        <Stack gap={2}>
          {SECTIONS.map(({ to, key, icon: Icon }) => (
            <NavLink
              key={to}
              component={RouterLink}
              to={to}
              className="nav-link"
              active={pathname.startsWith(to)}
              label={t(`nav.${key}`)}
              leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
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

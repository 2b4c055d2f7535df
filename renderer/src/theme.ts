import { createTheme, Menu, Modal, ModalHeader, Notification, type CSSVariablesResolver } from '@mantine/core';
import { accessibleColors } from './theme-colors';

/** The theme, with the name screen readers give the × of every dialog and notification in the UI's language. */
export const makeTheme = (closeLabel: string) =>
  createTheme({
    primaryColor: 'blue',
    // Shade 8: white text on every filled button and badge reaches 4.5:1 (blue 6 gave 3.55:1).
    primaryShade: 8,
    colors: accessibleColors,
    fontFamily: "'Inter Variable', 'Segoe UI', system-ui, sans-serif",
    headings: { fontFamily: "'Inter Variable', 'Segoe UI', system-ui, sans-serif" },
    defaultRadius: 'sm',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      // Mantine's modal header is a <header>, which counts as a second "banner" landmark beside the app's.
      ModalHeader: ModalHeader.extend({ defaultProps: { component: 'div' } as Record<string, unknown> }),
      // Menus open inside <main>, so their items are in a landmark, and without Mantine's
      // role="presentation" focus placeholder, which a role="menu" may not contain.
      Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false, portalProps: { target: '#main' } } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
    },
  });

/** Secondary text, errors and placeholders at 4.5:1 or more on white (Mantine's greys give 3.3:1). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    // Coloured text (a red menu item, an anchor) uses each colour's "text" shade, 6 by default.
    ...Object.fromEntries(
      Object.keys(accessibleColors).map((color) => [`--mantine-color-${color}-text`, `var(--mantine-color-${color}-8)`]),
    ),
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-placeholder': '#6b7178',
    '--mantine-color-anchor': 'var(--mantine-color-blue-8)',
  },
  dark: {},
});

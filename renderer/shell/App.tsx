import type { ReactNode } from 'react';
import { useShell } from './context';
import { LibraryScreen } from './LibraryScreen';
import { PresentingScreen } from './PresentingScreen';

export function App(): ReactNode {
  const route = useShell((s) => s.route);
  if (route.screen === 'library') return <LibraryScreen />;
  // Keyed by slug: opening another lesson starts a fresh stage.
  return <PresentingScreen key={route.slug} index={route.index} />;
}

import { useSyncExternalStore } from 'react';
import { displaySettings, onDisplaySettings, type DisplaySettings } from './display-settings';

/** The display settings, re-rendering when they change. */
export function useDisplaySettings(): DisplaySettings {
  return useSyncExternalStore(onDisplaySettings, displaySettings);
}

import type { ReactNode } from 'react';
import { useShellStrings } from '../strings';
import { useTheme } from './theme-store';

/** The organisation's name and logo from theme.yml: above the library's shelf, and on the kiosk home. */
export function Organisation(): ReactNode {
  const theme = useTheme();
  const t = useShellStrings();
  if (theme.name === null && theme.logo === null) return null;
  return (
    <p className="organisation">
      {theme.logo !== null ? (
        // Beside the name, the logo repeats it: no second reading for a screen reader.
        <img
          className="organisation-logo"
          src={theme.logo}
          alt={theme.name === null ? t.library.logo : ''}
        />
      ) : null}
      {theme.name !== null ? <span className="organisation-name">{theme.name}</span> : null}
    </p>
  );
}

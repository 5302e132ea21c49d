import { useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useHostApi } from '../context';
import { KioskStoreContext } from './kiosk-context';
import type { KioskStore } from './kiosk-store';

function ReturnButton({ kiosk }: { kiosk: KioskStore }): ReactNode {
  const api = useHostApi();
  const available = useStore(kiosk, (s) => s.status.available);
  if (!available) return null;
  return (
    <button
      type="button"
      className="button"
      onClick={() => void api.enterKiosk().then((status) => kiosk.getState().statusChanged(status))}
    >
      Return to kiosk mode
    </button>
  );
}

/** Staff who left the kiosk with the PIN put it back from the library. */
export function ReturnToKiosk(): ReactNode {
  const kiosk = useContext(KioskStoreContext);
  return kiosk ? <ReturnButton kiosk={kiosk} /> : null;
}

import {
  KIOSK_IDLE,
  PIN_ATTEMPTS,
  pinSchema,
  type KioskStatus,
  type PinCheck,
} from '../../contract/kiosk';
import type { KioskOptions } from './args';
import { createPinStore } from './pin-store';

export interface KioskController {
  status(): Promise<KioskStatus>;
  /** Only while `status().needsPin`; false otherwise or for a PIN that breaks `pinSchema`. */
  setPin(pin: string): Promise<boolean>;
  /** The right PIN ends kiosk mode until `returnTo`. */
  leave(pin: string): Promise<PinCheck>;
  /** Kiosk mode again, for a host started with `--kiosk`; otherwise the status unchanged. */
  returnTo(): Promise<KioskStatus>;
  /** Told after every change of status; returns the unsubscribe. */
  onChange(listener: (status: KioskStatus) => void): () => void;
}

export interface KioskControllerOptions {
  kiosk: KioskOptions;
  /** The staff PIN file, or null to keep the PIN in memory for this run. */
  pinFile: string | null;
  log?: (message: string) => void;
  /** Milliseconds for the lockout; monotonic by default so a changed wall clock cannot end it. */
  now?: () => number;
}

/** How long the wait is after `failures` wrong tries in a row: 0 while tries are free. */
export function lockoutMs(failures: number): number {
  const beyond = failures - PIN_ATTEMPTS.freeAttempts;
  if (beyond < 0) return 0;
  return Math.min(PIN_ATTEMPTS.firstLockoutMs * 2 ** beyond, PIN_ATTEMPTS.maxLockoutMs);
}

export function createKioskController(options: KioskControllerOptions): KioskController {
  const { kiosk: flags } = options;
  if (
    !Number.isInteger(flags.idleSeconds) ||
    flags.idleSeconds < KIOSK_IDLE.minSeconds ||
    flags.idleSeconds > KIOSK_IDLE.maxSeconds
  ) {
    throw new Error(
      `The kiosk idle time must be a whole number of seconds from ${KIOSK_IDLE.minSeconds} to ${KIOSK_IDLE.maxSeconds}, not ${flags.idleSeconds}.`,
    );
  }
  const log = options.log ?? ((message: string) => console.error(message));
  const now = options.now ?? (() => performance.now());
  const store = createPinStore({ file: options.pinFile, log });
  const available = flags.kiosk;
  const listeners = new Set<(status: KioskStatus) => void>();

  let kiosk = available;
  let pinSetThisRun = false;
  let failures = 0;
  let lockedUntil = 0;

  // PIN checks and PIN changes run one at a time: concurrent tries would
  // otherwise all pass the lockout check before the first scrypt finished, and
  // two setPin calls could both see needsPin.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function needsPin(): Promise<boolean> {
    if (!available) return false;
    if (flags.setPin && !pinSetThisRun) return true;
    // Only a first start asks on screen: a damaged PIN file waits for staff's --set-pin.
    return (await store.state()) === 'none';
  }

  async function status(): Promise<KioskStatus> {
    const askForPin = await needsPin();
    return {
      kiosk,
      available,
      idleSeconds: flags.idleSeconds,
      needsPin: askForPin,
      pinUnusable: available && !askForPin && (await store.state()) === 'unusable',
      printer: available && flags.printer === true,
    };
  }

  async function publish(): Promise<KioskStatus> {
    const current = await status();
    for (const listener of listeners) {
      try {
        listener(current);
      } catch (error) {
        // One broken listener must not keep the others from hearing of the change.
        log(`Groundwork: a kiosk status listener failed: ${String(error)}`);
      }
    }
    return current;
  }

  function attemptsLeft(): number {
    return Math.max(PIN_ATTEMPTS.freeAttempts - failures, 1);
  }

  async function check(pin: string): Promise<PinCheck> {
    const remaining = lockedUntil - now();
    if (remaining > 0) return { ok: false, retryAfterMs: Math.ceil(remaining), attemptsLeft: 0 };
    // Nothing to guess, so nothing to count.
    if (!(await store.hasPin()))
      return { ok: false, retryAfterMs: 0, attemptsLeft: attemptsLeft() };

    // Counted before the slow check, so a try that throws still counts.
    failures += 1;
    if (await store.verify(pin)) {
      failures = 0;
      lockedUntil = 0;
      if (kiosk) {
        kiosk = false;
        await publish();
      }
      return { ok: true, retryAfterMs: 0, attemptsLeft: PIN_ATTEMPTS.freeAttempts };
    }
    const wait = lockoutMs(failures);
    if (wait === 0) return { ok: false, retryAfterMs: 0, attemptsLeft: attemptsLeft() };
    lockedUntil = now() + wait;
    return { ok: false, retryAfterMs: wait, attemptsLeft: 0 };
  }

  return {
    status,

    setPin(pin) {
      return serial(async () => {
        if (!pinSchema.safeParse(pin).success || !(await needsPin())) return false;
        await store.setPin(pin);
        pinSetThisRun = true;
        // A new PIN owes nothing to wrong guesses at the old one.
        failures = 0;
        lockedUntil = 0;
        await publish();
        return true;
      });
    },

    leave(pin) {
      if (!available) return Promise.resolve({ ok: false, retryAfterMs: 0, attemptsLeft: 0 });
      return serial(() => check(pin));
    },

    returnTo() {
      return serial(async () => {
        if (!available || kiosk) return status();
        kiosk = true;
        return publish();
      });
    },

    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

import { KIOSK_IDLE } from '../../contract/kiosk';

/** How a host was asked to run: `--kiosk [--idle-seconds N] [--set-pin]`, the same on both hosts. */
export interface KioskOptions {
  kiosk: boolean;
  idleSeconds: number;
  /** Ask for a new staff PIN before the kiosk is used, even if one is set. */
  setPin: boolean;
  /** Staff set up a printer for visitors: a take-home page may be printed (`--printer`). */
  printer: boolean;
}

export const NO_KIOSK: KioskOptions = {
  kiosk: false,
  idleSeconds: KIOSK_IDLE.defaultSeconds,
  setPin: false,
  printer: false,
};

/** The flags, as `node:util` `parseArgs` options, so each host parses them with its own. */
export const KIOSK_ARG_OPTIONS = {
  kiosk: { type: 'boolean' },
  'idle-seconds': { type: 'string' },
  'set-pin': { type: 'boolean' },
  printer: { type: 'boolean' },
} as const;

export const KIOSK_USAGE = '[--kiosk [--idle-seconds N] [--set-pin] [--printer]]';

/** Throws a sentence a person can act on when a value is wrong. */
export function kioskOptionsFrom(values: {
  kiosk?: boolean | undefined;
  'idle-seconds'?: string | undefined;
  'set-pin'?: boolean | undefined;
  printer?: boolean | undefined;
}): KioskOptions {
  const raw = values['idle-seconds'];
  let idleSeconds: number = KIOSK_IDLE.defaultSeconds;
  if (raw !== undefined) {
    idleSeconds = Number(raw);
    if (
      !/^\d+$/.test(raw) ||
      idleSeconds < KIOSK_IDLE.minSeconds ||
      idleSeconds > KIOSK_IDLE.maxSeconds
    ) {
      throw new Error(
        `--idle-seconds must be a whole number of seconds from ${KIOSK_IDLE.minSeconds} to ${KIOSK_IDLE.maxSeconds}, not "${raw}".`,
      );
    }
  }
  const kiosk = values.kiosk === true;
  const setPin = values['set-pin'] === true;
  const printer = values.printer === true;
  if (!kiosk && (raw !== undefined || setPin || printer)) {
    throw new Error('--idle-seconds, --set-pin and --printer only apply to a kiosk: add --kiosk.');
  }
  return { kiosk, idleSeconds, setPin, printer };
}

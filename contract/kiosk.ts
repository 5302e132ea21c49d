import { z } from 'zod';

/**
 * Kiosk mode: self-study on a shared clinic screen (`--kiosk` on either
 * host). Defined once here; the hosts' flags, the core's PIN store, the
 * shell's idle timer and the tests all read these.
 */

export const KIOSK_IDLE = {
  /** Seconds without a touch or key before "Are you still there?". */
  defaultSeconds: 120,
  /** Short values exist for tests and demonstrations; a clinic keeps the default. */
  minSeconds: 2,
  maxSeconds: 3_600,
  /** The "Are you still there?" countdown before everything the person entered is wiped. */
  countdownSeconds: 30,
} as const;

/** Digits only: the PIN is typed on a touch keypad. */
export const PIN_RULES = {
  minLength: 4,
  maxLength: 12,
} as const;

/**
 * Wrong PINs: a few free tries, then a wait that doubles with every further
 * wrong try, up to a ceiling. Kept by the host, so a new page cannot reset it.
 */
export const PIN_ATTEMPTS = {
  freeAttempts: 3,
  firstLockoutMs: 30_000,
  maxLockoutMs: 15 * 60_000,
} as const;

/**
 * scrypt parameters (Node's `crypto.scrypt`): N=2^15, r=8 takes about 100 ms
 * and 32 MiB here, slow enough that a stolen file cannot be searched for a
 * 4-digit PIN in an instant, fast enough for a person at the screen. Stored
 * with the hash, so they can be raised without locking anyone out.
 */
export const PIN_KDF = {
  N: 2 ** 15,
  r: 8,
  p: 1,
  keyLength: 32,
  saltLength: 16,
  /** Node refuses N·r·128 bytes above its default maxmem (32 MiB) unless told. */
  maxmem: 64 * 1024 * 1024,
} as const;

export const pinSchema = z
  .string()
  .regex(/^\d+$/, 'must be digits only')
  .min(PIN_RULES.minLength, `must be at least ${PIN_RULES.minLength} digits`)
  .max(PIN_RULES.maxLength, `must be at most ${PIN_RULES.maxLength} digits`);

/** What the renderer needs to know to be a kiosk. */
export const kioskStatusSchema = z.strictObject({
  /** Started with `--kiosk` and not (yet) left with the staff PIN. */
  kiosk: z.boolean(),
  /** Started with `--kiosk` at all: staff who left may return to it. */
  available: z.boolean(),
  idleSeconds: z.number().int().min(KIOSK_IDLE.minSeconds).max(KIOSK_IDLE.maxSeconds),
  /** A staff PIN must be chosen before the kiosk is used (first start, or `--set-pin`). */
  needsPin: z.boolean(),
  /**
   * The stored PIN cannot be read (a damaged file): the kiosk still works for
   * visitors, and says staff must start it again with `--set-pin` to leave.
   */
  pinUnusable: z.boolean(),
  /** Staff set up a printer for visitors (`--printer`): a take-home page may be printed. */
  printer: z.boolean(),
});
export type KioskStatus = z.infer<typeof kioskStatusSchema>;

/** The answer to a PIN: right, or wrong with how long to wait before the next try. */
export const pinCheckSchema = z.strictObject({
  ok: z.boolean(),
  /** 0 when another try is allowed now. */
  retryAfterMs: z.number().int().min(0),
  /** Tries left before a wait; 0 while waiting. */
  attemptsLeft: z.number().int().min(0),
});
export type PinCheck = z.infer<typeof pinCheckSchema>;

/**
 * The reading layout's text sizes (A− / A+ on the kiosk), as multiples of
 * the stage's base size. The slide reflows; nothing is scaled as a picture.
 */
export const READING_TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;
export type ReadingTextScale = (typeof READING_TEXT_SCALES)[number];

/** The longest text a visitor may print to take home (a plan is a few thousand characters). */
export const TAKE_HOME_PRINT_MAX = 20_000;

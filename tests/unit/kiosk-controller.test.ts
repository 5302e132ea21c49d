import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PIN_ATTEMPTS,
  kioskStatusSchema,
  pinCheckSchema,
  type KioskStatus,
} from '../../contract/kiosk';
import { NO_KIOSK, type KioskOptions } from '../../core/kiosk/args';
import { createKioskController, lockoutMs } from '../../core/kiosk/kiosk-controller';
import { createPinStore } from '../../core/kiosk/pin-store';

// Kiosk state and the staff PIN's rate limit (core/kiosk/kiosk-controller.ts).
// node:crypto's scrypt is wrapped to count how many PINs are really checked.

const scryptCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  const counted = (...args: unknown[]): unknown => {
    scryptCalls.count += 1;
    return Reflect.apply(actual.scrypt, undefined, args);
  };
  return { ...actual, scrypt: counted };
});

const KIOSK: KioskOptions = { kiosk: true, idleSeconds: 45, setPin: false, printer: false };
const PIN = '2580';
const WRONG = '0000';

let dir: string;
let clock: number;
const now = (): number => clock;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-kiosk-'));
  clock = 1_000_000;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A kiosk whose staff PIN is already set, as on every start after the first. */
async function kioskWithPin(options: Partial<KioskOptions> = {}) {
  const pinFile = join(dir, 'pin.json');
  await createPinStore({ file: pinFile }).setPin(PIN);
  return createKioskController({ kiosk: { ...KIOSK, ...options }, pinFile, now });
}

describe('status', () => {
  it('is not a kiosk without --kiosk, and needs no PIN', async () => {
    const controller = createKioskController({ kiosk: NO_KIOSK, pinFile: null, now });
    const status = await controller.status();
    expect(kioskStatusSchema.parse(status)).toEqual({
      kiosk: false,
      available: false,
      idleSeconds: NO_KIOSK.idleSeconds,
      needsPin: false,
      pinUnusable: false,
      printer: false,
    });
    expect(await controller.setPin(PIN)).toBe(false);
    expect(await controller.leave(PIN)).toEqual({ ok: false, retryAfterMs: 0, attemptsLeft: 0 });
    expect(await controller.returnTo()).toEqual(status);
  });

  it('needs a PIN on the first start, and not after one is set', async () => {
    const pinFile = join(dir, 'pin.json');
    const controller = createKioskController({ kiosk: KIOSK, pinFile, now });
    expect(await controller.status()).toEqual({
      kiosk: true,
      available: true,
      idleSeconds: 45,
      needsPin: true,
      pinUnusable: false,
      printer: false,
    });
    // Nothing to leave with yet, and that costs no try.
    expect(await controller.leave(PIN)).toEqual({
      ok: false,
      retryAfterMs: 0,
      attemptsLeft: PIN_ATTEMPTS.freeAttempts,
    });

    expect(await controller.setPin('12')).toBe(false);
    expect(await controller.setPin(PIN)).toBe(true);
    expect((await controller.status()).needsPin).toBe(false);

    // A second start reads the file.
    const restarted = createKioskController({ kiosk: KIOSK, pinFile, now });
    expect((await restarted.status()).needsPin).toBe(false);
  });

  it('refuses setPin when a PIN is set and --set-pin was not given', async () => {
    const controller = await kioskWithPin();
    expect(await controller.setPin('9999')).toBe(false);
    expect((await controller.leave(PIN)).ok).toBe(true);
  });

  it('lets only one of two racing setPin calls choose the PIN', async () => {
    const controller = createKioskController({ kiosk: KIOSK, pinFile: null, now });
    const results = await Promise.all([controller.setPin('1111'), controller.setPin('2222')]);
    expect(results).toEqual([true, false]);
    expect((await controller.leave('1111')).ok).toBe(true);
  });

  it('asks for a new PIN with --set-pin even when one is stored, then only once', async () => {
    const controller = await kioskWithPin({ setPin: true });
    expect((await controller.status()).needsPin).toBe(true);
    expect(await controller.setPin('13579')).toBe(true);
    expect((await controller.status()).needsPin).toBe(false);
    expect(await controller.setPin('24680')).toBe(false);
    expect((await controller.leave(PIN)).ok).toBe(false);
    expect((await controller.leave('13579')).ok).toBe(true);
  });

  it('never lets whoever is at the kiosk choose a PIN when the PIN file is damaged', async () => {
    const pinFile = join(dir, 'pin.json');
    await writeFile(pinFile, '{ not json');
    const log = vi.fn<(message: string) => void>();
    const controller = createKioskController({ kiosk: KIOSK, pinFile, log, now });
    // A PIN had been set: this is not a first start, so nothing is asked on screen.
    expect(await controller.status()).toMatchObject({ needsPin: false, pinUnusable: true });
    expect(await controller.setPin('1111')).toBe(false);
    expect((await controller.leave('1111')).ok).toBe(false);
    expect((await controller.status()).kiosk).toBe(true);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toContain(pinFile);
    expect(log.mock.calls[0]?.[0]).toMatch(/--set-pin/);
  });

  it('with --set-pin, staff choose a new PIN over a damaged file', async () => {
    const pinFile = join(dir, 'pin.json');
    await writeFile(pinFile, 'garbage');
    const controller = createKioskController({
      kiosk: { ...KIOSK, setPin: true },
      pinFile,
      log: () => undefined,
      now,
    });
    expect(await controller.status()).toMatchObject({ needsPin: true, pinUnusable: false });
    expect(await controller.setPin('1111')).toBe(true);
    expect(await controller.status()).toMatchObject({ needsPin: false, pinUnusable: false });
    expect((await controller.leave('1111')).ok).toBe(true);
  });

  it('refuses an idle time outside the contract', () => {
    expect(() =>
      createKioskController({ kiosk: { ...KIOSK, idleSeconds: 1 }, pinFile: null }),
    ).toThrow(/idle time/);
  });
});

describe('leave and returnTo', () => {
  it('leave with the right PIN ends the kiosk and tells listeners; returnTo restores it', async () => {
    const controller = await kioskWithPin();
    const heard: KioskStatus[] = [];
    const unsubscribe = controller.onChange((status) => heard.push(status));

    expect(pinCheckSchema.parse(await controller.leave(PIN))).toEqual({
      ok: true,
      retryAfterMs: 0,
      attemptsLeft: PIN_ATTEMPTS.freeAttempts,
    });
    expect((await controller.status()).kiosk).toBe(false);
    expect(await controller.returnTo()).toMatchObject({ kiosk: true, available: true });
    // Returning twice changes nothing the second time.
    await controller.returnTo();
    expect(heard.map((status) => status.kiosk)).toEqual([false, true]);

    unsubscribe();
    await controller.leave(PIN);
    expect(heard).toHaveLength(2);
  });

  it('a wrong PIN keeps the kiosk and says how many tries are left', async () => {
    const controller = await kioskWithPin();
    const listener = vi.fn();
    controller.onChange(listener);
    expect(await controller.leave(WRONG)).toEqual({ ok: false, retryAfterMs: 0, attemptsLeft: 2 });
    expect(await controller.leave('not digits')).toEqual({
      ok: false,
      retryAfterMs: 0,
      attemptsLeft: 1,
    });
    expect((await controller.status()).kiosk).toBe(true);
    expect(listener).not.toHaveBeenCalled();
  });

  it('a listener that throws does not silence the others', async () => {
    const pinFile = join(dir, 'pin.json');
    await createPinStore({ file: pinFile }).setPin(PIN);
    const log = vi.fn<(message: string) => void>();
    const controller = createKioskController({ kiosk: KIOSK, pinFile, log, now });
    const second = vi.fn();
    controller.onChange(() => {
      throw new Error('boom');
    });
    controller.onChange(second);
    expect((await controller.leave(PIN)).ok).toBe(true);
    expect(second).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(1);
  });
});

describe('wrong PINs', () => {
  it('doubles the wait from 30 s up to 15 min', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 60].map(lockoutMs)).toEqual([
      0, 0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000,
    ]);
  });

  it('locks after three wrong tries and refuses even the right PIN while locked', async () => {
    const controller = await kioskWithPin();
    await controller.leave(WRONG);
    await controller.leave(WRONG);
    expect(await controller.leave(WRONG)).toEqual({
      ok: false,
      retryAfterMs: 30_000,
      attemptsLeft: 0,
    });

    scryptCalls.count = 0;
    clock += 29_999;
    expect(await controller.leave(PIN)).toEqual({ ok: false, retryAfterMs: 1, attemptsLeft: 0 });
    expect(scryptCalls.count).toBe(0);
    expect((await controller.status()).kiosk).toBe(true);

    // Each wrong try after a wait doubles the next wait, up to the ceiling.
    clock += 1;
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const check = await controller.leave(WRONG);
      expect(check.attemptsLeft).toBe(0);
      waits.push(check.retryAfterMs);
      clock += check.retryAfterMs;
    }
    expect(waits).toEqual([60_000, 120_000, 240_000, 480_000, 900_000, 900_000]);

    // The right PIN after the wait ends the kiosk and clears the count.
    expect(await controller.leave(PIN)).toMatchObject({ ok: true });
    expect(await controller.leave(WRONG)).toEqual({ ok: false, retryAfterMs: 0, attemptsLeft: 2 });
  });

  it('tells the time left, not the whole wait, to a try during a lockout', async () => {
    const controller = await kioskWithPin();
    for (let i = 0; i < PIN_ATTEMPTS.freeAttempts; i++) await controller.leave(WRONG);
    clock += 10_000;
    expect(await controller.leave(WRONG)).toEqual({
      ok: false,
      retryAfterMs: 20_000,
      attemptsLeft: 0,
    });
    // That refused try did not lengthen the wait.
    clock += 20_000;
    expect((await controller.leave(PIN)).ok).toBe(true);
  });

  it('checks at most the free tries when many arrive at once', async () => {
    const controller = await kioskWithPin();
    scryptCalls.count = 0;
    const checks = await Promise.all(
      Array.from({ length: 10 }, (_, i) => controller.leave(i === 9 ? PIN : WRONG)),
    );
    expect(scryptCalls.count).toBe(PIN_ATTEMPTS.freeAttempts);
    expect(checks.filter((check) => check.ok)).toEqual([]);
    expect(checks.slice(PIN_ATTEMPTS.freeAttempts - 1).every((c) => c.retryAfterMs > 0)).toBe(true);
    expect((await controller.status()).kiosk).toBe(true);
  });
});

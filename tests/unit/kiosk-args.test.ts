import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KIOSK_IDLE } from '../../contract/kiosk';
import { KIOSK_ARG_OPTIONS, NO_KIOSK, kioskOptionsFrom } from '../../core/kiosk/args';

// `--kiosk [--idle-seconds N] [--set-pin]` (core/kiosk/args.ts), parsed the
// way both hosts parse it.

function parse(args: string[]) {
  const { values } = parseArgs({ args, options: KIOSK_ARG_OPTIONS, strict: true });
  return kioskOptionsFrom(values);
}

describe('kioskOptionsFrom', () => {
  it('is no kiosk without flags', () => {
    expect(parse([])).toEqual(NO_KIOSK);
  });

  it('reads --kiosk, --idle-seconds, --set-pin and --printer', () => {
    expect(parse(['--kiosk'])).toEqual({
      kiosk: true,
      idleSeconds: KIOSK_IDLE.defaultSeconds,
      setPin: false,
      printer: false,
    });
    expect(parse(['--kiosk', '--idle-seconds', '300', '--set-pin', '--printer'])).toEqual({
      kiosk: true,
      idleSeconds: 300,
      setPin: true,
      printer: true,
    });
    expect(() => parse(['--printer'])).toThrow(/add --kiosk/);
    expect(parse(['--kiosk', `--idle-seconds=${KIOSK_IDLE.minSeconds}`]).idleSeconds).toBe(
      KIOSK_IDLE.minSeconds,
    );
    expect(parse(['--kiosk', `--idle-seconds=${KIOSK_IDLE.maxSeconds}`]).idleSeconds).toBe(
      KIOSK_IDLE.maxSeconds,
    );
  });

  it.each(['abc', '', '1', '3601', '1.5', '-5', '1e3', ' 60', '0x10'])(
    'refuses --idle-seconds %j with a sentence naming the range',
    (value) => {
      expect(() => kioskOptionsFrom({ kiosk: true, 'idle-seconds': value })).toThrow(
        `--idle-seconds must be a whole number of seconds from ${KIOSK_IDLE.minSeconds} to ${KIOSK_IDLE.maxSeconds}, not "${value}".`,
      );
    },
  );

  it('refuses --set-pin or --idle-seconds without --kiosk', () => {
    expect(() => parse(['--set-pin'])).toThrow(/add --kiosk/);
    expect(() => parse(['--idle-seconds', '60'])).toThrow(/add --kiosk/);
  });
});

import { NO_KIOSK } from '../../core/kiosk/args';
import { NO_ROOM_OPTIONS } from '../../core/room/room-args';
import { describe, expect, it } from 'vitest';
import { defaultCacheDir, parseServeArgs } from '../../server/args';

describe('npm run serve arguments', () => {
  it('defaults to port 4680, the bundled content and the default cache', () => {
    expect(parseServeArgs([], '/home/sam')).toEqual({
      contentDir: null,
      port: 4680,
      cacheDir: null,
      open: false,
      kiosk: NO_KIOSK,
      room: NO_ROOM_OPTIONS,
    });
  });

  it('resolves folders against the working directory', () => {
    expect(
      parseServeArgs(['--content', 'lessons', '--port', '0', '--cache', '/tmp/gw'], '/home/sam'),
    ).toEqual({
      contentDir: '/home/sam/lessons',
      port: 0,
      cacheDir: '/tmp/gw',
      open: false,
      kiosk: NO_KIOSK,
      room: NO_ROOM_OPTIONS,
    });
  });

  it('reads the kiosk flags, and refuses an idle time that is not one', () => {
    expect(parseServeArgs(['--kiosk', '--idle-seconds', '45', '--set-pin']).kiosk).toEqual({
      kiosk: true,
      idleSeconds: 45,
      setPin: true,
      printer: false,
    });
    expect(() => parseServeArgs(['--kiosk', '--idle-seconds', 'soon'])).toThrow(
      /--idle-seconds must be a whole number/,
    );
    expect(() => parseServeArgs(['--set-pin'])).toThrow(/add --kiosk/);
  });

  it('reads the room flags, and refuses a host that is not an address or a port that is not one', () => {
    expect(parseServeArgs(['--room', '--room-host', '127.0.0.1', '--room-port', '0']).room).toEqual(
      {
        openOnStart: true,
        host: '127.0.0.1',
        port: 0,
      },
    );
    expect(() => parseServeArgs(['--room-host', 'my-laptop.local'])).toThrow(
      /must be an IP address/,
    );
    expect(() => parseServeArgs(['--room-port', '70000'])).toThrow(/--room-port must be a number/);
  });

  it('refuses a port that is not a port, and unknown options', () => {
    expect(() => parseServeArgs(['--port', 'abc'])).toThrow(/--port must be a number/);
    expect(() => parseServeArgs(['--port', '70000'])).toThrow(/--port must be a number/);
    expect(() => parseServeArgs(['--port', '-1'])).toThrow();
    expect(() => parseServeArgs(['--colour'])).toThrow();
  });
});

describe('defaultCacheDir', () => {
  it('uses XDG_CACHE_HOME when it is an absolute path, else ~/.cache', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/sam' }, '/home/sam')).toBe(
      '/var/cache/sam/groundwork',
    );
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' }, '/home/sam')).toBe(
      '/home/sam/.cache/groundwork',
    );
    expect(defaultCacheDir({}, '/home/sam')).toBe('/home/sam/.cache/groundwork');
  });
});

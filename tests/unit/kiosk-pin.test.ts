import { randomBytes, scryptSync } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIN_KDF } from '../../contract/kiosk';
import { createPinStore, hashPin, verifyPin } from '../../core/kiosk/pin-store';

// The staff PIN on disk (core/kiosk/pin-store.ts). Each scrypt takes about
// 100 ms, so the tests hash as few times as they can.

// Long enough that its digits cannot turn up in the base64 by chance.
const PIN = '73915408';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-pin-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hashPin and verifyPin', () => {
  it('accept the PIN that was hashed and refuse any other', async () => {
    const record = await hashPin(PIN);
    expect(await verifyPin(PIN, record)).toBe(true);
    expect(await verifyPin('73915409', record)).toBe(false);
    // Malformed input is refused before any hashing.
    expect(await verifyPin('7391540a', record)).toBe(false);
  });

  it('refuse to hash a PIN that is not 4 to 12 digits', async () => {
    await expect(hashPin('123')).rejects.toThrow(/at least 4/);
    await expect(hashPin('12ab')).rejects.toThrow(/digits only/);
  });
});

describe('createPinStore', () => {
  it('has no PIN when the file is missing, and says nothing about it', async () => {
    const messages: string[] = [];
    const store = createPinStore({ file: join(dir, 'pin.json'), log: (m) => messages.push(m) });
    expect(await store.hasPin()).toBe(false);
    expect(await store.verify(PIN)).toBe(false);
    expect(messages).toEqual([]);
  });

  it('writes a salted hash, never the PIN, readable by its owner only', async () => {
    const file = join(dir, 'nested', 'folder', 'pin.json');
    await createPinStore({ file }).setPin(PIN);

    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(PIN);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(
      ['N', 'hash', 'kdf', 'keyLength', 'p', 'r', 'salt', 'version'].sort(),
    );
    expect(json).toMatchObject({
      version: 1,
      kdf: 'scrypt',
      N: PIN_KDF.N,
      r: PIN_KDF.r,
      p: PIN_KDF.p,
      keyLength: PIN_KDF.keyLength,
    });
    expect(Buffer.from(String(json.salt), 'base64')).toHaveLength(PIN_KDF.saltLength);
    expect(Buffer.from(String(json.hash), 'base64')).toHaveLength(PIN_KDF.keyLength);
    // The temporary file was renamed, not left beside it.
    expect(await readdir(join(dir, 'nested', 'folder'))).toEqual(['pin.json']);

    // A fresh store (a restart) reads it back.
    const reopened = createPinStore({ file });
    expect(await reopened.hasPin()).toBe(true);
    expect(await reopened.verify(PIN)).toBe(true);
    expect(await reopened.verify('0000')).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('creates the file with mode 0600', async () => {
    const file = join(dir, 'pin.json');
    await createPinStore({ file }).setPin('1234');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('salts each PIN afresh', async () => {
    const a = await hashPin('1234');
    const b = await hashPin('1234');
    expect(a.salt.equals(b.salt)).toBe(false);
    expect(a.hash.equals(b.hash)).toBe(false);
  });

  it('verifies with the parameters stored in the file, not the current ones', async () => {
    const file = join(dir, 'pin.json');
    const params = { N: 2 ** 14, r: 8, p: 1, keyLength: 32 };
    const salt = randomBytes(16);
    const hash = scryptSync('2468', salt, params.keyLength, params);
    await writeFile(
      file,
      JSON.stringify({
        version: 1,
        kdf: 'scrypt',
        ...params,
        salt: salt.toString('base64'),
        hash: hash.toString('base64'),
      }),
    );
    const store = createPinStore({ file });
    expect(await store.verify('2468')).toBe(true);
    expect(await store.verify('2469')).toBe(false);
  });

  it.each([
    ['not JSON', '{"version": 1,'],
    ['the wrong shape', JSON.stringify({ version: 1, kdf: 'scrypt' })],
    [
      'parameters out of bounds',
      JSON.stringify({
        version: 1,
        kdf: 'scrypt',
        N: 2 ** 30,
        r: 8,
        p: 1,
        keyLength: 32,
        salt: randomBytes(16).toString('base64'),
        hash: randomBytes(32).toString('base64'),
      }),
    ],
  ])('counts a file that is %s as no PIN, and says so once', async (_, text) => {
    const file = join(dir, 'pin.json');
    await writeFile(file, text);
    const messages: string[] = [];
    const store = createPinStore({ file, log: (m) => messages.push(m) });
    expect(await store.hasPin()).toBe(false);
    expect(await store.state()).toBe('unusable');
    expect(await store.verify('1234')).toBe(false);
    expect(await store.hasPin()).toBe(false);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(file);
    expect(messages[0]).toMatch(/--set-pin/);
  });

  it('replaces a damaged file when a new PIN is set', async () => {
    const file = join(dir, 'pin.json');
    await writeFile(file, 'garbage');
    const store = createPinStore({ file, log: () => undefined });
    await store.setPin('5555');
    expect(await store.verify('5555')).toBe(true);
    expect(await createPinStore({ file }).verify('5555')).toBe(true);
  });

  it('keeps the PIN in memory when there is no file', async () => {
    const store = createPinStore({ file: null });
    expect(await store.hasPin()).toBe(false);
    expect(await store.state()).toBe('none');
    await store.setPin('9876');
    expect(await store.hasPin()).toBe(true);
    expect(await store.verify('9876')).toBe(true);
    expect(await createPinStore({ file: null }).hasPin()).toBe(false);
  });

  it('reports an unreadable file, and rejects a PIN it cannot save', async () => {
    // A folder where the file should be: reading fails, and so does the rename.
    const file = join(dir, 'pin.json');
    await mkdir(join(file, 'inside'), { recursive: true });
    const messages: string[] = [];
    const store = createPinStore({ file, log: (m) => messages.push(m) });
    expect(await store.hasPin()).toBe(false);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`${file} could not be read`);
    await expect(store.setPin('2222')).rejects.toThrow();
    expect(await store.hasPin()).toBe(false);
    // No temporary file is left behind.
    expect(await readdir(dir)).toEqual(['pin.json']);
  });
});

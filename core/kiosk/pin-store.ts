import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { PIN_KDF, pinSchema } from '../../contract/kiosk';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keyLength: number,
  options: ScryptOptions,
) => Promise<Buffer>;

/** Where the hosts keep the PIN in their data folder. */
export const PIN_FILE_NAME = 'kiosk-pin.json';

// Bounds on parameters read back from the file: wide enough to raise PIN_KDF
// later, narrow enough that a damaged file cannot make one check take minutes
// or gigabytes.
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;
const MIN_SALT_BYTES = 16;

interface KdfParams {
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

// Plain `Buffer`, so a hash from scrypt and one read from the file have one type.
const base64Bytes = z.base64().transform((text): Buffer => Buffer.from(text, 'base64'));

export const pinRecordSchema = z
  .strictObject({
    version: z.literal(1),
    kdf: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 20)
      .refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    keyLength: z.number().int().min(16).max(64),
    salt: base64Bytes.refine((bytes) => bytes.length >= MIN_SALT_BYTES, 'salt is too short'),
    hash: base64Bytes,
  })
  .refine((record) => record.hash.length === record.keyLength, 'hash length is not keyLength')
  .refine((record) => scryptMemory(record) <= MAX_SCRYPT_MEMORY, 'N·r needs too much memory');

/** A record as held in memory: salt and hash as bytes. */
export type PinRecord = z.output<typeof pinRecordSchema>;

/** What OpenSSL allocates for scrypt (its own check against maxmem). */
function scryptMemory({ N, r, p }: Pick<KdfParams, 'N' | 'r' | 'p'>): number {
  return 128 * r * (N + 2) + 128 * r * p;
}

function derive(pin: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  // Stored parameters may be above today's, so the memory cap follows them.
  const maxmem = Math.max(PIN_KDF.maxmem, scryptMemory(params) + 1024 * 1024);
  return scryptAsync(pin, salt, params.keyLength, {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem,
  });
}

/** Hashes a valid PIN with a fresh salt; throws on a PIN that breaks `pinSchema`. */
export async function hashPin(pin: string, params: KdfParams = PIN_KDF): Promise<PinRecord> {
  pinSchema.parse(pin);
  const salt = randomBytes(PIN_KDF.saltLength);
  const hash = await derive(pin, salt, params);
  return {
    version: 1,
    kdf: 'scrypt',
    N: params.N,
    r: params.r,
    p: params.p,
    keyLength: params.keyLength,
    salt,
    hash,
  };
}

/** Checks a PIN against a record with the record's own parameters. */
export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  // A malformed PIN cannot be the stored one; no need to spend a scrypt on it.
  if (!pinSchema.safeParse(pin).success) return false;
  const candidate = await derive(pin, record.salt, record);
  return candidate.length === record.hash.length && timingSafeEqual(candidate, record.hash);
}

function serialize(record: PinRecord): string {
  return `${JSON.stringify(
    {
      version: record.version,
      kdf: record.kdf,
      N: record.N,
      r: record.r,
      p: record.p,
      keyLength: record.keyLength,
      salt: record.salt.toString('base64'),
      hash: record.hash.toString('base64'),
    },
    null,
    2,
  )}\n`;
}

/** Write, flush, then rename: a crash leaves the old PIN or the new one, never half a file. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const folder = dirname(file);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const temporary = join(
    folder,
    `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    // 'wx' so the mode applies: it is only honoured when the file is created.
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function reason(error: unknown): string {
  if (error instanceof z.ZodError) return error.issues.map((issue) => issue.message).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/**
 * Whether a PIN is set: `none` when none was ever set (no file), `unusable`
 * when the file is there but cannot be read or is damaged. A damaged file
 * is not a first start: staff had set a PIN, so the kiosk must not offer
 * whoever stands at it to choose a new one.
 */
export type PinState = 'none' | 'set' | 'unusable';

export interface PinStore {
  state(): Promise<PinState>;
  /** False when no PIN was ever set, or the file cannot be used. */
  hasPin(): Promise<boolean>;
  /** Replaces the PIN; rejects on a PIN that breaks `pinSchema` or when the file cannot be written. */
  setPin(pin: string): Promise<void>;
  /** False when no PIN is set. */
  verify(pin: string): Promise<boolean>;
}

export interface PinStoreOptions {
  /** The JSON file, or null to keep the PIN in memory for this run only. */
  file: string | null;
  /** Told once when the file exists but cannot be used. */
  log?: (message: string) => void;
}

export function createPinStore(options: PinStoreOptions): PinStore {
  const { file } = options;
  const log = options.log ?? ((message: string) => console.error(message));

  // Read once and kept: this process is the only writer, and reading once
  // is what makes a damaged file reported once rather than on every check.
  let loaded: Promise<Loaded> | null = null;
  type Loaded = { state: 'none' | 'unusable'; record: null } | { state: 'set'; record: PinRecord };
  const RESTART = 'the kiosk cannot be left until staff start Groundwork again with --set-pin';

  async function read(): Promise<Loaded> {
    if (file === null) return { state: 'none', record: null };
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (isMissing(error)) return { state: 'none', record: null };
      log(
        `Groundwork: the staff PIN file ${file} could not be read (${reason(error)}); ${RESTART}.`,
      );
      return { state: 'unusable', record: null };
    }
    try {
      return { state: 'set', record: pinRecordSchema.parse(JSON.parse(text)) };
    } catch (error) {
      log(`Groundwork: the staff PIN file ${file} is damaged (${reason(error)}); ${RESTART}.`);
      return { state: 'unusable', record: null };
    }
  }

  function current(): Promise<Loaded> {
    loaded ??= read();
    return loaded;
  }

  return {
    async state() {
      return (await current()).state;
    },
    async hasPin() {
      return (await current()).state === 'set';
    },
    async setPin(pin) {
      const next = await hashPin(pin);
      // Settle the first read so it cannot later overwrite the new PIN in memory.
      await current();
      if (file !== null) await writeAtomically(file, serialize(next));
      loaded = Promise.resolve({ state: 'set', record: next });
    },
    async verify(pin) {
      const { record } = await current();
      return record !== null && verifyPin(pin, record);
    },
  };
}

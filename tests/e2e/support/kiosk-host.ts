import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callHost, startTestHost, type TestHost, type TestHostOptions } from './host';

export interface KioskHostOptions extends Omit<TestHostOptions, 'kiosk' | 'stateDir'> {
  /** `--idle-seconds`; the kiosk's default when absent. */
  idleSeconds?: number;
  /** `--printer`: a printer set up for visitors. */
  printer?: boolean;
  /** The staff PIN, chosen as staff do at first start; none chosen when absent. */
  pin?: string;
  /** Files already in the state folder when the kiosk starts (a damaged PIN file, say). */
  stateFiles?: Record<string, string>;
}

export interface KioskHost extends TestHost {
  /** The kiosk's own state folder (its PIN file), removed by `cleanup`. */
  stateDir: string;
}

/** A browser host in kiosk mode with a state folder of its own, as `npm run serve -- --kiosk`. */
export async function startKioskHost(options: KioskHostOptions = {}): Promise<KioskHost> {
  const { idleSeconds = 120, printer = false, pin, stateFiles = {}, ...rest } = options;
  const stateDir = await mkdtemp(join(tmpdir(), 'groundwork-kiosk-'));
  let host: TestHost;
  try {
    for (const [name, contents] of Object.entries(stateFiles)) {
      await writeFile(join(stateDir, name), contents);
    }
    host = await startTestHost({
      ...rest,
      stateDir,
      kiosk: { kiosk: true, idleSeconds, setPin: false, printer },
    });
  } catch (error) {
    await rm(stateDir, { recursive: true, force: true });
    throw error;
  }
  const cleanup = async (): Promise<void> => {
    await host.cleanup();
    await rm(stateDir, { recursive: true, force: true });
  };
  if (pin !== undefined && (await callHost(host, 'setKioskPin', [pin])) !== true) {
    await cleanup();
    throw new Error('The kiosk refused the staff PIN.');
  }
  return { ...host, stateDir, cleanup };
}

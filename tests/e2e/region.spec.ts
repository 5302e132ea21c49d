import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { TOKEN_HEADER } from '../../contract/host-api';
import { startTestHost, type TestHost } from './support/host';

// Issue 18: the crisis lines' region is chosen by staff, never assumed. While
// none is chosen, the panel says what to do now first, and puts this
// computer's own region (by its locale) before the others.

const BUNDLED = readFileSync(resolve(import.meta.dirname, '../../content/resources.yml'), 'utf8');

let host: TestHost;

test.use({ locale: 'en-GB' });

test.beforeEach(async () => {
  host = await startTestHost({
    files: { 'resources.yml': BUNDLED },
    watch: false,
  });
});

test.afterEach(async () => {
  await host?.cleanup();
});

test('with no region, the panel says what to do now, then this computer’s region first', async ({
  page,
}) => {
  await page.goto(host.at('#/'));
  await expect(page.locator('.region-banner')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('F1');
  const panel = page.getByRole('dialog', { name: 'Get help now' });
  await expect(panel.getByTestId('crisis-danger')).toHaveText(
    'If you are in danger now, call your local emergency number or tell a member of staff.',
  );
  // en-GB: the United Kingdom before the United States, even though the file lists the US first.
  await expect(panel.locator('.crisis-region-name').first()).toHaveText('United Kingdom');
  await expect(panel.locator('.crisis-notice')).toContainText('Staff can set the region');
  await page.screenshot({ path: 'tests/e2e/screenshots/crisis-region-unset.png' });
});

test('staff choose the region in the library; it is written to resources.yml and the panel shows only it', async ({
  page,
}) => {
  await page.goto(host.at('#/'));
  const banner = page.locator('.region-banner');
  await expect(banner).toContainText('No region is chosen for the crisis lines.');
  await banner.getByRole('button', { name: 'Choose the region' }).click();
  const dialog = page.getByRole('dialog', { name: 'Crisis lines for this clinic' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/screenshots/region-dialog.png' });
  // Chosen when the host has written it: the radio follows the file, not the click.
  await dialog.getByRole('radio', { name: 'Ireland' }).click();
  await expect(dialog.getByRole('radio', { name: 'Ireland' })).toBeChecked();
  await expect(banner).toHaveCount(0);
  await expect
    .poll(() => readFile(join(host.contentDir, 'resources.yml'), 'utf8'))
    .toMatch(/^region: ie$/m);
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.keyboard.press('F1');
  const panel = page.getByRole('dialog', { name: 'Get help now' });
  await expect(panel.locator('.crisis-resource h3')).toContainText(['Samaritans']);
  await expect(panel.getByText(/Text TALK to 50808/)).toBeVisible();
  await expect(panel.locator('.crisis-region')).toHaveCount(1);
  await expect(panel.getByTestId('crisis-danger')).toHaveCount(0);
});

test('only the app itself can set the region: not a lesson’s frame, not another address, not without the token', async () => {
  const file = join(host.contentDir, 'resources.yml');
  const set = (headers: Record<string, string>) =>
    fetch(`${host.origin}/api/crisis-region:set`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ args: ['uk'] }),
    }).then((response) => response.status);
  // A lesson runs in a sandboxed frame: its requests say "Origin: null", and it never has the token.
  expect(await set({})).toBe(403);
  expect(await set({ Origin: 'null' })).toBe(403);
  expect(await set({ Origin: 'null', [TOKEN_HEADER]: host.token })).toBe(403);
  // Another port of this machine (the room's phones are served from one) is another origin.
  const elsewhere = `http://127.0.0.1:${host.port + 1}`;
  expect(await set({ Origin: elsewhere, [TOKEN_HEADER]: host.token })).toBe(403);
  expect(await readFile(file, 'utf8')).toBe(BUNDLED);
  // The app's own page, with its token, can: the same request is not refused for its shape.
  expect(await set({ Origin: host.origin, [TOKEN_HEADER]: host.token })).toBe(200);
  expect(await readFile(file, 'utf8')).toMatch(/^region: uk$/m);
});

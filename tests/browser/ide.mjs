// A new developer's first hour, in headless Chromium against a running Development hub: the start
// page, a token from the persona page, and Banana Cake Pop at /graphql running a first query with
// that token set in its connection settings.
//
//   node tests/browser/ide.mjs [HUB_URL] [SCREENSHOT_FOLDER]
//
// Uses the system's Chromium (CHROMIUM, default /usr/bin/chromium); Playwright never downloads one.
// Prints PASS/FAIL per check and ends with "browser test: N passed, N failed" (exit 1 on a failure).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const hub = (process.argv[2] ?? 'http://localhost:5080').replace(/\/+$/, '');
const shots = process.argv[3] ?? 'artifacts/browser';
const persona = 'rsu-teacher';
const timeout = 30_000;

fs.mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  // Chromium's sandbox cannot start as root, as in a CI container.
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: hub });
context.setDefaultTimeout(timeout);
const page = await context.newPage();

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`PASS ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error.message.split('\n')[0]}`);
    await page.screenshot({ path: path.join(shots, `failed-${passed + failed}.png`) }).catch(() => {});
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

let token;

await check('start page links to the IDE and the persona page', async () => {
  await page.goto(`${hub}/`);
  await page.getByRole('link', { name: 'The demo personas' }).click();
  await page.waitForURL(`${hub}/personas`);
});

await check(`persona page: the Token button shows ${persona}'s token and copies it`, async () => {
  if (!page.url().endsWith('/personas')) await page.goto(`${hub}/personas`);
  const row = page.locator('tr').filter({ hasText: persona }).first();
  await row.getByRole('button', { name: 'Token' }).click();
  const output = page.getByRole('textbox', { name: `Token for ${persona}` });
  await page.waitForFunction(name => document.querySelector(`textarea[aria-label="Token for ${name}"]`)?.value.length > 0, persona);
  token = await output.inputValue();
  expect(token.split('.').length === 3, 'the page shows no JWT');
  await page.getByText('Copied.').waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText()) === token, 'the clipboard does not hold the token');
  await page.screenshot({ path: path.join(shots, 'personas.png'), fullPage: true });
});

await check(`IDE at /graphql: with ${persona}'s token in its HTTP headers, a query shows the pupils' names`, async () => {
  token ??= await (await fetch(`${hub}/personas/${persona}/token`)).text();
  const expected = await firstPupil(token);

  await page.goto(`${hub}/graphql`);
  await page.getByRole('button', { name: 'Create Document' }).click();
  // The first document comes from the hub's bcp-config.json.
  await page.getByText('query WhoAmI').waitFor();

  await page.getByRole('button', { name: 'Connection Settings' }).click();
  const dialog = page.locator('div')
    .filter({ has: page.getByText('Connection Settings', { exact: true }) })
    .filter({ has: page.getByRole('button', { name: 'Apply' }) })
    .last();
  await dialog.getByRole('tab', { name: 'HTTP Headers' }).click();
  await dialog.getByPlaceholder('Name').fill('Authorization');
  await dialog.getByPlaceholder('Value').fill(`Bearer ${token}`);
  await dialog.getByRole('button', { name: 'Apply' }).click();

  await page.getByRole('button', { name: /^Reload Schema/ }).click();
  await page.getByText('Schema available').waitFor();

  await page.getByRole('button', { name: /^Run Operation/ }).click();
  const response = page.locator('div')
    .filter({ has: page.getByText('Response', { exact: true }) })
    .filter({ has: page.locator('.monaco-editor') })
    .last()
    .locator('.monaco-editor .view-lines');
  const wanted = [`"givenName": "${expected.givenName}"`, `"familyName": "${expected.familyName}"`];
  await page.waitForFunction(
    ([lines, texts]) => {
      const shown = (lines.textContent ?? '').replaceAll('\u00a0', ' ');
      return texts.every(t => shown.includes(t));
    },
    [await response.elementHandle(), wanted],
  );
  await page.screenshot({ path: path.join(shots, 'ide.png') });
});

await browser.close();
console.log(`browser test: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** The first pupil the persona sees, asked of the hub directly: what the IDE must show. */
async function firstPupil(bearer) {
  const answer = await fetch(`${hub}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query: '{ pupils(first: 1) { nodes { givenName familyName } } }' }),
  });
  const body = await answer.json();
  const pupil = body?.data?.pupils?.nodes?.[0];
  expect(pupil, `the hub shows ${persona} no pupil: ${JSON.stringify(body)}`);
  return pupil;
}

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
// What the hub answered the IDE, for the message when a check fails.
const answers = [];
page.on('response', r => {
  if (r.url().startsWith(`${hub}/graphql`) && r.request().method() === 'POST') {
    answers.push(`${r.status()}${r.request().headers().authorization ? ' (with token)' : ' (no token)'}`);
  }
});

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

  await setTokenHeader(token);

  // The IDE saves the settings asynchronously and reads the schema only when asked: reload until
  // it has read it with the token.
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('button', { name: /^Reload Schema/ }).click();
    const available = await page.getByText('Schema available').waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (available) {
      if (attempt > 1) console.log(`  (the IDE read the schema at reload ${attempt})`);
      break;
    }
    expect(attempt < 5, `the IDE shows no schema after ${attempt} reloads; the hub answered: ${answers.slice(-4).join(', ')}`);
  }

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

/**
 * Connection Settings, HTTP Headers: "Authorization: Bearer <token>", then Apply; reopened to see
 * that it was kept, and set again if not. Filling a header's name makes the IDE add an empty row
 * below it and draw the rows again: a value typed before that redraw is lost. So the value is
 * typed once the new row is there, and Apply waits until the field shows it.
 */
async function setTokenHeader(bearer) {
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('button', { name: 'Connection Settings' }).click();
    const dialog = page.locator('div')
      .filter({ has: page.getByText('Connection Settings', { exact: true }) })
      .filter({ has: page.getByRole('button', { name: 'Apply' }) })
      .last();
    await dialog.getByRole('tab', { name: 'HTTP Headers' }).click();
    // The dialog loads the saved settings after it opens; typing before that is overwritten.
    await page.waitForTimeout(500 * attempt);
    // Filling a header's name adds an empty row below it: the first row is ours.
    const name = dialog.getByPlaceholder('Name').first();
    const value = dialog.getByPlaceholder('Value').first();
    if (await name.inputValue() === 'Authorization' && await value.inputValue() === `Bearer ${bearer}`) {
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      if (attempt > 2) console.log(`  (the IDE kept the header at try ${attempt - 1})`);
      return;
    }
    expect(attempt <= 5, `the IDE did not keep the Authorization header after ${attempt - 1} tries`);
    await name.fill('Authorization');
    await dialog.getByPlaceholder('Name').nth(1).waitFor();
    for (let typed = 1; await value.inputValue() !== `Bearer ${bearer}`; typed++) {
      expect(typed <= 5, `the IDE's header value field did not take the token after ${typed - 1} tries`);
      await value.fill(`Bearer ${bearer}`);
      await page.waitForTimeout(200);
    }
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}

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

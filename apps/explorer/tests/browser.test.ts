// The explorer in a real browser: the real API (which serves the built explorer) on a free port
// with an in-memory store, articles ingested through the GraphQL mutation, Debian's Chromium
// through playwright-core. Checks that the highlighted spans of an opened meeting are exactly the
// evidence the API returns, and saves a screenshot.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDossierClient, type DossierClient } from '@dossier/client';
import Papa from 'papaparse';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LJUBLJANA_ARTICLE, SIDELINES_ARTICLE, ZAGREB_ARTICLE } from './article.ts';
import {
  artifactsDir,
  CHROMIUM,
  CHROMIUM_ARGS,
  expectHighlightsMatchEvidence,
  hasChromium,
  seedsDir,
  startApi,
} from './harness.ts';

const seedFiles = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : [];
const hasSeeds = seedFiles.length > 0;
if (!hasChromium)
  console.warn(
    `\n[explorer browser test] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium). ` +
      'The browser test did NOT run.\n',
  );
if (hasChromium && !hasSeeds)
  console.warn(
    `\n[explorer browser test] SKIPPED the seed-article test: no seeds in ${seedsDir} ` +
      '(put shared/ beside the clone or set DOSSIER_SHARED_DIR). The Alma-Ata check did NOT run.\n',
  );

/** Opens the meetings list and clicks the first meeting whose text matches, preferring `prefer`. */
async function openMeeting(page: Page, baseUrl: string, match: RegExp, prefer?: RegExp): Promise<string> {
  await page.goto('about:blank'); // a fresh page: no filter left over from an earlier test
  await page.goto(`${baseUrl}#/meetings`);
  const items = page.locator('[data-testid="meeting-item"]');
  await items.first().waitFor({ timeout: 30_000 });
  const matching = items.filter({ hasText: match });
  const preferred = prefer ? matching.filter({ hasText: prefer }) : matching;
  const item = (await preferred.count()) > 0 ? preferred.first() : matching.first();
  expect(await item.count(), `a meeting matching ${match} is listed`).toBe(1);
  await item.locator('a').click();
  const record = page.locator('[data-testid="record"]');
  await record.waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="record"] mark.evidence').first().waitFor({ timeout: 30_000 });
  return (await record.getAttribute('data-record-id')) ?? '';
}

// Generous timeouts: under CI every package's tests share two cores.
describe.skipIf(!hasChromium)('the explorer in Chromium', { timeout: 90_000 }, () => {
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  let client: DossierClient;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    api = await startApi();
    client = createDossierClient({ endpoint: api.endpoint });
    baseUrl = new URL('/explorer/', api.endpoint).href;
    await client.ingestDocument({
      text: LJUBLJANA_ARTICLE,
      title: 'Slovenia and Croatia open a joint flood-warning centre',
      publisher: 'Explorer Test Wire',
      publishedAt: '2025-09-15',
    });
    for (const name of seedFiles) {
      const result = await client.ingestDocument({
        text: readFileSync(join(seedsDir, name), 'utf8'),
        title: name,
      });
      expect(result.document.id).toBeTruthy();
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    mkdirSync(artifactsDir, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    api?.child.kill('SIGTERM');
  });

  it('is served by the API under /explorer/', async () => {
    const response = await fetch(baseUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('opens a meeting of our own article with its evidence highlighted in place', async () => {
    const id = await openMeeting(page, baseUrl, /Ljubljana/);
    const documents = await expectHighlightsMatchEvidence(page, client, id);
    expect(documents.map((document) => document.text)).toEqual([LJUBLJANA_ARTICLE]);
    await expect(page.locator('[data-testid="record"] h2').textContent()).resolves.toMatch(
      /bilateral meeting in Ljubljana/i,
    );
    expect(pageErrors).toEqual([]);
  });

  it('filters meetings on the server (kind) and narrows them by words', async () => {
    await page.goto(`${baseUrl}#/meetings`);
    await page.locator('[data-testid="meeting-item"]').first().waitFor();
    await page.getByLabel('Words', { exact: true }).fill('Ljubljana');
    await expect.poll(() => page.locator('[data-testid="meeting-item"]').count()).toBe(1);
    await page.getByLabel('Words', { exact: true }).fill('');
    await page.getByLabel('Kind', { exact: true }).selectOption('SUMMIT');
    await expect.poll(() => page.locator('[data-testid="meeting-item"]').count()).toBe(0);
    await page.getByLabel('Kind', { exact: true }).selectOption('BILATERAL');
    await expect.poll(() => page.locator('[data-testid="meeting-item"]').count()).toBeGreaterThan(0);
    const kinds = await page.locator('[data-testid="meeting-item"] strong').allTextContents();
    for (const kind of kinds) expect(kind).toMatch(/^bilateral meeting/);
  });

  it('filters statements by quote words, and searches every record', async () => {
    await page.goto('about:blank');
    await page.goto(`${baseUrl}#/statements`);
    await page.locator('[data-testid="statement-item"]').first().waitFor({ timeout: 30_000 });
    await page.getByLabel('Quote words', { exact: true }).fill('Sava border');
    await expect
      .poll(() => page.locator('[data-testid="statement-item"] strong').allTextContents(), {
        timeout: 30_000,
      })
      .toEqual(['Nina Zupan']);
    await page.goto(`${baseUrl}#/search?q=Ljubljana`);
    await page.locator('[data-testid="search-item"]').first().waitFor({ timeout: 30_000 });
    const kinds = await page.locator('[data-testid="search-item"] .kicker').allTextContents();
    expect(kinds).toContain('Meeting');
    await page.locator('[data-testid="search-item"]', { hasText: 'Meeting' }).first().locator('a').click();
    await page.locator('[data-testid="record"][data-typename="Meeting"] mark.evidence').first().waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("downloads the meetings listed as CSV, with the panel's filter", async () => {
    await page.goto('about:blank');
    await page.goto(`${baseUrl}#/meetings`);
    await page.locator('[data-testid="meeting-item"]').first().waitFor({ timeout: 30_000 });
    await page.getByLabel('Words', { exact: true }).fill('Ljubljana');
    await expect.poll(() => page.locator('[data-testid="meeting-item"]').count()).toBe(1);
    const listedId = await page.locator('[data-testid="meeting-item"]').getAttribute('data-record-id');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv').click()]);
    const path = join(artifactsDir, 'meetings.csv');
    await download.saveAs(path);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.id)).toEqual([listedId]);
    const row = parsed.data[0]!;
    expect(row.participants?.split('; ').sort()).toEqual(['Ivo Maric', 'Nina Zupan']);
    expect(row.place).toBe('Ljubljana');
    expect(row.publishers).toBe('Explorer Test Wire');
    expect(row.evidence).toContain('Ljubljana');
    expect(pageErrors).toEqual([]);
  });

  it('draws meetings as a network, filters it by date, and opens the meetings of a clicked edge', async () => {
    await page.goto('about:blank');
    await page.goto(`${baseUrl}#/network`);
    const graph = page.getByTestId('network');
    const pair = page.locator('[data-testid="network-edges"] button', { hasText: /Nina Zupan|Ivo Maric/ });
    // The period filter is sent to the API: before September 2025 the pair did not meet.
    await page.getByLabel('To', { exact: true }).fill('2025-09-01');
    await expect.poll(() => graph.getAttribute('data-period'), { timeout: 30_000 }).toBe('..2025-09-01');
    expect(await pair.count()).toBe(0);
    await page.getByLabel('To', { exact: true }).fill('');
    await page.getByLabel('From', { exact: true }).fill('2025-09-01');
    await expect.poll(() => graph.getAttribute('data-period'), { timeout: 30_000 }).toBe('2025-09-01..');
    expect(await pair.count()).toBe(1);
    // The edge carries the meetings of our article that name both (held, and agreed for later).
    const meetingIds = (await pair.getAttribute('data-meeting-ids'))?.split(' ') ?? [];
    expect(meetingIds.length).toBeGreaterThan(0);
    await expect(pair.textContent()).resolves.toMatch(
      new RegExp(`^(Nina Zupan — Ivo Maric|Ivo Maric — Nina Zupan) \\(${meetingIds.length}\\)$`),
    );
    for (const id of meetingIds) {
      const meeting = await client.record(id);
      expect(meeting?.documents.map((document) => document.text)).toEqual([LJUBLJANA_ARTICLE]);
    }
    // Click the edge where Cytoscape drew it on the canvas.
    await expect.poll(() => pair.getAttribute('data-x')).not.toBeNull();
    const box = (await graph.boundingBox())!;
    const x = Number(await pair.getAttribute('data-x'));
    const y = Number(await pair.getAttribute('data-y'));
    await page.mouse.click(box.x + x, box.y + y);
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toBe(`#/network/${encodeURIComponent(meetingIds[0]!)}`);
    await expect
      .poll(() =>
        page.getByTestId('edge-meeting').evaluateAll((items) => items.map((item) => item.dataset.recordId)),
      )
      .toEqual(meetingIds);
    await page.locator('[data-testid="record"] mark.evidence').first().waitFor({ timeout: 30_000 });
    await expectHighlightsMatchEvidence(page, client, meetingIds[0]!);
    await page.screenshot({ path: join(artifactsDir, 'network.png'), fullPage: false });
    expect(pageErrors).toEqual([]);
  });

  it("shows one actor's timeline, with the bilateral nested in the summit it was held within", async () => {
    await page.goto('about:blank');
    // Ingested here, not up front: it adds a summit, which the kind filter test expects none of.
    await client.ingestDocument({
      text: SIDELINES_ARTICLE,
      title: 'Nordic leaders talk ports',
      publishedAt: '2025-06-03',
    });
    await page.goto(`${baseUrl}#/timeline`);
    const actor = page.getByLabel('Actor', { exact: true });
    await actor.locator('option', { hasText: 'Tarja Lund' }).waitFor({ state: 'attached', timeout: 30_000 });
    await actor.selectOption({ label: 'Tarja Lund' });
    const nested = page.locator('[data-testid="timeline"] ol[data-within] [data-testid="timeline-meeting"]');
    await nested.first().waitFor({ timeout: 30_000 });
    const bilateralId = await nested.first().getAttribute('data-record-id');
    const withinId = await page
      .locator('[data-testid="timeline"] ol[data-within]')
      .first()
      .getAttribute('data-within');
    const response = await fetch(api!.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'query ($id: ID!) { node(id: $id) { ... on Meeting { kind within { id kind } participants { name } } } }',
        variables: { id: bilateralId },
      }),
    });
    const { data } = (await response.json()) as {
      data: {
        node: { kind: string; within: { id: string; kind: string }; participants: { name: string }[] };
      };
    };
    expect(data.node.kind).toBe('BILATERAL');
    expect(data.node.participants.map((p) => p.name)).toContain('Tarja Lund');
    expect(data.node.within.id).toBe(withinId);
    // The summit heads the nested list, and opening the bilateral shows its highlighted source.
    const head = page.locator(`[data-testid="timeline-meeting"][data-record-id="${withinId}"]`);
    await expect(head.textContent()).resolves.toMatch(/summit meeting/);
    await nested.first().locator('a').click();
    await page.locator('[data-testid="record"] mark.evidence').first().waitFor({ timeout: 30_000 });
    await expectHighlightsMatchEvidence(page, client, bilateralId!);
    await page.screenshot({ path: join(artifactsDir, 'timeline.png'), fullPage: false });
    expect(pageErrors).toEqual([]);
  });

  it('shows a newly ingested article without a reload (live updates)', async () => {
    await page.goto('about:blank');
    await page.goto(`${baseUrl}#/meetings`);
    await page.locator('[data-testid="meeting-item"]').first().waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.locator('[data-testid="live"]').textContent(), { timeout: 30_000 })
      .toBe('live');
    expect(await page.locator('[data-testid="meeting-item"]', { hasText: 'Szabo' }).count()).toBe(0);
    await client.ingestDocument({
      text: ZAGREB_ARTICLE,
      title: 'Croatia and Hungary agree on a night train',
    });
    await page.locator('[data-testid="meeting-item"]', { hasText: 'Szabo' }).waitFor({ timeout: 30_000 });
    await expect(page.locator('[data-testid="live-notice"]').textContent()).resolves.toContain(
      'Croatia and Hungary agree on a night train',
    );
    expect(pageErrors).toEqual([]);
  });

  it.skipIf(!hasSeeds)('opens the meeting held in Alma-Ata: the highlights are the evidence', async () => {
    const id = await openMeeting(page, baseUrl, /Alma-Ata|Almaty/, /^bilateral/i);
    const documents = await expectHighlightsMatchEvidence(page, client, id);
    const exacts = documents.flatMap((document) => document.spans.map((span) => span.exact));
    expect(exacts.some((exact) => exact.includes('Alma-Ata'))).toBe(true);
    await page.screenshot({ path: join(artifactsDir, 'explorer.png'), fullPage: false });
    expect(pageErrors).toEqual([]);
  });

  it.skipIf(hasSeeds)('saves a screenshot of our own article when there are no seeds', async () => {
    await openMeeting(page, baseUrl, /Ljubljana/);
    await page.screenshot({ path: join(artifactsDir, 'explorer.png'), fullPage: false });
  });
});

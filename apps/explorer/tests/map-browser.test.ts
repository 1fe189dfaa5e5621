// The map in a real browser, on the development corpus: the real API with an in-memory store,
// the dev articles and the seeds ingested through the GraphQL mutation, Debian's Chromium through
// playwright-core. Checks that every point drawn is a meeting place the API knows, at its
// coordinates and sized by its meetings, that clicking one lists those meetings and opens the
// first with its evidence highlighted, and that the page fetched nothing from another origin.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDossierClient, type DossierClient } from '@dossier/client';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifactsDir,
  CHROMIUM,
  CHROMIUM_ARGS,
  expectHighlightsMatchEvidence,
  hasChromium,
  seedsDir,
  sharedDir,
  startApi,
} from './harness.ts';

const devDir = join(sharedDir, 'eval/dev/articles');

interface ManifestEntry {
  file: string;
  title?: string;
  publisher?: string;
  published?: string;
}

function devArticles(): ManifestEntry[] {
  const manifest = join(devDir, 'manifest.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as ManifestEntry[]) : [];
}

const dev = devArticles();
const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((name) => name.endsWith('.txt')) : [];
const canRun = hasChromium && dev.length > 0;
if (!canRun)
  console.warn(
    `\n[explorer map test] SKIPPED: ${hasChromium ? `no dev corpus in ${devDir}` : `no Chromium at ${CHROMIUM}`}. ` +
      'The map test did NOT run.\n',
  );

interface ApiPlace {
  id: string;
  name: string;
  coordinates: { latitude: number; longitude: number } | null;
}

/** Every meeting's place as the API gives it, page by page (the API caps a page at 100). */
async function meetingPlaces(endpoint: string): Promise<Array<{ id: string; place: ApiPlace | null }>> {
  const out: Array<{ id: string; place: ApiPlace | null }> = [];
  let after: string | null = null;
  do {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'query ($after: String) { meetings(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id place { id name coordinates { latitude longitude } } } } } }',
        variables: { after },
      }),
    });
    const body = (await response.json()) as {
      data: {
        meetings: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{ node: { id: string; place: ApiPlace | null } }>;
        };
      };
    };
    out.push(...body.data.meetings.edges.map((edge) => edge.node));
    after = body.data.meetings.pageInfo.hasNextPage ? body.data.meetings.pageInfo.endCursor : null;
  } while (after);
  return out;
}

interface DrawnPoint {
  placeId: string;
  name: string;
  meetings: number;
  cx: number;
  cy: number;
  title: string;
}

function drawnPoints(page: Page): Promise<DrawnPoint[]> {
  return page.$$eval('[data-testid="map"] circle[data-testid="map-place"]', (circles) =>
    circles.map((circle) => ({
      placeId: circle.getAttribute('data-place-id') ?? '',
      name: circle.getAttribute('data-name') ?? '',
      meetings: Number(circle.getAttribute('data-meetings')),
      cx: Number(circle.getAttribute('cx')),
      cy: Number(circle.getAttribute('cy')),
      title: circle.querySelector('title')?.textContent ?? '',
    })),
  );
}

describe.skipIf(!canRun)('the map in Chromium, on the dev corpus', { timeout: 120_000 }, () => {
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  let client: DossierClient;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    api = await startApi();
    client = createDossierClient({ endpoint: api.endpoint });
    baseUrl = new URL('/explorer/', api.endpoint).href;
    for (const article of dev) {
      await client.ingestDocument({
        text: readFileSync(join(devDir, article.file), 'utf8'),
        title: article.title ?? article.file,
        publisher: article.publisher ?? null,
        publishedAt: article.published ?? null,
      });
    }
    for (const name of seeds)
      await client.ingestDocument({ text: readFileSync(join(seedsDir, name), 'utf8'), title: name });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(new URL(api!.endpoint).origin) && !url.startsWith('about:'))
        foreignRequests.push(url);
    });
    mkdirSync(artifactsDir, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    api?.child.kill('SIGTERM');
  });

  it('draws the world outline and one point per meeting place the API places, sized by its meetings', async () => {
    await page.goto(`${baseUrl}#/map`);
    const map = page.getByTestId('map');
    await page
      .locator('[data-testid="map"] circle[data-testid="map-place"]')
      .first()
      .waitFor({ timeout: 60_000 });
    // Natural Earth 1:110m has 177 countries: the outline came with the page, not from a server.
    expect(await page.locator('[data-testid="map"] .map-countries path').count()).toBeGreaterThan(170);
    const meetings = await meetingPlaces(api!.endpoint);
    const expected = new Map<string, { name: string; count: number }>();
    for (const meeting of meetings) {
      if (!meeting.place?.coordinates) continue;
      const have = expected.get(meeting.place.id) ?? { name: meeting.place.name, count: 0 };
      have.count += 1;
      expected.set(meeting.place.id, have);
    }
    const points = await drawnPoints(page);
    expect(await map.getAttribute('data-places')).toBe(String(expected.size));
    expect(
      new Map(points.map((point) => [point.placeId, { name: point.name, count: point.meetings }])),
    ).toEqual(expected);
    // Minsk is the dev corpus' most frequent meeting place, at the gazetteer's point.
    const minskPlace = meetings.find((meeting) => meeting.place?.name === 'Minsk')?.place;
    expect(minskPlace?.coordinates).toEqual({ latitude: 53.9, longitude: 27.57 });
    const minsk = points.find((point) => point.name === 'Minsk')!;
    expect(minsk.placeId).toBe(minskPlace?.id);
    expect(minsk.meetings).toBe(expected.get(minskPlace!.id)?.count);
    expect(minsk.meetings).toBeGreaterThan(3);
    expect(minsk.title).toBe(`Minsk: ${minsk.meetings} meetings`);
    expect(Math.max(...points.map((point) => point.meetings))).toBe(minsk.meetings);
    // Drawn where they lie: Minsk east of Brussels and north of Sochi; Washington west of both.
    const at = (name: string) => points.find((point) => point.name === name)!;
    expect(minsk.cx).toBeGreaterThan(at('Brussels').cx);
    expect(minsk.cy).toBeLessThan(at('Sochi').cy);
    expect(at('Washington').cx).toBeLessThan(at('Brussels').cx);
    // A meeting held at a venue (the Kremlin) has no point of its own, and the legend says so.
    await expect(page.locator('.network-legend').textContent()).resolves.toMatch(
      /\d+ at a place with no point \(a venue or region\)/,
    );
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("lists a clicked place's meetings and opens the first with its evidence highlighted", async () => {
    await page.goto('about:blank');
    await page.goto(`${baseUrl}#/map`);
    const minsk = page.locator('[data-testid="map"] circle[data-name="Minsk"]');
    await minsk.waitFor({ timeout: 60_000 });
    const placeId = (await minsk.getAttribute('data-place-id'))!;
    const meetingIds =
      (await page
        .locator(`[data-testid="map-places"] button[data-place-id="${placeId}"]`)
        .getAttribute('data-meeting-ids')) ?? '';
    const ids = meetingIds.split(' ').filter(Boolean);
    expect(ids.length).toBe(Number(await minsk.getAttribute('data-meetings')));
    await minsk.click();
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toBe(`#/map/${encodeURIComponent(ids[0]!)}`);
    await expect
      .poll(() =>
        page.getByTestId('place-meeting').evaluateAll((items) => items.map((item) => item.dataset.recordId)),
      )
      .toEqual(ids);
    // every meeting listed is held in Minsk, says the API
    for (const id of ids) {
      const response = await fetch(api!.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query ($id: ID!) { node(id: $id) { ... on Meeting { place { id name } } } }',
          variables: { id },
        }),
      });
      const { data } = (await response.json()) as { data: { node: { place: { id: string; name: string } } } };
      expect(data.node.place).toEqual({ id: placeId, name: 'Minsk' });
    }
    await expect(minsk.getAttribute('class')).resolves.toContain('selected');
    await page.locator('[data-testid="record"] mark.evidence').first().waitFor({ timeout: 30_000 });
    await expectHighlightsMatchEvidence(page, client, ids[0]!);
    await page.screenshot({ path: join(artifactsDir, 'map.png'), fullPage: false });
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

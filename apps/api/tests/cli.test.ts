// The built command line, run as a user runs it: a child process.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@dossier/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

let work: string;
const ARTICLE_A =
  'WARSAW, April 9, 2024 — Polish Foreign Minister Adam Nowak met his Czech counterpart Petr Svoboda in Warsaw on Tuesday to discuss rail links.\n\n"We want trains between our capitals to take four hours, not seven," Nowak said.\n';
const ARTICLE_B =
  'PRAGUE, April 10, 2024 — Czech Foreign Minister Petr Svoboda said on Wednesday that his talks with Polish Foreign Minister Adam Nowak in Warsaw had been productive.\n';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  mkdirSync(join(work, 'articles'));
  writeFileSync(join(work, 'articles', 'b-prague.md'), ARTICLE_B);
  writeFileSync(join(work, 'articles', 'a-warsaw.txt'), ARTICLE_A);
  writeFileSync(join(work, 'articles', 'c-empty.txt'), '  \n');
  writeFileSync(join(work, 'articles', 'notes.json'), '{}');
  writeFileSync(
    join(work, 'latin1.txt'),
    Buffer.from([0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f]),
  );
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('dossier', () => {
  it('prints help for the program and for each command', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Usage: dossier <command>/);
    expect(top.stdout).toMatch(/serve[\s\S]*ingest[\s\S]*extract/);
    for (const command of ['serve', 'ingest', 'extract']) {
      const help = await runCli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: dossier ${command}`);
    }
  });

  it('keeps each environment variable of serve --help apart from its meaning', async () => {
    const { stdout } = await runCli(['serve', '--help']);
    const variables = stdout.split('Environment:\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(variables.length).toBeGreaterThan(5);
    for (const line of variables) expect(line).toMatch(/^ {2}[A-Z_]+ {2,}\S/);
  });

  it('refuses unknown commands and flags with exit code 2', async () => {
    const command = await runCli(['frobnicate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/unknown command "frobnicate"/);
    const flag = await runCli(['ingest', '--bogus', 'x.txt']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--bogus/);
    expect(flag.stderr).toMatch(/dossier ingest --help/);
    const none = await runCli([]);
    expect(none.code).toBe(2);
  });
});

describe('dossier extract', () => {
  it('prints the extraction of a file as JSON', async () => {
    const file = join(work, 'articles', 'a-warsaw.txt');
    const { code, stdout } = await runCli(['extract', file, '--published-at', '2024-04-09']);
    expect(code).toBe(0);
    const extraction = JSON.parse(stdout) as Record<string, unknown>;
    for (const key of ['persons', 'organizations', 'places', 'meetings', 'statements']) {
      expect(Array.isArray(extraction[key])).toBe(true);
    }
  });

  it('reads standard input for -', async () => {
    const { code, stdout } = await runCli(['extract', '-', '--compact'], { input: ARTICLE_B });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout)).toHaveProperty('meetings');
  });

  it('says clearly when the file is missing or not UTF-8', async () => {
    const missing = await runCli(['extract', join(work, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: no such file or directory/);
    const latin1 = await runCli(['extract', join(work, 'latin1.txt')]);
    expect(latin1.code).toBe(1);
    expect(latin1.stderr).toMatch(/not UTF-8/);
  });
});

describe('dossier serve', () => {
  it('refuses to listen on a reachable address without a write token', async () => {
    const { code, stderr } = await runCli(['serve', '--host', '0.0.0.0', '--database', 'memory://']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/refusing to listen on 0\.0\.0\.0 without a write token/);
  });

  it('refuses bad configuration with exit code 2', async () => {
    const { code, stderr } = await runCli(['serve'], { env: { DOSSIER_PORT: 'eighty' } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/DOSSIER_PORT must be a port number/);
  });
});

describe('dossier ingest', () => {
  it('ingests a directory in name order into an embedded store; a bad file fails alone', async () => {
    const database = join(work, 'store');
    const articles = join(work, 'articles');
    const first = await runCli([
      'ingest',
      articles,
      join(work, 'missing.txt'),
      '--database',
      database,
      '--json',
    ]);
    const outcomes = first.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; status: string; error?: { code: string } });
    // In the order given: the directory's files by name, then the missing file.
    expect(outcomes.map((o) => [o.file.replace(work, ''), o.status, o.error?.code])).toEqual([
      ['/articles/a-warsaw.txt', 'created', undefined],
      ['/articles/b-prague.md', 'created', undefined],
      ['/articles/c-empty.txt', 'failed', 'EMPTY_TEXT'],
      ['/missing.txt', 'failed', 'NOT_FOUND'],
    ]);
    expect(first.code).toBe(1);

    // Run again, as text: the stored articles are recognised and nothing is written twice.
    const again = await runCli([
      'ingest',
      join(articles, 'a-warsaw.txt'),
      join(articles, 'b-prague.md'),
      '--database',
      database,
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/exists\s+\S*a-warsaw\.txt -> document \S+ \(already stored/);
    expect(again.stdout).toMatch(/2 articles: 0 created, 2 already stored, 0 failed/);
    // Two runs of the command, each opening an embedded store: twice the usual time.
  });

  it('ingests a JSONL batch line by line: good lines go in, bad lines are reported', async () => {
    const batch = join(work, 'batch.jsonl');
    writeFileSync(
      batch,
      [
        JSON.stringify({
          text: 'OSLO, March 3 — Norwegian Defence Minister Lars Berg met Danish Defence Minister Karen Holm in Oslo.',
          title: 'Oslo talks',
          publishedAt: '2025-03-03',
        }),
        '{"text": "unterminated',
        JSON.stringify({ title: 'no text here' }),
        '',
        JSON.stringify({ text: '   ' }),
        JSON.stringify({
          text: 'HELSINKI, March 4 — Finnish Foreign Minister Mika Laine met Estonian Foreign Minister Tiit Kask in Helsinki.',
        }),
      ].join('\n'),
    );
    const run = await runCli(['ingest', batch, '--database', join(work, 'batch-store'), '--json']);
    const outcomes = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; status: string; error?: { code: string } });
    expect(outcomes.map((o) => [o.file.replace(work, ''), o.status, o.error?.code])).toEqual([
      ['/batch.jsonl:1', 'created', undefined],
      ['/batch.jsonl:2', 'failed', 'BAD_JSON'],
      ['/batch.jsonl:3', 'failed', 'BAD_RECORD'],
      ['/batch.jsonl:5', 'failed', 'EMPTY_TEXT'],
      ['/batch.jsonl:6', 'created', undefined],
    ]);
    expect(run.code).toBe(1);
  });

  it('ingests an HTML page as its article text', async () => {
    const page = join(work, 'page.html');
    writeFileSync(
      page,
      '<html><head><title>Talks in Riga</title></head><body><nav>Home | News | Sport</nav><article>' +
        '<p>RIGA, April 2 — Latvian Foreign Minister Anna Ozola met Lithuanian Foreign Minister Jonas Petraitis in Riga on Tuesday.</p>' +
        '<p>The ministers discussed regional security and energy links between the two countries.</p></article></body></html>',
    );
    const run = await runCli(['ingest', page, '--database', join(work, 'html-store'), '--json']);
    const [outcome] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { status: string; warnings: string[] });
    expect(run.code).toBe(0);
    expect(outcome?.status).toBe('created');
    expect(outcome?.warnings.join(' ')).toMatch(/HTML/);
  });

  it('reads a .txt file as text even when it mentions tags, and HTML from a batch line that says so', async () => {
    const prose = join(work, 'tags.txt');
    const text =
      'OSLO, May 6 — Norwegian Foreign Minister Ola Berg met Danish Foreign Minister Ida Holm in Oslo on Monday.\n' +
      'Their staff exchanged drafts marked up with <p>, <br> and <span> tags.\n';
    writeFileSync(prose, text);
    const batch = join(work, 'formats.jsonl');
    const deep = `${'<div>'.repeat(5_000)}<p>Text.</p>`;
    writeFileSync(
      batch,
      `${JSON.stringify({ text: deep, format: 'html' })}\n${JSON.stringify({ text: 'Hi.', format: 'pdf' })}\n`,
    );
    const run = await runCli(['ingest', prose, batch, '--database', join(work, 'format-store'), '--json']);
    const outcomes = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { status: string; warnings?: string[]; error?: { code: string } });
    expect(outcomes.map((o) => [o.status, o.error?.code])).toEqual([
      ['created', undefined],
      ['failed', 'HTML_TOO_DEEP'],
      ['failed', 'BAD_FORMAT'],
    ]);
    expect(outcomes[0]?.warnings?.join(' ')).not.toMatch(/HTML/);
  });

  it('prints what it created and merged', async () => {
    const { code, stdout } = await runCli([
      'ingest',
      join(work, 'articles', 'a-warsaw.txt'),
      '--database',
      'memory://',
    ]);
    expect(code).toBe(0);
    // The document's global id, the one the API prints (base64 of "Document:1").
    expect(stdout).toMatch(/created\s+\S*a-warsaw\.txt -> document RG9jdW1lbnQ6MQ==\n/);
    expect(stdout).toMatch(/new: \d+ persons, \d+ organizations, \d+ places, \d+ meetings, \d+ statements/);
    expect(stdout).toMatch(/merged into existing: \d+ persons/);
  });

  it('refuses a bad date before opening the store', async () => {
    const { code, stderr } = await runCli([
      'ingest',
      work,
      '--published-at',
      'last Tuesday',
      '--database',
      'memory://',
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--published-at "last Tuesday" is not an ISO 8601 date/);
  });

  it('says at once that a store held by a running server is in use, and what to do', async () => {
    const dir = join(work, 'held-store');
    const server = await openStore(dir);
    try {
      const started = Date.now();
      const { code, stderr } = await runCli(['ingest', join(work, 'articles'), '--database', dir]);
      const elapsed = Date.now() - started;
      expect(code).toBe(1);
      expect(stderr).toMatch(
        new RegExp(
          `in use: held by process ${process.pid} .*Stop that process, or send documents to the API`,
        ),
      );
      // the CLI's own start is most of it: no waiting ~12 s for the holder's lock to go stale
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      await server.close();
    }
  });
});

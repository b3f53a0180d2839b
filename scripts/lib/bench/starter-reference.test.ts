import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_PAGES, compareRows } from './paint-compare';
import {
  makeStarterReference,
  readStarterReference,
  referenceRuns,
  validateStarterReference,
  writeStarterReference,
  type StarterReference,
} from './starter-reference';

const meta = {
  date: '2026-11-27T15:00:00.000Z',
  machine: { cpu: 'AMD EPYC', cores: 2, os: 'Linux 6.1 x64', node: 'v24.21.0', chromium: '147.0.7727.0' },
  starter: { source: 'github:withastro/astro examples/blog', astro: '7.3.5', packages: { astro: '7.3.5' } },
  conditions: { network: 'Slow 4G', cpuSlowdown: 4, cache: 'cold', server: 'gzip', runs: 3, interleavedWith: 'ours' },
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases below break a cloned reference in any shape
type Loose = Record<string, any>;
const good = (): StarterReference =>
  makeStarterReference(
    Object.fromEntries(
      STARTER_PAGES.map((p, i) => [
        p,
        [
          { fcp: 380 + i, lcp: 500 },
          { fcp: 400.04, lcp: 520 },
          { fcp: 390, lcp: 510 },
        ],
      ]),
    ),
    meta,
  );
const clone = (): Loose => JSON.parse(JSON.stringify(good()));

describe('makeStarterReference', () => {
  it('keeps every run (to 0.1 ms) and their medians', () => {
    const ref = good();
    expect(ref.pages['/']!.runs).toEqual([
      { fcp: 380, lcp: 500 },
      { fcp: 400, lcp: 520 },
      { fcp: 390, lcp: 510 },
    ]);
    expect(ref.pages['/']).toMatchObject({ fcpMedian: 390, lcpMedian: 510 });
  });
});

describe('validateStarterReference', () => {
  it('accepts what makeStarterReference makes, and the comparison can use it', () => {
    const ref = validateStarterReference(clone(), 'ref.json');
    expect(ref).toEqual(good());
    expect(compareRows({ home: [{ fcp: 312, lcp: 400 }] }, referenceRuns(ref))[0]!.fcp.ratio).toBeCloseTo(
      312 / 390,
      10,
    );
  });

  it.each<[string, (d: Loose) => void, RegExp]>([
    [
      'a wrong schema',
      (d) => {
        d.schema = 2;
      },
      /ref\.json: schema: expected 1/,
    ],
    [
      'a bad date',
      (d) => {
        d.date = 'hôm qua';
      },
      /date: not a date/,
    ],
    [
      'no Chromium version',
      (d) => {
        delete d.machine.chromium;
      },
      /machine\.chromium: expected a non-empty string/,
    ],
    [
      'no Astro version',
      (d) => {
        d.starter.astro = '';
      },
      /starter\.astro/,
    ],
    [
      'a page the comparison needs',
      (d) => {
        delete d.pages['/about/'];
      },
      /pages\["\/about\/"\]: missing/,
    ],
    [
      'no runs',
      (d) => {
        d.pages['/'].runs = [];
      },
      /pages\["\/"\]\.runs: expected at least one run/,
    ],
    [
      'a run without LCP',
      (d) => {
        delete d.pages['/'].runs[1].lcp;
      },
      /pages\["\/"\]\.runs\[1\]\.lcp: expected a number/,
    ],
    [
      'a negative timing',
      (d) => {
        d.pages['/'].runs[0].fcp = -1;
      },
      /runs\[0\]\.fcp/,
    ],
    [
      'a hand-edited median',
      (d) => {
        d.pages['/blog/'].fcpMedian = 300;
      },
      /pages\["\/blog\/"\]\.fcpMedian: 300 is not the median of its runs/,
    ],
  ])('refuses %s, naming the file and field', (_name, spoil, message) => {
    const data = clone();
    spoil(data);
    expect(() => validateStarterReference(data, 'ref.json')).toThrow(message);
    expect(() => validateStarterReference(data, 'ref.json')).toThrow(/README/);
  });
});

describe('reading and writing', () => {
  it('round-trips through a file, and refuses to write an invalid one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'starter-ref-'));
    const file = path.join(dir, 'ref.json');
    await writeStarterReference(good(), file);
    expect(await readStarterReference(file)).toEqual(good());
    const bad = { ...good(), date: 'x' };
    await expect(writeStarterReference(bad, file)).rejects.toThrow(/date/);
    expect(await readStarterReference(file)).toEqual(good());
  });

  it('says what to do when the file is missing or not JSON', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'starter-ref-'));
    await expect(readStarterReference(path.join(dir, 'none.json'))).rejects.toThrow(
      /no starter reference.*--starter DIR/,
    );
    await writeFile(path.join(dir, 'bad.json'), '{');
    await expect(readStarterReference(path.join(dir, 'bad.json'))).rejects.toThrow(/not valid JSON/);
  });

  it('the checked-in reference is valid and names its date, machine and versions', async () => {
    const ref = await readStarterReference();
    expect(ref.machine.chromium).toMatch(/^\d+\./);
    expect(ref.starter.astro).toMatch(/^7\./);
    expect(ref.conditions.runs).toBeGreaterThanOrEqual(5);
    for (const page of STARTER_PAGES) expect(ref.pages[page]!.runs.length).toBe(ref.conditions.runs);
    expect(JSON.parse(await readFile(new URL('./starter-reference.json', import.meta.url), 'utf8')).schema).toBe(1);
  });
});

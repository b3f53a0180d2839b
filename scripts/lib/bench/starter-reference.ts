/**
 * The checked-in reference run of the Astro blog starter (starter-reference.json beside this
 * file): what `npm run bench` compares our first paint with when no built starter is given.
 * The starter's source never enters this repository (fetched code is for reading only); only its
 * timings do, with the machine, browser and versions they were measured on. README, section
 * "Bench", says how to rebuild it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { median, STARTER_PAGES, type PaintRun } from './paint-compare.ts';

/** Where the reference lives. */
export const STARTER_REFERENCE_PATH = new URL('./starter-reference.json', import.meta.url);

export interface StarterPageRuns {
  fcpMedian: number;
  lcpMedian: number;
  runs: PaintRun[];
}

export interface StarterReference {
  schema: 1;
  /** ISO date and time of the run. */
  date: string;
  machine: { cpu: string; cores: number; os: string; node: string; chromium: string; loadAverage?: string };
  starter: { source: string; astro: string; packages: Record<string, string> };
  conditions: {
    network: string;
    cpuSlowdown: number;
    cache: string;
    server: string;
    runs: number;
    interleavedWith: string;
  };
  /** Per starter page (path under its root): medians and every run. */
  pages: Record<string, StarterPageRuns>;
}

function fail(file: string, where: string, problem: string): never {
  throw new Error(`${file}: ${where}: ${problem}. Rebuild the reference as README (section “Bench”) says.`);
}

function str(file: string, where: string, v: unknown): string {
  if (typeof v !== 'string' || !v.trim()) fail(file, where, `expected a non-empty string, got ${JSON.stringify(v)}`);
  return v;
}

function num(file: string, where: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
    fail(file, where, `expected a number ≥ 0, got ${JSON.stringify(v)}`);
  return v;
}

function obj(file: string, where: string, v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    fail(file, where, `expected an object, got ${JSON.stringify(v)}`);
  return v as Record<string, unknown>;
}

/**
 * Check a parsed reference: every field present and typed, every page the comparison needs
 * there with at least one run, and each stored median equal to the median of its runs (a
 * hand-edited median is caught). `file` names the source in error messages.
 *
 * @example
 * validateStarterReference(JSON.parse(text), 'starter-reference.json').pages['/'].fcpMedian // 384
 */
export function validateStarterReference(data: unknown, file: string): StarterReference {
  const root = obj(file, 'top level', data);
  if (root.schema !== 1) fail(file, 'schema', `expected 1, got ${JSON.stringify(root.schema)}`);
  const date = str(file, 'date', root.date);
  if (Number.isNaN(Date.parse(date))) fail(file, 'date', `not a date: ${JSON.stringify(date)}`);
  const m = obj(file, 'machine', root.machine);
  const machine = {
    cpu: str(file, 'machine.cpu', m.cpu),
    cores: num(file, 'machine.cores', m.cores),
    os: str(file, 'machine.os', m.os),
    node: str(file, 'machine.node', m.node),
    chromium: str(file, 'machine.chromium', m.chromium),
    ...(m.loadAverage === undefined ? {} : { loadAverage: str(file, 'machine.loadAverage', m.loadAverage) }),
  };
  const s = obj(file, 'starter', root.starter);
  const pkgs = obj(file, 'starter.packages', s.packages);
  const starter = {
    source: str(file, 'starter.source', s.source),
    astro: str(file, 'starter.astro', s.astro),
    packages: Object.fromEntries(Object.entries(pkgs).map(([k, v]) => [k, str(file, `starter.packages.${k}`, v)])),
  };
  const c = obj(file, 'conditions', root.conditions);
  const conditions = {
    network: str(file, 'conditions.network', c.network),
    cpuSlowdown: num(file, 'conditions.cpuSlowdown', c.cpuSlowdown),
    cache: str(file, 'conditions.cache', c.cache),
    server: str(file, 'conditions.server', c.server),
    runs: num(file, 'conditions.runs', c.runs),
    interleavedWith: str(file, 'conditions.interleavedWith', c.interleavedWith),
  };
  const p = obj(file, 'pages', root.pages);
  const pages: Record<string, StarterPageRuns> = {};
  for (const page of STARTER_PAGES)
    if (!(page in p)) fail(file, `pages["${page}"]`, 'missing (the comparison needs it)');
  for (const [page, value] of Object.entries(p)) {
    const where = `pages["${page}"]`;
    const v = obj(file, where, value);
    if (!Array.isArray(v.runs) || !v.runs.length) fail(file, `${where}.runs`, 'expected at least one run');
    const runs = v.runs.map((r, i) => {
      const run = obj(file, `${where}.runs[${i}]`, r);
      return { fcp: num(file, `${where}.runs[${i}].fcp`, run.fcp), lcp: num(file, `${where}.runs[${i}].lcp`, run.lcp) };
    });
    const fcpMedian = num(file, `${where}.fcpMedian`, v.fcpMedian);
    const lcpMedian = num(file, `${where}.lcpMedian`, v.lcpMedian);
    for (const [key, stored] of [
      ['fcp', fcpMedian],
      ['lcp', lcpMedian],
    ] as const) {
      const computed = median(runs.map((r) => r[key]));
      if (Math.abs(computed - stored) > 0.5)
        fail(file, `${where}.${key}Median`, `${stored} is not the median of its runs (${computed})`);
    }
    pages[page] = { fcpMedian, lcpMedian, runs };
  }
  return { schema: 1, date, machine, starter, conditions, pages };
}

/**
 * Build a reference from the starter's runs of one bench run (medians rounded to 0.1 ms).
 *
 * @example
 * makeStarterReference({ '/': [{ fcp: 380, lcp: 400 }] }, meta).pages['/'].fcpMedian // 380
 */
export function makeStarterReference(
  runs: Readonly<Record<string, readonly PaintRun[]>>,
  meta: Omit<StarterReference, 'schema' | 'pages'>,
): StarterReference {
  const round = (v: number) => Math.round(v * 10) / 10;
  const pages = Object.fromEntries(
    Object.entries(runs).map(([page, list]) => {
      const rounded = list.map((r) => ({ fcp: round(r.fcp), lcp: round(r.lcp) }));
      return [
        page,
        {
          fcpMedian: round(median(rounded.map((r) => r.fcp))),
          lcpMedian: round(median(rounded.map((r) => r.lcp))),
          runs: rounded,
        },
      ];
    }),
  );
  return { schema: 1, ...meta, pages };
}

/** The starter's runs per page, as compareRows() takes them. */
export function referenceRuns(ref: StarterReference): Record<string, PaintRun[]> {
  return Object.fromEntries(Object.entries(ref.pages).map(([page, v]) => [page, v.runs]));
}

/** A one-line description of the reference for the printed table. */
export function describeReference(ref: StarterReference): string {
  return `reference run of ${ref.date.slice(0, 10)}, ${ref.starter.source}, Astro ${ref.starter.astro}, ${ref.machine.cpu} × ${ref.machine.cores}, ${ref.machine.os}, Node ${ref.machine.node}, Chromium ${ref.machine.chromium}; not interleaved with this run — pass --starter DIR for that`;
}

/** Read and validate the checked-in reference (or another file). */
export async function readStarterReference(file: URL | string = STARTER_REFERENCE_PATH): Promise<StarterReference> {
  const name = file instanceof URL ? fileURLToPath(file) : file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(
      `${name}: no starter reference. Rebuild it as README (section “Bench”) says, or pass --starter DIR.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${name}: not valid JSON (${(e as Error).message})`, { cause: e });
  }
  return validateStarterReference(data, name);
}

/** Write a reference (validated first, so a bad one is never saved). */
export async function writeStarterReference(
  ref: StarterReference,
  file: URL | string = STARTER_REFERENCE_PATH,
): Promise<void> {
  validateStarterReference(JSON.parse(JSON.stringify(ref)), file instanceof URL ? fileURLToPath(file) : file);
  await writeFile(file, `${JSON.stringify(ref, null, 2)}\n`);
}

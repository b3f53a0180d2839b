/**
 * The date a source file last changed, from the repository's history: the honest "Cập nhật ngày"
 * of a poster whose content has no date of its own (the directive's points: the text and plain
 * readings live in one Markdown file). The same commit always gives the same date, so builds stay
 * reproducible; without git or history the answer is null and the poster says "chưa cập nhật".
 */
import { spawnSync } from 'node:child_process';

const cache = new Map<string, string | null>();

/**
 * ISO date (YYYY-MM-DD, committer date) of the last commit that touched `file`, or null.
 *
 * @example
 * lastChangeDate('content/van-ban/chi-thi-2022-02-21.md') // '2026-11-20'
 */
export function lastChangeDate(file: string, cwd: string = process.cwd()): string | null {
  const key = `${cwd}\0${file}`;
  if (!cache.has(key)) {
    const run = spawnSync('git', ['log', '-1', '--format=%cs', '--', file], { cwd, encoding: 'utf8', timeout: 10_000 });
    const out = run.status === 0 ? run.stdout.trim() : '';
    cache.set(key, /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : null);
  }
  return cache.get(key)!;
}

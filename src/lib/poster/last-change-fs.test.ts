import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastChangeDate } from './last-change-fs';

describe('lastChangeDate', () => {
  const outside = mkdtempSync(path.join(os.tmpdir(), 'dv-nogit-'));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('gives the date of the last commit of a tracked file', () => {
    const date = lastChangeDate('content/van-ban/chi-thi-2022-02-21.md');
    // A checkout without history (a tarball) has no date; with history it is a real calendar date.
    if (date !== null) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(date))).toBe(false);
    }
  });

  it('is null for an untracked file and outside a repository, never a guess', () => {
    expect(lastChangeDate('khong-co-tep-nay.md')).toBeNull();
    expect(lastChangeDate('a.md', outside)).toBeNull();
  });
});

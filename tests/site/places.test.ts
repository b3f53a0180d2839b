import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlaces } from '../../src/lib/places/load-places-fs';
import { isDistrictLevel } from '../../src/vocab/places';
import { parseFrontMatter } from '../../src/lib/stories/check-stories';
import { checkStoryFiles } from '../../src/lib/stories/check-stories-fs';
import { readBuilt, requireBuild } from '../helpers/built-site';

/**
 * Places in the built site: a page per place that has published stories (never 104 empty ones),
 * each with its one line about the end of the district level on 01/07/2025, and story facts that
 * no longer say "nay thuộc tỉnh Hưng Yên" for a former district.
 */
const { places } = readPlaces();
const published = checkStoryFiles('.', places)
  .stories.filter((s) => !s.draft)
  .map((s) => ({ slug: s.slug, place: String(parseFrontMatter(s.text ?? '').data?.place) }));
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('place pages', () => {
  it('exist only for places that have published stories', () => {
    const made = readdirSync(path.join(requireBuild('root'), 'dan-van-kheo/dia-ban')).sort();
    expect(made).toEqual([...new Set(published.map((s) => s.place))].sort());
    expect(made.length).toBeLessThan(places.length);
  });

  it('at least one story names a commune-level unit of today, and its page lists it', async () => {
    const current = published.filter((s) => places.find((p) => p.id === s.place)?.validFrom === '2025-07-01');
    expect(current.length).toBeGreaterThan(0);
    for (const s of current) {
      const html = text(await readBuilt('root', `dan-van-kheo/dia-ban/${s.place}/index.html`));
      const place = places.find((p) => p.id === s.place)!;
      expect(html).toContain(
        `mã đơn vị hành chính ${place.code}) là đơn vị cấp xã có từ ngày 01/07/2025, khi cấp huyện kết thúc hoạt động.`,
      );
      expect(await readBuilt('root', `dan-van-kheo/dia-ban/${s.place}/index.html`)).toContain(
        `href="/dan-van-kheo/${s.slug}/"`,
      );
    }
  });

  it.each(['root', 'sub'] as const)(
    '%s build: every place page states in one line that the district level ended on 01/07/2025',
    async (build) => {
      for (const id of new Set(published.map((s) => s.place))) {
        const html = await readBuilt(build, `dan-van-kheo/dia-ban/${id}/index.html`);
        const notes = html.match(/<p class="dv-prose dv-place-note"[^>]*>[^<]*<\/p>/g) ?? [];
        expect(notes.length, id).toBe(1);
        expect(notes[0], id).toMatch(/[Cc]ấp huyện kết thúc hoạt động/);
        expect(notes[0], id).toContain('01/07/2025');
        // Which old commune went where is not in the data: nothing may claim it.
        expect(notes[0], id).not.toMatch(/nay thuộc|sáp nhập vào|nhập vào xã/);
      }
    },
  );

  it('a story in a former district says the district level ended, not "nay thuộc tỉnh Hưng Yên"', async () => {
    const former = published.filter((s) => isDistrictLevel(places.find((p) => p.id === s.place)!));
    expect(former.length).toBeGreaterThan(0);
    for (const s of former) {
      const html = text(await readBuilt('root', `dan-van-kheo/${s.slug}/index.html`));
      expect(html, s.slug).toContain('(cấp huyện kết thúc hoạt động từ ngày 01/07/2025)');
      expect(html, s.slug).not.toContain('nay thuộc tỉnh Hưng Yên');
    }
  });
});

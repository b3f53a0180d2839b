import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/lib/static-server';
import { serveBuild, type BuildName } from '../helpers/built-site';

/**
 * Every internal link and #anchor resolves. The sub-path build is served only below /dan-van/,
 * so a link that escapes the base path (a missing `href()`) is broken there.
 */
describe.each<BuildName>(['root', 'sub'])('links in the %s build', (build) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveBuild(build);
  });
  afterAll(() => server.close());

  it('has no broken internal link or anchor', async () => {
    const checker = new LinkChecker();
    const origin = new URL(server.url).origin;
    const result = await checker.check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      concurrency: 20,
      // Only our own pages; the site must not link out to load anything anyway.
      linksToSkip: (link) => Promise.resolve(!link.startsWith(origin)),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map(
        (l) =>
          `${l.url} (${l.status}) ← ${l.parent}${l.failureDetails?.length ? ` ${JSON.stringify(l.failureDetails).slice(0, 200)}` : ''}`,
      );
    expect(broken).toEqual([]);
    const checked = result.links.filter((l) => l.state === LinkState.OK).length;
    expect(checked).toBeGreaterThan(10);
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { RunningServer } from '../../scripts/lib/static-server';
import { launchBrowser } from './browser';
import { serveBuild, type BuildName } from './built-site';

/**
 * Serve a build and start Chromium for the surrounding `describe`, closing both afterwards.
 * Read `server` and `browser` inside tests (they exist once `beforeAll` has run).
 */
export function useBuildInBrowser(build: BuildName): { readonly server: RunningServer; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveBuild(build);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('useBuildInBrowser: the server starts in beforeAll');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('useBuildInBrowser: the browser starts in beforeAll');
      return browser;
    },
  };
}

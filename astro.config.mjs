// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { cspStyles } from './src/integrations/csp-styles.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { publication } from './src/integrations/publication.ts';
import { normalizeBase } from './src/lib/paths.ts';
import { rehypeStoryHtml, remarkStorySafety } from './src/lib/stories/story-mdx-plugins.ts';

/** Build-time settings (see README): the portal may serve the site under a sub-path. */
const base = normalizeBase(process.env.BASE_PATH);
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  // CSS inside each page (a few KB): the first paint waits for no stylesheet request. The strict
  // CSP allows these <style> blocks by hash (src/integrations/csp-styles.ts). Needed explicitly:
  // 'auto' follows assetsInlineLimit below, which is 0 for the scripts' sake.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro 7 defaults to 'jsx', which deletes whitespace between inline elements and glues
  // Vietnamese words together ("Dân vận" → "Dânvận"), in the page and in the search index.
  compressHTML: true,
  devToolbar: { enabled: false },
  // Stories the editor writes are Markdown (content/stories/*/index.md): the same story rules as
  // MDX, so raw HTML, script links and code never reach a page. Only stories render Markdown
  // (the directive's .md is parsed by src/lib/documents, not rendered).
  markdown: {
    processor: unified({ remarkPlugins: [remarkStorySafety], rehypePlugins: [rehypeStoryHtml] }),
    syntaxHighlight: false,
  },
  vite: {
    // Scripts as files, never inlined: 'self' then covers them under a strict CSP, browsers cache
    // them, and inlined modules lose Vite's preload helper (dynamic import breaks).
    build: { assetsInlineLimit: 0 },
  },
  integrations: [
    // Stories are content, not code: MDX runs through unified so that the story rules
    // (src/lib/stories/mdx-safety.ts) refuse imports, {expressions} and unknown tags, and
    // rehype-sanitize cleans the HTML. No syntax highlighting: Shiki writes inline style
    // attributes that the strict CSP blocks. Markdown (.md) keeps Astro's default processor.
    mdx({
      processor: unified({ remarkPlugins: [remarkStorySafety], rehypePlugins: [rehypeStoryHtml] }),
      syntaxHighlight: false,
    }),
    // Widget pages under /nhung/… are for frames and posters under /in/… for paper; their full pages
    // are in the sitemap instead.
    sitemap({ filter: (page) => !/\/(?:nhung|in)\/.+/.test(new URL(page).pathname) }),
    pagefindIndex(),
    // After Pagefind (it edits the search page): lists the inline styles' CSP hashes, checks deploy/.
    cspStyles(),
    // Last: deploy-build checks, all-or-nothing output folder, publication summary.
    publication(),
  ],
});

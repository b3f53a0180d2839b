/**
 * What an `.astro` import is, for tools that read the TypeScript without Astro's language server
 * (typescript-eslint's type-aware rules in `npm run lint`). `astro check` resolves the real files and
 * their props; this wildcard only applies where nothing better is known.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}

/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests: beside their source in src/ and scripts/. Astro's Vite config is used so that
 * components can be rendered through the Container API and `astro:content` resolves.
 */
export default getViteConfig({
  test: {
    name: 'unit',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/helpers/fast-check-seed.ts'],
  },
});

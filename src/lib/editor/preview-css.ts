/**
 * The stylesheet of the editor's preview: the site's own CSS (tokens, base styles) and the styles
 * of the story card and story page components, taken from their source files so the preview never
 * keeps a copy that drifts. Scoped component styles become plain selectors; `:global(x)` becomes x.
 */

/**
 * The CSS inside the `<style>` blocks of an Astro component.
 *
 * @example
 * componentCss('<p/>\n<style>\n  .a :global(.b) { color: red }\n</style>') // '\n  .a .b { color: red }\n'
 */
export function componentCss(source: string): string {
  return [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map((m) => m[1]!.replace(/:global\(([^()]*)\)/g, '$1'))
    .join('\n');
}

/**
 * One stylesheet from the global CSS files (their `@import`s dropped: the files are given in
 * order) and the components' sources.
 *
 * @example
 * previewCss({ globals: ['@layer a;\n@import "./x.css";\nbody{}'], components: [] }).includes('@import') // false
 */
export function previewCss({
  globals,
  components,
}: {
  globals: readonly string[];
  components: readonly string[];
}): string {
  const base = globals.map((css) => css.replace(/^@import\s+[^;]+;\s*$/gm, '')).join('\n');
  const extra = components.map(componentCss).join('\n');
  // The preview frame has no site header: give the page a little room.
  return `${base}\n${extra}\n.dv-preview { padding: var(--dv-space-3); }\n.dv-preview__section + .dv-preview__section { margin-top: var(--dv-space-5); border-top: 1px solid var(--dv-color-border); padding-top: var(--dv-space-3); }\n.dv-preview__cards { list-style: none; padding: 0; max-width: 22rem; }\n.dv-preview__warn { border: 2px solid var(--dv-color-warn-border); background: var(--dv-color-warn-bg); padding: var(--dv-space-2); border-radius: var(--dv-radius); }\n`.replace(
    /\n{3,}/g,
    '\n\n',
  );
}

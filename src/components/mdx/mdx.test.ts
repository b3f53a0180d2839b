import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_EXAMPLES, EXAMPLES, type Example } from './examples';
import { mdxComponents } from './index';

type Name = keyof typeof mdxComponents;
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const cases = (Object.keys(EXAMPLES) as Name[]).flatMap((component) =>
  (EXAMPLES[component] as Example[]).map((example) => ({ component, ...example })),
);

describe('MDX components for staff: named examples', () => {
  it('every component has at least one example', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(mdxComponents).sort());
  });

  it.each(cases)('$component: $name', async ({ component, props, slot, expect: expected }) => {
    const html = await container.renderToString(mdxComponents[component], {
      props,
      ...(slot === undefined ? {} : { slots: { default: slot } }),
    });
    for (const text of expected) expect(html).toContain(text);
    // Nothing from another site loads by default: no iframe, no script, no remote src.
    expect(html).not.toMatch(/<iframe|<script|src="https?:/);
  });

  it.each(BAD_EXAMPLES)('$component refuses $name in Vietnamese', async ({ component, props, message }) => {
    await expect(container.renderToString(mdxComponents[component], { props: props })).rejects.toThrow(message);
  });
});

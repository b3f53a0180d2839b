import { HtmlValidate, formatterFactory } from 'html-validate';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles, requireBuild } from '../helpers/built-site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro emits attributes in its own style; these are formatting, not validity.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    // Vietnamese typographic quotes “ ” are the correct characters.
    'no-raw-characters': 'off',
    // Long Vietnamese headings and table cells are content, not markup problems.
    'long-title': 'off',
  },
});

describe('HTML validity of the built site', async () => {
  const files = await listHtmlFiles('root');
  const dir = requireBuild('root');

  it('builds some pages', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('%s is valid HTML', async (file) => {
    const report = await validator.validateFile(path.join(dir, file));
    const text = report.valid ? '' : formatterFactory('text')(report.results);
    expect(text).toBe('');
  });
});

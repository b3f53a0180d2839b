import vi from './vi.json';

/** Every UI string key; a typo is a type error. */
export type UiKey = keyof typeof vi;

/**
 * Look up a UI string and fill `{name}` placeholders.
 *
 * @example
 * t('search.count', { n: 3, q: 'dân vận' }) // '3 kết quả cho “dân vận”.'
 */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  const template: string = vi[key];
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`t('${key}'): missing value for {${name}}`);
    return String(value);
  });
}

/**
 * The raw template, placeholders kept, for client scripts that fill them at run time.
 *
 * @example
 * template('search.none') // 'Không có kết quả cho “{q}”.'
 */
export function template(key: UiKey): string {
  return vi[key];
}

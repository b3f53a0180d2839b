/**
 * Browser side of /tim-kiem/: reads ?q=, asks Pagefind (loaded on demand from the site's own
 * bundle) and lists results. Pagefind's excerpts are built from our own pages' text with <mark>
 * around matches, so they are inserted as HTML; titles and URLs are set as text/attributes.
 */
interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindData { url: string; excerpt: string; meta: { title?: string }; sub_results: PagefindSubResult[] }
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: Array<{ data(): Promise<PagefindData> }> }>;
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));
}

export async function renderSearch(root: HTMLElement): Promise<void> {
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as Record<string, string>;
  input.value = query;
  if (!query) return;
  status.textContent = messages['loading'] ?? '';
  try {
    const bundle = root.dataset['bundle'] ?? '/pagefind/';
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
    await pagefind.options({ basePath: bundle });
    const search = await pagefind.search(query);
    const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(...data.map(renderResult));
    status.textContent = fill(data.length ? messages['count']! : messages['none']!, { n: search.results.length, q: query });
  } catch (error) {
    console.warn(error);
    status.textContent = messages['error'] ?? '';
  }
}

function renderResult(item: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = item.url;
  a.textContent = item.meta.title ?? item.url;
  h.append(a);
  const p = document.createElement('p');
  p.innerHTML = item.excerpt;
  li.append(h, p);
  const subs = item.sub_results.filter((s) => s.url !== item.url).slice(0, 3);
  if (subs.length) {
    const ul = document.createElement('ul');
    ul.className = 'dv-search__sub';
    for (const s of subs) {
      const sli = document.createElement('li');
      const sa = document.createElement('a');
      sa.href = s.url;
      sa.textContent = s.title;
      sli.append(sa);
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}

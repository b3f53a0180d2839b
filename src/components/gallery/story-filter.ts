/**
 * <dv-story-filter>: the gallery's instant filter (see StoryFilter.astro). Reads its texts and URLs
 * from data-* attributes; builds cards with DOM calls, never from HTML strings.
 */
import { filterIndex, readFilterState, writeFilterState, type StoryIndex } from '../../lib/stories/filter-index';

const PAGE = 24;

class StoryFilter extends HTMLElement {
  #index: Promise<StoryIndex> | undefined;
  #shown = 0;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-filter-form]');
    if (!form) return;
    form.hidden = false;
    const state = readFilterState(new URLSearchParams(location.search));
    for (const [name, value] of Object.entries(state)) {
      const select = form.elements.namedItem(name);
      if (select instanceof HTMLSelectElement) select.value = value;
    }
    form.addEventListener('change', () => void this.apply(form));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.apply(form);
    });
    // `reset` fires before the fields are cleared.
    form.addEventListener('reset', () => setTimeout(() => void this.apply(form)));
    if (Object.keys(state).length) {
      // A shared, filtered URL opens with its filter visible.
      const box = this.querySelector<HTMLDetailsElement>('[data-filter-box]');
      if (box) box.open = true;
      void this.apply(form);
    }
  }

  #load(): Promise<StoryIndex> {
    this.#index ??= fetch(this.dataset.index!).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<StoryIndex>;
    });
    return this.#index;
  }

  async apply(form: HTMLFormElement): Promise<void> {
    const state: Record<string, string> = {};
    for (const el of Array.from(form.elements)) {
      if (el instanceof HTMLSelectElement && el.value) state[el.name] = el.value;
    }
    const url = new URL(location.href);
    url.search = writeFilterState(state).toString();
    history.replaceState(null, '', url);
    const status = this.querySelector<HTMLElement>('[data-filter-status]')!;
    const results = this.querySelector<HTMLUListElement>('[data-filter-results]')!;
    const staticList = this.querySelector<HTMLElement>('[data-filter-static]')!;
    if (!Object.keys(state).length) {
      results.hidden = true;
      staticList.hidden = false;
      status.textContent = '';
      return;
    }
    status.textContent = this.dataset.msgLoading ?? '';
    let index: StoryIndex;
    try {
      index = await this.#load();
    } catch {
      status.textContent = this.dataset.msgError ?? '';
      return;
    }
    const matches = filterIndex(index, state);
    staticList.hidden = true;
    results.hidden = false;
    results.replaceChildren();
    this.#shown = 0;
    status.textContent = matches.length
      ? (this.dataset.msgResult ?? '').replace('{n}', String(matches.length))
      : (this.dataset.msgNone ?? '');
    this.#more(index, matches, results);
  }

  #more(index: StoryIndex, matches: StoryIndex['stories'], results: HTMLUListElement): void {
    results.querySelector('[data-filter-more]')?.remove();
    for (const story of matches.slice(this.#shown, this.#shown + PAGE)) results.append(this.#card(index, story));
    this.#shown += PAGE;
    if (this.#shown < matches.length) {
      const li = document.createElement('li');
      li.dataset.filterMore = '';
      li.className = 'dv-card-grid__more';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `+ ${Math.min(PAGE, matches.length - this.#shown)}`;
      button.addEventListener('click', () => this.#more(index, matches, results));
      li.append(button);
      results.append(li);
    }
  }

  #card(index: StoryIndex, story: StoryIndex['stories'][number]): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'dv-card';
    const article = document.createElement('article');
    const img = document.createElement('img');
    img.src = story.img;
    img.alt = '';
    img.width = 400;
    img.height = 225;
    img.loading = 'lazy';
    img.className = 'dv-card__img';
    const body = document.createElement('div');
    body.className = 'dv-card__body';
    const h2 = document.createElement('h2');
    h2.className = 'dv-card__title';
    const a = document.createElement('a');
    a.href = `${this.dataset.base}${story.slug}/`;
    a.textContent = story.title;
    h2.append(a);
    const meta = document.createElement('p');
    meta.className = 'dv-card__meta';
    const year = (this.dataset.msgYear ?? '{year}').replace('{year}', String(story.year));
    meta.textContent = [
      story.fields.map((f) => index.fields[f] ?? f).join(', '),
      index.places[story.place] ?? story.place,
      year,
    ].join(' · ');
    // The sample mark comes first, as on the cards built at build time (StoryCard.astro).
    if (story.illustrative) {
      const badge = document.createElement('p');
      badge.className = 'dv-illustrative';
      badge.textContent = this.dataset.msgIllustrative ?? '';
      body.append(badge);
    }
    body.append(h2, meta);
    article.append(img, body);
    li.append(article);
    return li;
  }
}

/** Register <dv-story-filter> once. */
export function defineStoryFilter(): void {
  if (!customElements.get('dv-story-filter')) customElements.define('dv-story-filter', StoryFilter);
}

/**
 * <dv-chart data-spec="…">: shows its canvas box and draws the chart when the figure comes within
 * 300 px of the viewport. Chart.js (≈ 50 KB gzip) is a dynamic import, so pages without charts
 * never load it and pages with charts load it only when someone scrolls near one.
 */
import type { ChartSpec } from '../../lib/results/figures';

class DvChart extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    const box = this.querySelector<HTMLElement>('[data-chart-box]');
    if (!box || !this.dataset.spec) return;
    box.hidden = false;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#observer?.disconnect();
        void this.#draw(box);
      },
      { rootMargin: '300px 0px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  async #draw(box: HTMLElement): Promise<void> {
    const canvas = box.querySelector('canvas');
    if (!canvas) return;
    try {
      const spec = JSON.parse(this.dataset.spec!) as ChartSpec;
      const { drawChart } = await import('./draw-chart');
      drawChart(canvas, spec);
      this.dataset.drawn = 'true';
    } catch (error) {
      // The table below still carries the data; hide the empty box rather than show a blank.
      box.hidden = true;
      this.dataset.drawn = 'error';
      console.warn('dv-chart: chart not drawn', error);
    }
  }
}

if (!customElements.get('dv-chart')) customElements.define('dv-chart', DvChart);

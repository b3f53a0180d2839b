/**
 * Items of the updates feed (/cap-nhat.xml): each year's published results and each dataset of
 * /du-lieu/, newest first. Dates come from the data (when it was published), never from the
 * build, so two builds of the same commit give the same feed.
 */
import { ROUTES, yearPath } from '../routes';

export interface UpdateItem {
  title: string;
  description: string;
  /** Site path (base added by the caller). */
  path: string;
  /** ISO date. */
  date: string;
}

/**
 * @example
 * updateItems({ years: [{ year: 2024, published: '2024-12-20', sample: false }], datasets: [] })[0].path // '/ket-qua/2024/'
 */
export function updateItems(input: {
  years: ReadonlyArray<{ year: number; published: string; sample: boolean }>;
  datasets: ReadonlyArray<{ id: string; title: string; description: string; updated: string; sample: boolean }>;
  labels?: {
    results?: (year: number) => string;
    resultsBody?: (year: number) => string;
    dataset?: (title: string) => string;
    sample?: string;
  };
}): UpdateItem[] {
  const l = {
    results: input.labels?.results ?? ((y: number) => `Kết quả đánh giá công tác dân vận năm ${y}`),
    resultsBody: input.labels?.resultsBody ?? ((y: number) => `Kết quả tự chấm và thẩm định năm ${y}, đã ẩn danh.`),
    dataset: input.labels?.dataset ?? ((title: string) => `Dữ liệu mở: ${title}`),
    sample: input.labels?.sample ?? 'Dữ liệu minh họa',
  };
  const mark = (title: string, sample: boolean) => (sample ? `${title} (${l.sample})` : title);
  const items: UpdateItem[] = [
    ...input.years.map((y) => ({
      title: mark(l.results(y.year), y.sample),
      description: l.resultsBody(y.year),
      path: yearPath(y.year),
      date: y.published,
    })),
    // Per-figure datasets are listed together under #bieu-do; the others have their own anchor.
    ...input.datasets.map((d) => ({
      title: mark(l.dataset(d.title), d.sample),
      description: d.description,
      path: d.id.startsWith('bieu-do-') ? `${ROUTES.data}#bieu-do` : `${ROUTES.data}#ds-${d.id}`,
      date: d.updated,
    })),
  ];
  return items.sort(
    (a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path) || a.title.localeCompare(b.title),
  );
}

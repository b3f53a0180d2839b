import { slugifyVi } from '../../vocab/fold-vi';

/** One titled part of a document body, e.g. "Điểm 3" with id `diem-3`. */
export interface BodySection {
  /** ASCII anchor id from the heading: "Điểm 3" → "diem-3" (the public deep-link format). */
  id: string;
  heading: string;
  /** The section's paragraphs, whitespace collapsed, NFC. */
  paragraphs: string[];
}

/**
 * Split a document body written as `## Heading` sections of plain paragraphs. The body is the
 * official wording, so nothing else is interpreted: no Markdown emphasis, no lists.
 *
 * @example
 * parseSections('## Mở đầu\n\nA.\n\n## Điểm 1\n\n1. B.')
 * // [{ id: 'mo-dau', heading: 'Mở đầu', paragraphs: ['A.'] }, { id: 'diem-1', heading: 'Điểm 1', paragraphs: ['1. B.'] }]
 */
export function parseSections(body: string): BodySection[] {
  const sections: BodySection[] = [];
  const blocks = body
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/);
  for (const block of blocks) {
    const text = block.trim();
    if (!text) continue;
    const heading = /^##\s+(.+)$/.exec(text.split('\n')[0]!);
    if (heading) {
      const title = heading[1]!.trim();
      sections.push({ id: slugifyVi(title), heading: title, paragraphs: [] });
      const rest = text.split('\n').slice(1).join(' ').trim();
      if (rest) sections.at(-1)!.paragraphs.push(rest.replace(/\s+/g, ' '));
      continue;
    }
    const current = sections.at(-1);
    if (!current) throw new Error(`Text before the first "## " heading: ${JSON.stringify(text.slice(0, 60))}`);
    current.paragraphs.push(text.replace(/\s+/g, ' '));
  }
  const seen = new Set<string>();
  for (const s of sections) {
    if (seen.has(s.id)) throw new Error(`Two sections have the id "${s.id}" (heading "${s.heading}")`);
    if (!s.paragraphs.length) throw new Error(`Section "${s.heading}" has no text`);
    seen.add(s.id);
  }
  return sections;
}

/**
 * The number of a numbered section ("Điểm 3", "Điều 2"), or null for others ("Mở đầu").
 *
 * @example
 * sectionNumber({ id: 'diem-3', heading: 'Điểm 3', paragraphs: [] }) // 3
 */
export function sectionNumber(section: BodySection): number | null {
  const m = /^(?:Điểm|Điều|Khoản|Mục)\s+(\d+)$/.exec(section.heading);
  return m ? Number(m[1]) : null;
}

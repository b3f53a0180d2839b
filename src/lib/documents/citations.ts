/**
 * Find the documents a text cites and split it into plain and linked segments. A citation is
 * recognised by its number (e.g. "16/CT-TTg", "23-QĐ/TW", "02/2020/QĐ-UBND") or by an exact
 * name listed as an alias ("Luật Tiếp cận thông tin"). A number that looks like a citation but is
 * not in the references collection is reported, so the build can fail instead of leaving it
 * unlinked silently.
 */

/** What the matcher needs of a reference entry. */
export interface CitableReference {
  id: string;
  number: string | null;
  aliases: readonly string[];
}

export type Segment = { text: string; refId?: undefined } | { text: string; refId: string };

/**
 * Vietnamese document numbers: digits, an optional year, then symbol parts that start with a
 * capital letter, joined by "/" or "-" ("16/CT-TTg", "03-CTr/BDVTW-BCSDCP"). Dates ("16/5/2016")
 * and ranges ("2021-2030") have no letters and are not matched.
 */
export const DOCUMENT_NUMBER = /\b\d{1,4}(?:\/\d{4})?[/-][A-ZĐ][\p{L}]*(?:[/-][A-ZĐ][\p{L}]*)*/gu;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Split `text` into segments, linking every known citation.
 *
 * @example
 * const refs = [{ id: 'ct-16', number: '16/CT-TTg', aliases: [] }];
 * linkCitations('theo Chỉ thị số 16/CT-TTg ngày 16/5/2016', refs)
 * // { segments: [{ text: 'theo Chỉ thị số ' }, { text: '16/CT-TTg', refId: 'ct-16' }, { text: ' ngày 16/5/2016' }], unknown: [] }
 */
export function linkCitations(
  text: string,
  refs: readonly CitableReference[],
): { segments: Segment[]; unknown: string[] } {
  const byText = new Map<string, string>();
  for (const ref of refs) {
    if (ref.number) byText.set(ref.number, ref.id);
    for (const alias of ref.aliases) byText.set(alias, ref.id);
  }
  // Longest first, so "Quyết định số 217-QĐ/TW" style aliases win over shorter overlaps.
  const known = [...byText.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp([...known, DOCUMENT_NUMBER.source].join('|'), 'gu');
  const segments: Segment[] = [];
  const unknown: string[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const found = m[0];
    const refId = byText.get(found);
    if (!refId) {
      unknown.push(found);
      continue;
    }
    if (m.index > last) segments.push({ text: text.slice(last, m.index) });
    segments.push({ text: found, refId });
    last = m.index + found.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return { segments: mergePlain(segments), unknown };
}

function mergePlain(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out.at(-1);
    if (prev && prev.refId === undefined && s.refId === undefined) prev.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

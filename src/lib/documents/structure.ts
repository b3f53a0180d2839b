import { formatDateShortVi, formatDateVi } from '../../vocab/format-date-vi';
import { linkCitations, type CitableReference } from './citations';
import { parseSections, sectionNumber } from './parse-body';

/** What the structure needs of a document's front matter (see src/schemas/document.ts). */
export interface DocumentMeta {
  kind: string;
  number: string | null;
  issuer: string;
  issuingBody: string;
  place: string;
  date: string;
  signer: { title: string; name: string };
  title: string;
  subject: string;
  status: 'con-hieu-luc' | 'het-hieu-luc' | 'chua-cap-nhat';
  recipients: string[];
  points: Array<{ n: number; topic: string; plain: string }>;
  editorialNotes: Array<{ section: string; quote: string; note: string }>;
  source: { file: string; description: string };
}

/** A run of official text: plain, a linked citation, or a phrase carrying an editorial note. */
export type TextRun = { text: string; refId?: string | undefined; noteId?: string | undefined };

export interface StructuredSection {
  id: string;
  heading: string;
  /** 1–8 for "Điểm N", null for the preamble and closing. */
  number: number | null;
  topic: string | null;
  plain: string | null;
  paragraphs: TextRun[][];
  /** Official text of the section, paragraphs joined by a blank line. */
  text: string;
  /** Ready-to-paste Vietnamese citation of this section (numbered sections only). */
  citation: string | null;
  refIds: string[];
}

export interface StructuredDocument {
  slug: string;
  /** Absolute URL of the document page. */
  url: string;
  meta: DocumentMeta;
  sections: StructuredSection[];
  notes: Array<{ id: string; section: string; quote: string; note: string }>;
  /** Ids of every cited reference, in order of first citation. */
  refIds: string[];
}

/** A document that cites something the references collection does not hold. */
export class UnknownCitationError extends Error {}

/**
 * "về việc tiếp tục…" from "Về việc tiếp tục…": the subject as it reads inside a sentence.
 *
 * @example
 * subjectInSentence('Về việc A') // 'về việc A'
 */
export function subjectInSentence(subject: string): string {
  return subject.charAt(0).toLocaleLowerCase('vi') + subject.slice(1);
}

/**
 * The document as readers cite it: "Chỉ thị ngày 21/02/2022 của Chủ tịch UBND tỉnh Hưng Yên về…"
 * (with "số …" when the number is known).
 *
 * @example
 * documentCitationName({ kind: 'Chỉ thị', number: null, date: '2022-02-21', issuer: 'Chủ tịch UBND tỉnh Hưng Yên', subject: 'Về việc A' })
 * // 'Chỉ thị ngày 21/02/2022 của Chủ tịch UBND tỉnh Hưng Yên về việc A'
 */
export function documentCitationName(
  meta: Pick<DocumentMeta, 'kind' | 'number' | 'date' | 'issuer' | 'subject'>,
): string {
  const number = meta.number ? ` số ${meta.number}` : '';
  return `${meta.kind}${number} ngày ${formatDateShortVi(meta.date)} của ${meta.issuer} ${subjectInSentence(meta.subject)}`;
}

/**
 * Split plain runs further where an editorial note's quote appears in its section.
 */
function markNotes(runs: TextRun[], notes: StructuredDocument['notes']): TextRun[] {
  let out = runs;
  for (const note of notes) {
    out = out.flatMap((run) => {
      if (run.refId || run.noteId) return [run];
      const at = run.text.indexOf(note.quote);
      if (at < 0) return [run];
      return [
        { text: run.text.slice(0, at) },
        { text: note.quote, noteId: note.id },
        { text: run.text.slice(at + note.quote.length) },
      ].filter((r) => r.text);
    });
  }
  return out;
}

/**
 * Build the structured document from its front matter and body: sections with ids, official
 * text with citations linked and notes marked, plain readings, and a citation for each point.
 * Throws UnknownCitationError naming every citation the references do not know.
 *
 * @example
 * const doc = structureDocument({ slug: 'chi-thi-2022-02-21', url, meta, body, references });
 * doc.sections.find((s) => s.id === 'diem-3')?.citation // 'Điểm 3, Chỉ thị ngày 21/02/2022 … (url#diem-3)'
 */
export function structureDocument(input: {
  slug: string;
  url: string;
  meta: DocumentMeta;
  body: string;
  references: readonly CitableReference[];
}): StructuredDocument {
  const { slug, url, meta, body, references } = input;
  const sections = parseSections(body);
  const notes = meta.editorialNotes.map((n, i) => ({ id: `ghi-chu-${i + 1}`, ...n }));
  const unknown: string[] = [];
  const refIds: string[] = [];
  for (const note of notes) {
    const target = sections.find((s) => s.id === note.section);
    if (!target || !target.paragraphs.some((p) => p.includes(note.quote))) {
      throw new Error(`${slug}: ghi chú biên tập cho “${note.quote}” không tìm thấy trong mục ${note.section}.`);
    }
  }
  const structured = sections.map((section): StructuredSection => {
    const n = sectionNumber(section);
    const point = n === null ? undefined : meta.points.find((p) => p.n === n);
    const sectionNotes = notes.filter((note) => note.section === section.id);
    const sectionRefs: string[] = [];
    const paragraphs = section.paragraphs.map((p) => {
      const { segments, unknown: missing } = linkCitations(p, references);
      unknown.push(...missing.map((m) => `“${m}” (mục ${section.heading})`));
      for (const s of segments) {
        if (!s.refId) continue;
        if (!sectionRefs.includes(s.refId)) sectionRefs.push(s.refId);
        if (!refIds.includes(s.refId)) refIds.push(s.refId);
      }
      return markNotes(segments, sectionNotes);
    });
    return {
      id: section.id,
      heading: section.heading,
      number: n,
      topic: point?.topic ?? null,
      plain: point?.plain ?? null,
      paragraphs,
      text: section.paragraphs.join('\n\n'),
      citation: n === null ? null : `${section.heading}, ${documentCitationName(meta)} (${url}#${section.id})`,
      refIds: sectionRefs,
    };
  });
  if (unknown.length) {
    throw new UnknownCitationError(
      `${slug}: văn bản được trích dẫn nhưng chưa có trong data/van-ban-vien-dan.yaml: ${unknown.join('; ')}. ` +
        'Thêm một mục cho mỗi văn bản này (số ký hiệu đúng như trong bài) rồi dựng lại trang.',
    );
  }
  for (const point of meta.points) {
    if (!structured.some((s) => s.number === point.n))
      throw new Error(`${slug}: lời giải thích cho điểm ${point.n} nhưng văn bản không có mục “Điểm ${point.n}”.`);
  }
  return { slug, url, meta, sections: structured, notes, refIds };
}

/**
 * The date line of the document header: "Hưng Yên, ngày 21 tháng 02 năm 2022".
 *
 * @example
 * placeAndDate({ place: 'Hưng Yên', date: '2022-02-21' }) // 'Hưng Yên, ngày 21 tháng 02 năm 2022'
 */
export function placeAndDate(meta: Pick<DocumentMeta, 'place' | 'date'>): string {
  return `${meta.place}, ${formatDateVi(meta.date)}`;
}

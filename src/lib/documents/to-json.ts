import type { CitableReference } from './citations';
import type { StructuredDocument } from './structure';

/** What a reference entry contributes to the JSON. */
export interface ReferenceInfo extends CitableReference {
  kind: string;
  date: string | null;
  issuer: string;
  subject: string;
  url: string | null;
}

/**
 * The machine-readable form of a published document: metadata, every section with its id,
 * official text, plain reading and deep link, and the documents it cites. Built from the same
 * structure as the page, so the two agree.
 *
 * @example
 * documentToJson(doc, references, (id) => `https://…/van-ban/vien-dan/#${id}`).sections[1].id // 'diem-1'
 */
export function documentToJson(
  doc: StructuredDocument,
  references: readonly ReferenceInfo[],
  referenceUrl: (id: string) => string,
) {
  const { meta } = doc;
  return {
    id: doc.slug,
    url: doc.url,
    kind: meta.kind,
    number: meta.number,
    issuer: meta.issuer,
    issuingBody: meta.issuingBody,
    place: meta.place,
    date: meta.date,
    signer: meta.signer,
    title: meta.title,
    subject: meta.subject,
    status: meta.status,
    recipients: meta.recipients,
    sections: doc.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      point: s.number,
      url: `${doc.url}#${s.id}`,
      text: s.text,
      topic: s.topic,
      plainReading: s.plain,
      citation: s.citation,
      cites: s.refIds,
    })),
    editorialNotes: doc.notes.map((n) => ({ id: n.id, section: n.section, quote: n.quote, note: n.note })),
    citations: doc.refIds.map((id) => {
      const ref = references.find((r) => r.id === id);
      if (!ref) throw new Error(`documentToJson: unknown reference ${id}`);
      return {
        id,
        kind: ref.kind,
        number: ref.number,
        date: ref.date,
        issuer: ref.issuer,
        subject: ref.subject,
        officialUrl: ref.url,
        url: referenceUrl(id),
      };
    }),
  };
}

export type DocumentJson = ReturnType<typeof documentToJson>;

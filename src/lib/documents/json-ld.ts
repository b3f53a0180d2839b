import type { StructuredDocument } from './structure';

/**
 * schema.org `Legislation` for a published document, with each numbered point as a part.
 *
 * @example
 * legislationJsonLd(doc, 'https://…/van-ban/chi-thi-2022-02-21.json')['@type'] // 'Legislation'
 */
export function legislationJsonLd(doc: StructuredDocument, jsonUrl: string): Record<string, unknown> {
  const { meta } = doc;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: `${meta.kind} ${meta.subject.charAt(0).toLocaleLowerCase('vi')}${meta.subject.slice(1)}`,
    headline: meta.title,
    url: doc.url,
    inLanguage: 'vi',
    legislationType: meta.kind,
    ...(meta.number ? { legislationIdentifier: meta.number } : {}),
    legislationDate: meta.date,
    datePublished: meta.date,
    legislationJurisdiction: 'Tỉnh Hưng Yên, Việt Nam',
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: meta.issuingBody },
    author: { '@type': 'Person', name: meta.signer.name, jobTitle: `${meta.signer.title} ${meta.issuingBody}` },
    encoding: { '@type': 'MediaObject', encodingFormat: 'application/json', contentUrl: jsonUrl },
    hasPart: doc.sections
      .filter((s) => s.number !== null)
      .map((s) => ({ '@type': 'Legislation', name: s.heading, url: `${doc.url}#${s.id}`, text: s.text })),
  };
}

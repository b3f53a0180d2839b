/** decap-cms-locales ships no types: each locale is a tree of UI phrases. */
declare module 'decap-cms-locales' {
  type Phrases = { [key: string]: string | Phrases };
  export const vi: Phrases & { auth: Phrases; collection: Phrases & { collectionTop: Phrases } };
}

/**
 * Node-only side of the spelling check: reads the Vietnamese dictionary (dictionary-vi, GPL-2.0,
 * a development dependency only: nothing of it reaches dist/), the project's own word list and the
 * names in the site's data, and the files staff write (stories and the editor guide). The official
 * directive (content/van-ban/) is never checked: it is published as signed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import dictionary from 'dictionary-vi';
import nspell from 'nspell';
import { readPlaces } from '../../../src/lib/places/load-places-fs';
import { STORIES_DIR, STORY_FILE } from '../../../src/lib/stories/check-stories';
import { checkSpelling, type Speller, type SpellingFile, type SpellingWarning } from './spelling-check';

/** The project's own accepted words, one a line. */
export const OWN_WORDS_FILE = 'scripts/lib/spelling/tu-bo-sung.txt';
/** Guides staff read and edit, checked with the stories. */
export const CHECKED_DOCS = ['docs/huong-dan-bien-tap.md'];
/** Data files whose capitalized words are names (places, people, bodies): never flagged. */
const NAME_SOURCES = ['data/van-ban-vien-dan.yaml', 'data/van-hanh.yaml', 'data/unit-groups.json'];

/**
 * The dictionary as a Speller, with the project's own words added (accepted like dictionary words:
 * "camera" also as "Camera").
 *
 * @example
 * loadSpeller(['camera']).correct('Camera') // true
 */
export function loadSpeller(ownWords: readonly string[] = []): Speller {
  const speller = nspell(dictionary);
  for (const word of ownWords) speller.add(word);
  return speller;
}

/**
 * The project's own accepted words (scripts/lib/spelling/tu-bo-sung.txt), comments left out.
 *
 * @example
 * ownWords('.').includes('camera') // true
 */
export function ownWords(root = '.'): string[] {
  const file = path.join(root, OWN_WORDS_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim().normalize('NFC'))
    .filter((line) => line && !line.startsWith('#'));
}

/** Every string in a parsed YAML/JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Capitalized words of a text: the parts of names ("Trần Quốc Văn", "Ban Dân vận Tỉnh ủy"). */
const capitalizedWords = (text: string) =>
  (text.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => /^\p{Lu}/u.test(w));

/**
 * Words accepted as written: every word of every place name, and the capitalized words of the names
 * in the site's data (references, operator, unit groups, the documents' front matter).
 *
 * @example
 * siteNames('.').has('Nghĩa') // true
 */
export function siteNames(root = '.'): Set<string> {
  const names = new Set<string>();
  const addWords = (text: string, all = false) => {
    for (const w of all ? (text.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []) : capitalizedWords(text)) names.add(w);
  };
  for (const place of readPlaces(path.join(root, 'data/dia-ban.yaml')).places) {
    addWords(place.name.replace(/^\S+( xã| phố)?\s/u, ''), true);
    addWords(place.name.replace(/^\S+( xã| phố)?\s/u, '').toLocaleLowerCase('vi'), true);
  }
  for (const file of NAME_SOURCES) {
    const full = path.join(root, file);
    if (existsSync(full))
      for (const s of strings(yaml.load(readFileSync(full, 'utf8'), { schema: yaml.CORE_SCHEMA }))) addWords(s);
  }
  const docs = path.join(root, 'content/van-ban');
  for (const name of existsSync(docs) ? readdirSync(docs).filter((n) => /\.mdx?$/.test(n)) : []) {
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(docs, name), 'utf8'))?.[1];
    if (fm) for (const s of strings(yaml.load(fm, { schema: yaml.CORE_SCHEMA }))) addWords(s);
  }
  return names;
}

/**
 * The files the check reads: every story (drafts too: they are about to be published) and the guide.
 *
 * @example
 * spellingFiles('.').map((f) => f.file) // ['content/stories/…/index.mdx', …, 'docs/huong-dan-bien-tap.md']
 */
export function spellingFiles(root = '.'): SpellingFile[] {
  const files: SpellingFile[] = [];
  const stories = path.join(root, STORIES_DIR);
  for (const name of existsSync(stories) ? readdirSync(stories).sort() : []) {
    const file = path.join(stories, name, STORY_FILE);
    if (!name.startsWith('.') && !name.startsWith('_') && existsSync(file))
      files.push({ file: `${STORIES_DIR}/${name}/${STORY_FILE}`, text: readFileSync(file, 'utf8'), group: 'stories' });
  }
  for (const doc of CHECKED_DOCS) {
    const full = path.join(root, doc);
    if (existsSync(full)) files.push({ file: doc, text: readFileSync(full, 'utf8') });
  }
  return files;
}

/**
 * Every spelling warning of the stories and the guide under a project root.
 *
 * @example
 * spellingWarnings('.').length // 0 when all is well
 */
export function spellingWarnings(root = '.'): SpellingWarning[] {
  return checkSpelling(spellingFiles(root), loadSpeller(ownWords(root)), { names: siteNames(root) });
}

/**
 * What the body of a story may contain: the one rule set, checked on the MDX syntax tree by
 * `npm run check` (check-stories.ts) and by the build (story-mdx-plugins.ts, registered for MDX in
 * astro.config.mjs). A story is content, not code: MDX would otherwise run any `import`,
 * `{expression}` or attribute expression at build time (read a secret, run a command, call out).
 *
 * Allowed: Markdown; the documented components of src/components/mdx/ with literal props
 * (`who="…"`, never `who={…}`); a few HTML tags with the attributes the sanitizer keeps. The
 * sanitizer's schema lives here too, and the HTML rule asks the sanitizer itself what it would
 * remove, so that the checker refuses exactly what the build would strip: nothing is dropped
 * silently.
 */
import type { Element as HastElement, Root as HastRoot } from 'hast';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { h } from 'hastscript';
import { find, html } from 'property-information';
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { sanitize } from 'hast-util-sanitize';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { t } from '../../i18n/t';

/** One problem in a story's body; `line` is the line of the file. */
export interface BodyProblem {
  line?: number | undefined;
  message: string;
}

/** A picture the body uses from the story's folder (Markdown image or `<Figure src>`). */
export interface BodyImage {
  src: string;
  line?: number | undefined;
}

type PropKind = 'text' | 'alt' | 'image' | 'https';
interface ComponentSpec {
  props: Readonly<Record<string, PropKind>>;
  required: readonly string[];
  /** What may go between the opening and closing tag. */
  children: 'none' | 'text' | 'figures';
  /** How to write it, shown in messages. */
  example: string;
}

/** The components story writers may use (src/components/mdx/index.ts), and their props. */
export const STORY_COMPONENTS = {
  Figure: {
    props: { src: 'image', alt: 'alt', caption: 'text', credit: 'text' },
    required: ['src', 'alt'],
    children: 'none',
    example:
      '<Figure src="./anh-cho.jpg" alt="Người dân mang giỏ đi chợ" caption="Phiên chợ sáng." credit="Ảnh: Đài Truyền thanh xã" />',
  },
  KeyFacts: {
    props: { title: 'text' },
    required: [],
    children: 'text',
    example: '<KeyFacts title="Mô hình trong vài con số">…</KeyFacts>',
  },
  PhotoSeries: {
    props: { title: 'text', credit: 'text' },
    required: ['title'],
    children: 'figures',
    example:
      '<PhotoSeries title="Từ rác đến vườn rau"> rồi mỗi ảnh một dòng <Figure src="./anh-1.jpg" alt="…" caption="…" />, cuối cùng </PhotoSeries>',
  },
  ResidentQuote: {
    props: { who: 'text', place: 'text' },
    required: ['who'],
    children: 'text',
    example: '<ResidentQuote who="Một người dân trong thôn" place="xã …">Lời người dân…</ResidentQuote>',
  },
  VideoLink: {
    props: { href: 'https', title: 'text', provider: 'text', duration: 'text' },
    required: ['href', 'title', 'provider'],
    children: 'none',
    example: '<VideoLink href="https://www.youtube.com/watch?v=…" title="Tên video" provider="YouTube" />',
  },
} as const satisfies Record<string, ComponentSpec>;
export type StoryComponentName = keyof typeof STORY_COMPONENTS;
const COMPONENT_NAMES = Object.keys(STORY_COMPONENTS) as StoryComponentName[];

/** Picture files the site can resize; SVG is refused (it can carry scripts, and the build refuses it). */
export const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif)$/i;

/**
 * What the sanitizer keeps: GitHub's allow-list (rehype-sanitize's default), with tags whose
 * content must not show either stripped whole, ids only as Markdown's footnotes make them (no
 * DOM clobbering of the site's scripts), and no `name`.
 */
export const STORY_SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  strip: [
    ...(defaultSchema.strip ?? []),
    'style',
    'iframe',
    'frame',
    'object',
    'embed',
    'template',
    'noscript',
    'textarea',
    'select',
    'button',
    'form',
    'base',
    'link',
    'meta',
    'title',
    'svg',
    'math',
  ],
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    '*': [
      ...(defaultSchema.attributes?.['*'] ?? []).filter(
        (a) => a !== 'id' && a !== 'name' && a !== 'action' && a !== 'method',
      ),
      ['id', /^user-content-/],
    ],
  },
};

/**
 * HTML tags a story may write itself. The sanitizer also keeps a few that Markdown makes
 * (`img` from `![…](./anh.jpg)`, task-list checkboxes, the footnotes section): written by hand
 * they would bypass the image pipeline or mean nothing.
 */
export const STORY_HTML_TAGS: readonly string[] = (STORY_SANITIZE_SCHEMA.tagNames ?? []).filter(
  (t) => !['img', 'input', 'picture', 'source', 'section', 'h1'].includes(t),
);

const WRITE_INSTEAD = t('checker.body.writeInstead', { components: COMPONENT_NAMES.map((n) => `<${n}>`).join(', ') });

/** Why a tag is refused, in words staff can act on. */
function tagMessage(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'script') return t('checker.tag.script');
  if (lower === 'iframe' || lower === 'embed' || lower === 'object')
    return t('checker.tag.embed', { name, example: STORY_COMPONENTS.VideoLink.example });
  if (lower === 'style') return t('checker.tag.style');
  if (lower === 'form' || lower === 'input' || lower === 'button' || lower === 'textarea' || lower === 'select')
    return t('checker.tag.form', { name });
  if (lower === 'img' || lower === 'picture')
    return t('checker.tag.img', { name, example: STORY_COMPONENTS.Figure.example });
  if (lower === 'base' || lower === 'link' || lower === 'meta') return t('checker.tag.page', { name });
  const guess = COMPONENT_NAMES.find((c) => c.toLowerCase() === lower);
  if (/^[A-Z]/.test(name) || guess) {
    return t('checker.tag.unknownComponent', {
      name,
      guess: guess ? t('checker.tag.guess', { name: guess }) : '',
      components: COMPONENT_NAMES.map((n) => `<${n}>`).join(', '),
    });
  }
  return t('checker.tag.other', { name, instead: WRITE_INSTEAD });
}

/** Why an HTML attribute is refused. */
function attributeMessage(tag: string, name: string, value: string | null): string {
  if (/^on/i.test(name)) return t('checker.attr.event', { name, tag });
  if (name.toLowerCase() === 'style') return t('checker.attr.style');
  if (value !== null && /^(href|src|cite|longdesc|action|formaction)$/i.test(name)) return urlMessage(value);
  return t('checker.attr.other', { name, tag });
}

function urlMessage(url: string): string {
  return t('checker.url', { url: shorten(url) });
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Whether the sanitizer keeps a link address as it is.
 *
 * @example
 * isSafeUrl('https://hungyen.gov.vn') // true
 * isSafeUrl('javascript:alert(1)') // false
 */
export function isSafeUrl(url: string, property: 'href' | 'src' = 'href'): boolean {
  const probe = sanitize(
    { type: 'root', children: [h(property === 'href' ? 'a' : 'img', { [property]: url })] },
    STORY_SANITIZE_SCHEMA,
  ) as HastRoot;
  const el = probe.children[0] as HastElement | undefined;
  return el?.properties?.[property] === url;
}

/**
 * What the sanitizer would remove from one HTML element written in a story: the tag itself
 * (`tag: true`) or some attributes. Empty lists mean it passes untouched.
 */
function sanitizerRemovals(
  tag: string,
  attributes: Record<string, string | true>,
): { tag: boolean; attributes: string[] } {
  if (!STORY_HTML_TAGS.includes(tag)) return { tag: true, attributes: [] };
  let element: HastElement;
  try {
    element = h(tag, attributes);
  } catch {
    return { tag: true, attributes: [] };
  }
  const probe = sanitize({ type: 'root', children: [structuredClone(element)] }, STORY_SANITIZE_SCHEMA) as HastRoot;
  const kept = probe.children[0];
  if (!kept || kept.type !== 'element' || kept.tagName !== tag) return { tag: true, attributes: [] };
  const removed = Object.keys(attributes).filter((name) => {
    const property = find(html, name).property;
    return JSON.stringify(kept.properties[property]) !== JSON.stringify(element.properties[property]);
  });
  return { tag: false, attributes: removed };
}

/**
 * Whether an MDX expression is only a comment (`{/* ghi chú *\/}`): its program has no statement.
 *
 * @example
 * isCommentOnly(expressionNode) // true for {/* … *\/}, false for {process.env.X}
 */
export function isCommentOnly(node: {
  data?: { estree?: { body?: readonly unknown[] } | null | undefined } | undefined;
}): boolean {
  const body = node.data?.estree?.body;
  return Array.isArray(body) && body.length === 0;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line;

/** An attribute's value if it is literal text (or a bare boolean attribute), else undefined. */
function literal(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | true | undefined {
  if (attribute.type !== 'mdxJsxAttribute') return undefined;
  if (attribute.value === null || attribute.value === undefined) return true;
  return typeof attribute.value === 'string' ? attribute.value : undefined;
}

/** Children that are only blank text (or paragraphs of it) around the figures of a PhotoSeries. */
function figuresOf(node: JsxElement): { figures: JsxElement[]; other: Nodes[] } {
  const figures: JsxElement[] = [];
  const other: Nodes[] = [];
  const walk = (children: readonly Nodes[]) => {
    for (const child of children) {
      if (isJsx(child) && child.name === 'Figure') figures.push(child);
      else if (child.type === 'paragraph') walk(child.children);
      else if (child.type === 'text' && !child.value.trim()) continue;
      else other.push(child);
    }
  };
  walk(node.children);
  return { figures, other };
}

function checkComponent(node: JsxElement, name: StoryComponentName, problems: BodyProblem[], images: BodyImage[]) {
  const spec: ComponentSpec = STORY_COMPONENTS[name];
  const line = lineOf(node);
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({
        line: lineOf(attribute) ?? line,
        message: t('checker.component.expression', { name, example: spec.example }),
      });
      continue;
    }
    const value = literal(attribute);
    const prop = attribute.name;
    const kind = spec.props[prop];
    if (!kind) {
      const known = Object.keys(spec.props)
        .map((p) => `${p}="…"`)
        .join(', ');
      problems.push({
        line: lineOf(attribute) ?? line,
        message: t('checker.component.unknownProp', { name, prop, known }),
      });
      continue;
    }
    seen.add(prop);
    if (value === undefined) {
      const hint = kind === 'image' ? t('checker.component.imageHint', { prop }) : `${prop}="…"`;
      problems.push({ line: lineOf(attribute) ?? line, message: t('checker.component.braces', { prop, name, hint }) });
      continue;
    }
    if (value === true || !value.trim()) {
      problems.push({ line: lineOf(attribute) ?? line, message: t('checker.component.empty', { prop, name }) });
      continue;
    }
    if (kind === 'alt' && value.trim().length < 5) {
      problems.push({ line, message: t('checker.component.altShort', { name }) });
    }
    if (kind === 'https' && (!/^https:\/\//.test(value) || !isSafeUrl(value))) {
      problems.push({
        line,
        message: t('checker.component.https', { prop, name, value: shorten(value), example: spec.example }),
      });
    }
    if (kind === 'image') {
      if (!/^\.\//.test(value) || value.includes('..') || !IMAGE_FILE.test(value)) {
        const svg = /\.svg$/i.test(value);
        problems.push({
          line,
          message: svg
            ? t('checker.component.svg', { src: value })
            : t('checker.component.src', { name, value: shorten(value) }),
        });
      } else images.push({ src: value, line });
    }
  }
  for (const prop of spec.required) {
    if (!seen.has(prop))
      problems.push({ line, message: t('checker.component.missingProp', { name, prop, example: spec.example }) });
  }
  if (spec.children === 'none' && node.children.length) {
    problems.push({ line, message: t('checker.component.noChildren', { name, example: spec.example }) });
  }
  if (spec.children === 'figures') {
    const { figures, other } = figuresOf(node);
    if (other.length)
      problems.push({
        line: lineOf(other[0]!) ?? line,
        message: t('checker.component.figuresOnly', { name, example: spec.example }),
      });
    if (figures.length < 2)
      problems.push({ line, message: t('checker.component.twoFigures', { name, n: figures.length }) });
  }
}

/**
 * Every problem in a parsed story body, and the pictures it uses from its folder.
 *
 * @example
 * checkStoryBody(parseStoryBody('{process.env.SECRET}').tree!).problems[0].message // 'Dấu ngoặc nhọn {…} …'
 */
export function checkStoryBody(tree: Root): { problems: BodyProblem[]; images: BodyImage[] } {
  const problems: BodyProblem[] = [];
  const images: BodyImage[] = [];
  const visit = (node: Nodes) => {
    const line = lineOf(node);
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          line,
          message: t('checker.body.esm', { example: STORY_COMPONENTS.Figure.example }),
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A hidden note {/* … */} is only a comment: nothing to run, nothing rendered.
        if (isCommentOnly(node)) return;
        problems.push({ line, message: t('checker.body.expression') });
        return;
      case 'link':
      case 'definition':
        if (!isSafeUrl(node.url)) problems.push({ line, message: urlMessage(node.url) });
        break;
      case 'image':
        if (!/^\.\//.test(node.url) || node.url.includes('..') || !IMAGE_FILE.test(node.url)) {
          problems.push({
            line,
            message: /\.svg$/i.test(node.url)
              ? t('checker.body.svg', { src: node.url })
              : t('checker.body.image', { src: shorten(node.url) }),
          });
        } else images.push({ src: decodeURI(node.url), line });
        break;
      case 'html':
        problems.push({ line, message: t('checker.body.html', { instead: WRITE_INSTEAD }) });
        return;
    }
    if (isJsx(node)) {
      const name = node.name;
      if (!name) {
        problems.push({ line, message: t('checker.body.fragment', { instead: WRITE_INSTEAD }) });
      } else if ((COMPONENT_NAMES as string[]).includes(name)) {
        checkComponent(node, name as StoryComponentName, problems, images);
      } else if (/^[a-z][a-z0-9]*$/.test(name) && STORY_HTML_TAGS.includes(name)) {
        const attributes: Record<string, string | true> = {};
        for (const attribute of node.attributes) {
          const value = literal(attribute);
          if (value === undefined) {
            problems.push({ line: lineOf(attribute) ?? line, message: t('checker.tag.expression', { name }) });
          } else if (attribute.type === 'mdxJsxAttribute') attributes[attribute.name] = value;
        }
        const removed = sanitizerRemovals(name, attributes);
        for (const attr of removed.attributes) {
          const value = attributes[attr];
          problems.push({ line, message: attributeMessage(name, attr, typeof value === 'string' ? value : null) });
        }
      } else {
        problems.push({ line, message: tagMessage(name) });
        return;
      }
      for (const child of node.children as Nodes[]) visit(child);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return { problems, images };
}

/**
 * Parse a story body the way the build does (remark-parse + remark-mdx + GFM). Front matter is
 * blanked first, keeping its lines, so that lines in messages are lines of the file.
 *
 * @example
 * parseStoryBody('---\ntitle: x\n---\nChào <b>bạn</b>').tree?.type // 'root'
 * parseStoryBody('<KeyFacts>').error?.line // 1
 */
export function parseStoryBody(text: string): { tree?: Root; error?: BodyProblem } {
  const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)|^\uFEFF?---\r?\n---(?=\r?\n|$)/, (fm) =>
    fm.replace(/[^\n]/g, ' '),
  );
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  try {
    return { tree: processor.runSync(processor.parse(body)) as Root };
  } catch (error) {
    const e = error as {
      line?: number;
      place?: { line?: number; start?: { line?: number } };
      reason?: string;
      message?: string;
    };
    const reason = e.reason ?? e.message ?? String(error);
    // At the end of the file MDX names the unclosed tag's place only in its text: "(20:1-20:30)".
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? Number(/\((\d+):\d+-/.exec(reason)?.[1] ?? NaN);
    return { error: { line: Number.isFinite(line) ? line : undefined, message: syntaxMessage(reason) } };
  }
}

/**
 * MDX's English syntax errors, said in Vietnamese with the usual fix.
 *
 * @example
 * syntaxMessage('Unexpected end of file in expression, expected a corresponding closing brace for `{`')
 * // 'Nội dung bài viết sai cú pháp … Cách sửa: Dấu ngoặc nhọn { } là mã lệnh; …'
 */
export function syntaxMessage(reason: string): string {
  const hint = (() => {
    if (/acorn|import|export/i.test(reason)) return t('checker.syntax.esm');
    if (/`!`/.test(reason)) return t('checker.syntax.comment');
    if (/closing tag|end tag|closing slash/i.test(reason)) return t('checker.syntax.closing');
    if (/brace|expression|`\{`|`\}`/i.test(reason)) return t('checker.syntax.brace');
    if (/`<`|before name|character/i.test(reason)) return t('checker.syntax.lessThan');
    return t('checker.syntax.other');
  })();
  return t('checker.syntax', { reason, hint });
}

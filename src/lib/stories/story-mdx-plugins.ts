/**
 * The build's half of the story rules, registered for MDX in astro.config.mjs:
 *   - remarkStorySafety: the rules of mdx-safety.ts on the syntax tree, before anything runs;
 *   - rehypeStoryHtml: every HTML element through rehype-sanitize (the same schema), then the
 *     pictures named by `<Figure src="./anh.jpg">` turned into imports by the build itself, so
 *     that staff never write code.
 * Both throw a Vietnamese error naming the file and line. The stories loader runs the same rules
 * first (check-stories.ts), so in practice the build stops there with every problem at once;
 * these plugins are the guarantee for any MDX the loader did not see.
 */
import path from 'node:path';
import type { ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import { h } from 'hastscript';
import { sanitize } from 'hast-util-sanitize';
import type { VFile } from 'vfile';
import { t } from '../../i18n/t';
import {
  checkStoryBody,
  IMAGE_FILE,
  isCommentOnly,
  isSafeUrl,
  STORY_COMPONENTS,
  STORY_SANITIZE_SCHEMA,
  type BodyProblem,
  type StoryComponentName,
} from './mdx-safety';

/** Path shown to staff: relative to the project when it is inside it. */
function shownPath(file: VFile): string {
  const full = file.path ?? t('checker.build.unknownFile');
  const rel = path.relative(process.cwd(), full);
  return (rel.startsWith('..') ? full : rel).split(path.sep).join('/');
}

function storyError(file: VFile, problems: readonly BodyProblem[]): Error {
  const shown = shownPath(file);
  const lines = problems.map(
    (p) => `  • ${shown}${p.line ? t('checker.problem.line', { line: p.line }) : ''}: ${p.message}`,
  );
  const error = new Error(t('checker.build.body', { n: problems.length, lines: lines.join('\n') }));
  error.name = 'LoiBaiViet';
  return error;
}

/**
 * Refuse code in an MDX file: imports, `{expressions}`, attribute expressions, unknown
 * components, HTML the sanitizer would strip.
 *
 * @example
 * unified({ remarkPlugins: [remarkStorySafety] })
 */
export function remarkStorySafety() {
  return (tree: Root, file: VFile) => {
    const { problems } = checkStoryBody(tree);
    if (problems.length) throw storyError(file, problems);
  };
}

/** An MDX JSX element as it sits in the HTML tree (mdast-util-mdx-jsx's *Hast types). */
interface JsxHast {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>;
  children: ElementContent[];
  position?: { start: { line: number } } | undefined;
}
const PLACEHOLDER = 'dv-story-component';
const isComponent = (name: string | null): name is StoryComponentName => !!name && name in STORY_COMPONENTS;

/** The literal text of an attribute, or an error: after remarkStorySafety, nothing else is left. */
function literalAttributes(node: JsxHast, file: VFile): Record<string, string | true> {
  const attributes: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    const value = attribute.type === 'mdxJsxAttribute' ? (attribute.value ?? true) : undefined;
    if (value === undefined || (typeof value !== 'string' && value !== true)) {
      throw storyError(file, [
        { line: node.position?.start.line, message: t('checker.build.expression', { name: String(node.name) }) },
      ]);
    }
    attributes[(attribute as MdxJsxAttribute).name] = value;
  }
  return attributes;
}

/**
 * Sanitize every HTML element of a story (written as HTML or made by Markdown) with
 * rehype-sanitize's sanitizer and the story schema, keeping the documented components, then
 * resolve their pictures.
 *
 * @example
 * unified({ rehypePlugins: [rehypeStoryHtml] })
 */
export function rehypeStoryHtml() {
  return (tree: HastRoot, file: VFile) => {
    const components: JsxHast[] = [];
    // 1. MDX nodes → plain elements the sanitizer understands; components → placeholders.
    const lower = (children: readonly (RootContent | ElementContent)[]): ElementContent[] =>
      children.flatMap((node): ElementContent[] => {
        const type = node.type as string;
        if ((type === 'mdxFlowExpression' || type === 'mdxTextExpression') && isCommentOnly(node)) return [];
        if (type === 'mdxjsEsm' || type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
          throw storyError(file, [{ line: node.position?.start.line, message: t('checker.build.code') }]);
        }
        if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
          const jsx = node as unknown as JsxHast;
          const attributes = literalAttributes(jsx, file);
          if (isComponent(jsx.name)) {
            components.push(jsx);
            return [
              {
                type: 'element',
                tagName: PLACEHOLDER,
                properties: { dataStoryComponent: String(components.length - 1) },
                children: lower(jsx.children),
              },
            ];
          }
          if (!jsx.name || !/^[a-z][a-z0-9]*$/.test(jsx.name)) {
            throw storyError(file, [
              {
                line: jsx.position?.start.line,
                message: t('checker.build.unknownComponent', {
                  name: jsx.name ?? '',
                  components: Object.keys(STORY_COMPONENTS).join(', '),
                }),
              },
            ]);
          }
          try {
            return [h(jsx.name, attributes, lower(jsx.children))];
          } catch {
            return [];
          }
        }
        if (node.type === 'element') return [{ ...node, children: lower(node.children) }];
        if (node.type === 'doctype') return [];
        return [node as ElementContent];
      });
    tree.children = lower(tree.children);

    // 2. The sanitizer, told only about the placeholder in addition to the story schema.
    const schema = {
      ...STORY_SANITIZE_SCHEMA,
      tagNames: [...(STORY_SANITIZE_SCHEMA.tagNames ?? []), PLACEHOLDER],
      attributes: { ...STORY_SANITIZE_SCHEMA.attributes, [PLACEHOLDER]: ['dataStoryComponent'] },
    };
    const clean = sanitize(tree, schema) as HastRoot;

    // 3. Placeholders back to the components, with their sanitized content.
    const restore = (children: readonly ElementContent[]): ElementContent[] =>
      children.map((node) => {
        if (node.type !== 'element') return node;
        // MDX turns a table column's alignment (| ---: |) into an inline style, which the strict
        // CSP blocks: the column keeps the table's default alignment instead.
        if ((node.tagName === 'td' || node.tagName === 'th') && 'align' in node.properties) {
          const { align: _align, ...properties } = node.properties;
          node = { ...node, properties };
        }
        if (node.tagName === PLACEHOLDER) {
          const original = components[Number(node.properties.dataStoryComponent)]!;
          return { ...original, children: restore(node.children) } as unknown as ElementContent;
        }
        return { ...node, children: restore(node.children) };
      });
    const imports = new Map<string, string>();
    tree.children = resolvePictures(restore(clean.children as ElementContent[]), imports, file);
    tree.children.unshift(...[...imports].map(([src, name]) => importNode(name, src)));
  };
}

/** `import __dvImage0 from './anh.jpg'` as the MDX compiler expects it (estree). */
function importNode(name: string, src: string): RootContent {
  const node = {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            attributes: [],
            source: { type: 'Literal', value: src, raw: JSON.stringify(src) },
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
          },
        ],
      },
    },
  };
  return node as unknown as RootContent;
}

type Expression = { type: string; [key: string]: unknown };
function expressionAttribute(name: string, expression: Expression): MdxJsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: '',
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          comments: [],
          body: [{ type: 'ExpressionStatement', expression } as never],
        },
      },
    },
  };
}

function pictureName(src: string, imports: Map<string, string>): string {
  let name = imports.get(src);
  if (!name) {
    name = `__dvImage${imports.size}`;
    imports.set(src, name);
  }
  return name;
}

/** Figures inside a PhotoSeries, in order (Markdown may have wrapped them in paragraphs). */
function figuresIn(children: readonly ElementContent[]): JsxHast[] {
  return children.flatMap((c): JsxHast[] => {
    const type = c.type as string;
    if ((type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') && (c as unknown as JsxHast).name === 'Figure')
      return [c as unknown as JsxHast];
    if (c.type === 'element' && c.tagName === 'p') return figuresIn(c.children);
    return [];
  });
}

/** `<Figure src="./anh.jpg">` → an imported picture; `<PhotoSeries>` of Figures → its `images` list. */
function resolvePictures(
  children: readonly ElementContent[],
  imports: Map<string, string>,
  file: VFile,
): ElementContent[] {
  return children.map((node) => {
    const type = node.type as string;
    if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') {
      return node.type === 'element' ? { ...node, children: resolvePictures(node.children, imports, file) } : node;
    }
    const jsx = node as unknown as JsxHast;
    const attributes = literalAttributes(jsx, file);
    const fail = (message: string) => storyError(file, [{ line: jsx.position?.start.line, message }]);
    for (const [prop, value] of Object.entries(attributes)) {
      const kind = (STORY_COMPONENTS[jsx.name as StoryComponentName].props as Record<string, string>)[prop];
      if (!kind) throw fail(t('checker.build.unknownProp', { name: String(jsx.name), prop }));
      if (kind === 'https' && (typeof value !== 'string' || !/^https:\/\//.test(value) || !isSafeUrl(value)))
        throw fail(t('checker.build.https', { prop, name: String(jsx.name) }));
    }
    const picture = (figure: JsxHast) => {
      const src = literalAttributes(figure, file).src;
      if (typeof src !== 'string' || !src.startsWith('./') || src.includes('..') || !IMAGE_FILE.test(src)) {
        throw fail(t('checker.build.image'));
      }
      return { type: 'Identifier', name: pictureName(src, imports) };
    };
    if (jsx.name === 'Figure') {
      return {
        ...jsx,
        attributes: [
          ...jsx.attributes.filter(
            (a: MdxJsxAttribute | MdxJsxExpressionAttribute) => a.type === 'mdxJsxAttribute' && a.name !== 'src',
          ),
          expressionAttribute('src', picture(jsx)),
        ],
      } as unknown as ElementContent;
    }
    if (jsx.name === 'PhotoSeries') {
      const list = figuresIn(jsx.children).map((figure) => {
        const props = literalAttributes(figure, file);
        const properties = [
          { key: 'src', value: picture(figure) },
          ...(['alt', 'caption'] as const)
            .filter((k) => typeof props[k] === 'string')
            .map((k) => ({ key: k, value: { type: 'Literal', value: props[k], raw: JSON.stringify(props[k]) } })),
        ].map(({ key, value }) => ({
          type: 'Property',
          kind: 'init',
          method: false,
          shorthand: false,
          computed: false,
          key: { type: 'Identifier', name: key },
          value,
        }));
        return { type: 'ObjectExpression', properties };
      });
      return {
        ...jsx,
        attributes: [...jsx.attributes, expressionAttribute('images', { type: 'ArrayExpression', elements: list })],
        children: [],
      } as unknown as ElementContent;
    }
    return { ...jsx, children: resolvePictures(jsx.children, imports, file) } as unknown as ElementContent;
  });
}

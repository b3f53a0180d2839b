/**
 * The directive's points (n and topic) from its front matter, for the form's point list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontMatter } from '../stories/check-stories';
import { DIRECTIVE_PATH } from '../site-nav';
import type { DirectivePoint } from './story-form';

/**
 * @example
 * readDirectivePoints('.').map((p) => p.n) // [1, 2, 3, 4, 5, 6, 7, 8]
 */
export function readDirectivePoints(root: string): DirectivePoint[] {
  const id = DIRECTIVE_PATH.split('/').filter(Boolean).at(-1)!;
  const file = path.join(root, 'content/van-ban', `${id}.md`);
  const { data, error } = parseFrontMatter(readFileSync(file, 'utf8'));
  if (error || !Array.isArray(data?.points))
    throw new Error(`${file}: cannot read the directive's points (${error?.reason ?? 'no points list'})`);
  return (data.points as Array<{ n: unknown; topic: unknown }>).map((p) => ({
    n: Number(p.n),
    topic: String(p.topic),
  }));
}

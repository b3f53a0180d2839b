/**
 * Pure helpers over the operator data (who runs the site, how to send feedback).
 */
import type { Operator } from '../../schemas/operator';

/**
 * True when a citizen can tell who runs the site and reach them: a name (owner or operator) and
 * at least one contact (email, phone, address or feedback channel). A deploy build requires it.
 *
 * @example
 * isOperatorKnown({ owner: null, operator: 'Sở X', address: null, phone: null, email: 'a@b.vn', responsible: null, feedback: null }) // true
 */
export function isOperatorKnown(op: Operator): boolean {
  return Boolean((op.owner || op.operator) && (op.email || op.phone || op.address || op.feedback));
}

/**
 * The feedback link for one page: a mailto with subject and body filled in, or the province's
 * reception URL with {title} and {url} filled in; null when no channel is known.
 *
 * @example
 * feedbackHref({ ...op, feedback: 'gop-y@x.vn' }, { title: 'Điểm 3', url: 'https://x.vn/a/' })
 * // 'mailto:gop-y@x.vn?subject=G%C3%B3p%20%C3%BD%3A%20%C4%90i%E1%BB%83m%203&body=https%3A%2F%2Fx.vn%2Fa%2F'
 */
export function feedbackHref(op: Operator, page: { title: string; url: string }): string | null {
  const channel = op.feedback ?? op.email;
  if (!channel) return null;
  if (channel.startsWith('https://')) {
    return channel
      .replaceAll('{title}', encodeURIComponent(page.title))
      .replaceAll('{url}', encodeURIComponent(page.url));
  }
  return `mailto:${channel}?subject=${encodeURIComponent(`Góp ý: ${page.title}`)}&body=${encodeURIComponent(page.url)}`;
}

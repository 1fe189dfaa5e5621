// Social-media posts embedded in a page.
import { statement } from './build.js';
import type { StatementContext } from './context.js';
import { rootOf } from './speaker.js';

/**
 * Rule: an embedded social-media post: "<text> — <Name> (@handle) <Month D, YYYY>" is a
 * statement of that person on X, quoting the post.
 */
export function embeddedPosts(c: StatementContext): void {
  const { doc, reg, out, channelBySpeaker } = c;
  if (!doc.text.includes('(@')) return;
  const re = /^(.{20,1200}?)\s+(?:pic\.twitter\.com\/\S+\s+)?[—–-]\s+([^\n(]{2,60}?)\s*\(@\w+\)/gm;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const nameStart = m.index + m[0].indexOf(m[2] as string, (m[1] as string).length);
    const person = reg
      .mentionsIn(nameStart, nameStart + (m[2] as string).length + 2)
      .find((x) => reg.get(x.ref)?.kind === 'person');
    if (!person) continue;
    let body = (m[1] as string).replace(/\s+pic\.twitter\.com\/\S+$/, '');
    body = body.trim();
    const start = m.index + (m[1] as string).indexOf(body);
    const sp = reg.span(start, start + body.length);
    channelBySpeaker.set(rootOf(reg, person.ref), 'x');
    out.push(
      statement(reg, out.length, person.ref, 'x', { outer: sp, inner: sp, depth: 0, open: false }, sp, [sp]),
    );
  }
}

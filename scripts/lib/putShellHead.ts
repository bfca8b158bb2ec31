const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /\s*<meta\s+name="description"[^>]*>/;

/**
 * index.html with its title and description replaced by `head` (src/app/renderShellHead.ts):
 * index.html keeps its own for the dev server, which does not prerender. Throws if either is
 * missing, rather than ship a page with two titles or none.
 */
export function putShellHead(html: string, head: string): string {
  if (!TITLE.test(html) || !DESCRIPTION.test(html))
    throw new Error('prerender-shell: index.html has no <title> or no <meta name="description">');
  return html.replace(DESCRIPTION, '').replace(TITLE, head);
}

import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';

/**
 * Build-time plugin: puts the page's first render at the plain address and at an embed's
 * (src/app/renderShell.tsx, rendered to HTML with the app's own components) into index.html's
 * empty `<div id="root">`, one after the other (theme.css shows the one boot.js picks), marked
 * `data-prerendered` and `inert` (public/boot.js and theme.css decide whether a reader sees it
 * before the script runs; src/app/startApp.tsx clears both once the app has rendered over it).
 *
 * The components are loaded through a Vite server in SSR mode and rendered with react-dom/server.
 * A build whose index.html has no empty root fails rather than ship without.
 */
/** The marker after the prerendered pages: the first paint waits until it is parsed. */
const PARSED = 'prerendered-end';

export function prerenderShell(): Plugin {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  return {
    name: 'prerender-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const empty = '<div id="root"></div>';
        if (!html.includes(empty)) throw new Error(`prerender-shell: index.html has no ${empty}`);
        const server = await createServer({
          configFile: false,
          root,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const mod = (await server.ssrLoadModule('/src/app/renderShell.tsx')) as {
            renderShell: (search: string) => string;
            PRERENDERED_SEARCHES: readonly string[];
          };
          const markup = mod.PRERENDERED_SEARCHES.map((search) => mod.renderShell(search)).join('');
          // The page must run under a strict CSP (README), which refuses style attributes and
          // inline scripts in markup: what the first render writes as one must go to CSS.
          const refused = /<script|\sstyle=|\son[a-z]+=/i.exec(markup);
          if (refused)
            throw new Error(
              `prerender-shell: the first render writes "${refused[0].trim()}", refused by a strict CSP`,
            );
          // Inert until the app has rendered over it (startApp.tsx): its buttons and search box do
          // nothing before then, and a tap or typed letter would be lost rather than answered.
          // And drawn only once parsed whole (`rel=expect`, render-blocking up to the marker after
          // it): on a slow phone the browser painted the page while still parsing it, a header
          // and half a legend first, and then moved them as the rest arrived.
          return html
            .replace('</head>', `  <link rel="expect" href="#${PARSED}" blocking="render" />\n  </head>`)
            .replace(
              empty,
              `<div id="root" data-prerendered inert>${markup}</div><template id="${PARSED}"></template>`,
            );
        } finally {
          await server.close();
        }
      },
    },
  };
}

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { putShellHead } from './putShellHead.ts';

/**
 * Build-time plugin: puts the plain address's first render (src/app/renderShell.tsx, rendered to
 * HTML with the app's own components) into index.html's empty `<div id="root">`, marked
 * `data-prerendered` and `inert` (public/boot.js and theme.css decide whether a reader sees it
 * before the script runs; the app clears both once it has hydrated or rendered over it).
 *
 * The components are loaded through a Vite server in SSR mode and rendered with react-dom/server.
 * A build whose index.html has no empty root fails rather than ship without.
 */
/**
 * The entry (src/main.tsx) imports the app only after the first frame: its chunks are fetched
 * (and compiled) meanwhile, by a modulepreload link each, as the entry's own imports would be.
 */
function preloadApp(html: string, ctx: IndexHtmlTransformContext): string {
  const { bundle, chunk } = ctx;
  if (!bundle || !chunk) return html;
  const files = new Set<string>();
  const add = (name: string) => {
    const item = bundle[name];
    if (files.has(name) || item?.type !== 'chunk') return;
    files.add(name);
    item.imports.forEach(add);
  };
  chunk.dynamicImports.forEach(add);
  const links = [...files]
    .filter((name) => !html.includes(`/${name}"`))
    .map((name) => `<link rel="modulepreload" crossorigin href="./${name}">`)
    .join('\n    ');
  return links ? html.replace('</head>', `  ${links}\n  </head>`) : html;
}

/**
 * index.html preloads the dataset with the page, but a large one (the benchmark's 100× file,
 * 28 MB) arriving during the first paint delayed it by about 140 ms: above this size the app
 * asks for it once it starts, after the first frame.
 */
const PRELOAD_MAX_BYTES = 2_000_000;
const DATASET_PRELOAD = /\s*<link rel="preload" href="\.\/data\/huawei-5g\.json"[^>]*>/;
const BUNDLED = 'huawei-5g.json';

/**
 * The prerendered map's fills (src/features/map/prerenderedFillsCss.ts), for the built dataset's
 * statuses, go in a stylesheet of their own (the CSP refuses inline styles), linked right after
 * the app's: the same specificity and order as rules at the end of map.css.
 */
const APP_STYLESHEET = /<link rel="stylesheet"[^>]*href="\.\/assets\/[^"]+\.css"[^>]*>/g;

function linkFills(html: string, file: string): string {
  const head = html.slice(0, html.indexOf('</head>'));
  const last = [...head.matchAll(APP_STYLESHEET)].at(-1);
  if (!last)
    throw new Error("prerender-shell: index.html links no stylesheet of the app's to put the fills after");
  const at = last.index + last[0].length;
  return `${html.slice(0, at)}\n    <link rel="stylesheet" href="./${file}">${html.slice(at)}`;
}

/** The marker after the prerendered pages: the first paint waits until it is parsed. */
const PARSED = 'prerendered-end';

export function prerenderShell(options: { dataset?: string | undefined } = {}): Plugin {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const datasetPath = resolve(options.dataset ?? resolve(root, 'public/data/huawei-5g.json'));
  if (options.dataset && (!/\.json$/i.test(datasetPath) || basename(datasetPath) === 'world.json'))
    throw new Error(`STORY=${options.dataset}: name the dataset file <something>.json, not world.json`);
  // Written by transformIndexHtml (which runs first), put in the output by writeBundle.
  let fills: { file: string; css: string } | undefined;
  return {
    name: 'prerender-shell',
    apply: 'build',
    // Another dataset (STORY=…) is shipped in place of the bundled one, under its own file name
    // (the app loads data/<name>, vite.config.ts's __DATASET_FILE__; downloads are named after it).
    writeBundle(output) {
      if (!output.dir) return;
      if (!fills) throw new Error('prerender-shell: no prerendered fills were written');
      mkdirSync(join(output.dir, 'assets'), { recursive: true });
      writeFileSync(join(output.dir, fills.file), fills.css);
      if (!options.dataset) return;
      // The Huawei file and its JSON Schema (which its `$schema` names) are not this site's.
      for (const file of [BUNDLED, 'huawei-5g.schema.json'])
        rmSync(join(output.dir, 'data', file), { force: true });
      writeFileSync(join(output.dir, 'data', basename(datasetPath)), readFileSync(datasetPath));
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const empty = '<div id="root"></div>';
        if (!html.includes(empty)) throw new Error(`prerender-shell: index.html has no ${empty}`);
        const server = await createServer({
          configFile: false,
          root,
          logLevel: 'error',
          appType: 'custom',
          // As the browser's bundle has them (vite.config.ts), for the first render.
          define: {
            __BUILD_STORY__: JSON.stringify(
              (JSON.parse(readFileSync(datasetPath, 'utf8')) as { story?: unknown }).story ?? null,
            ),
            __DATASET_FILE__: JSON.stringify(options.dataset ? basename(datasetPath) : BUNDLED),
          },
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const mod = (await server.ssrLoadModule('/src/app/renderShell.tsx')) as {
            renderShell: (files: { dataset: string; world: string }) => string;
          };
          const renderHead = (
            (await server.ssrLoadModule('/src/app/renderShellHead.ts')) as {
              renderShellHead: (dataset: string) => string;
            }
          ).renderShellHead;
          const { validateDataset, formatProblems } = (await server.ssrLoadModule(
            '/src/data/validateDataset.ts',
          )) as typeof import('../../src/data/validateDataset');
          const { createIndex } = (await server.ssrLoadModule(
            '/src/data/createIndex.ts',
          )) as typeof import('../../src/data/createIndex');
          const { prerenderedFillsCss } = (await server.ssrLoadModule(
            '/src/features/map/prerenderedFillsCss.ts',
          )) as typeof import('../../src/features/map/prerenderedFillsCss');
          const fingerprintOf = (
            (await server.ssrLoadModule('/src/data/fingerprint.ts')) as { fingerprint: (t: string) => string }
          ).fingerprint;
          // The files the app will load, as they are in the repository at build time.
          const dataset = readFileSync(datasetPath, 'utf8');
          const world = readFileSync(resolve(root, 'public/data/world.json'), 'utf8');
          const markup = mod.renderShell({ dataset, world });
          // renderShell has thrown if the dataset is invalid.
          const checked = validateDataset(JSON.parse(dataset));
          if (!checked.ok) throw new Error(`the dataset is invalid:\n${formatProblems(checked.problems)}`);
          const css = prerenderedFillsCss(createIndex(checked.dataset).scale);
          const hash = createHash('sha256').update(css).digest('hex').slice(0, 8);
          fills = { file: `assets/prerendered-fills-${hash}.css`, css };
          // The page must run under a strict CSP (README), which refuses style attributes and
          // inline scripts in markup: what the first render writes as one must go to CSS.
          const refused = [...markup.matchAll(/<([a-z]+)[^<>]*?(<script|\sstyle="[^"]*"|\son[a-z]+=)/gi)];
          if (refused.length > 0)
            throw new Error(
              `prerender-shell: the first render writes what a strict CSP refuses: ${refused
                .map((m) => `<${m[1]} …${m[2]!.trim()}>`)
                .join(', ')}`,
            );
          // Inert until the app has hydrated or rendered over it: its buttons and search box do
          // nothing before then, and a tap or typed letter would be lost rather than answered.
          // And drawn only once parsed whole (`rel=expect`, render-blocking up to the marker after
          // it): on a slow phone the browser painted the page while still parsing it, a header
          // and half a legend first, and then moved them as the rest arrived.
          const latest = (JSON.parse(dataset) as { updatedAt: string }).updatedAt;
          const preloaded = Buffer.byteLength(dataset) <= PRELOAD_MAX_BYTES;
          if (!DATASET_PRELOAD.test(html))
            throw new Error('prerender-shell: index.html has no dataset preload');
          // The title and what a shared link unfurls to, from the same dataset (renderShellHead).
          const headed = putShellHead(html, renderHead(dataset));
          const file = options.dataset ? basename(datasetPath) : BUNDLED;
          return preloadApp(
            linkFills(preloaded ? headed : headed.replace(DATASET_PRELOAD, ''), fills.file),
            ctx,
          )
            .replaceAll(`data/${BUNDLED}`, `data/${file}`)
            .replace(
              '<script src="./boot.js"',
              `<meta name="hbm-latest-date" content="${latest.replace(/[^0-9-]/g, '')}" />\n    <script src="./boot.js"`,
            )
            .replace('</head>', `  <link rel="expect" href="#${PARSED}" blocking="render" />\n  </head>`)
            .replace(
              empty,
              `<div id="root" data-prerendered data-dataset="${fingerprintOf(dataset)}" inert>${markup}</div><template id="${PARSED}"></template>`,
            );
        } finally {
          await server.close();
        }
      },
    },
  };
}

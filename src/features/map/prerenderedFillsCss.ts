import { THEMES, type StatusScale, type Theme } from '../../data/statusScale';

/** What a status id may be (src/data/schema.ts's `id`), and `none`: safe in a quoted selector and a url(). */
const STATUS_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** A fill the scale gives: a hex colour, or one of the hatch patterns (src/shared/geometry/hatch.ts). */
const FILL = /^(#[0-9a-fA-F]{3,8}|url\(#hbm-pattern-[A-Za-z0-9][A-Za-z0-9_-]{0,63}-(light|dark)\))$/;

const DARK = ":root[data-theme='dark'] ";

/**
 * The prerendered page's map, coloured before the app runs: by the status its markup carries
 * (shapesMarkup's `data-status`) and the page's theme, exactly as `scale` fills them. Written at
 * build time for the built dataset's story (scripts/lib/prerenderShell.ts ships it as a
 * stylesheet after the app's own, since the page's CSP refuses inline styles). Once the app has
 * painted, #root loses data-prerendered and the app's fills take over.
 *
 * Throws on a status id or fill that is not one the schema and the scale can give, rather than
 * write it into a selector.
 */
export function prerenderedFillsCss(scale: StatusScale): string {
  for (const status of scale.order)
    if (!STATUS_ID.test(status))
      throw new Error(`prerenderedFillsCss: not a status id: ${JSON.stringify(status)}`);
  const fill = (status: string, theme: Theme) => {
    const value = scale.fill(status, theme);
    if (!FILL.test(value)) throw new Error(`prerenderedFillsCss: not a fill: ${JSON.stringify(value)}`);
    return value;
  };
  const rulesFor = (theme: Theme) =>
    scale.order
      .map((status) => {
        const prefix = theme === 'dark' ? DARK : '';
        return (
          `${prefix}#root[data-prerendered] .map-country[data-status='${status}'],\n` +
          `${prefix}#root[data-prerendered] .map-marker[data-status='${status}'] .map-marker__dot {\n` +
          `  fill: ${fill(status, theme)};\n}\n`
        );
      })
      .join('');
  // No data draws its marker without an outline, in either theme.
  const none = `#root[data-prerendered] .map-marker[data-status='none'] .map-marker__dot {\n  stroke-opacity: 0;\n}\n`;
  return (
    "/* The prerendered page's map, coloured before the app runs (src/features/map/prerenderedFillsCss.ts). */\n" +
    THEMES.map((theme) => rulesFor(theme) + (theme === 'light' ? none : '')).join('')
  );
}

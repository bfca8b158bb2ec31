// Runs before the page is first drawn: a classic script in <head>, so it blocks the parser for
// the moment it takes (no inline script: the page must run under a strict CSP). index.html holds
// the page as it first renders at the plain address and in an embed (src/app/renderShell.tsx);
// this decides what of it a reader may see before the app's script has run.
//  - The theme: ?theme=light|dark, else the system's setting (as src/app/useResolvedTheme.ts),
//    so that a reader in dark mode does not see a white page flash first.
//  - Which of the prerendered pages (the plain address's, an embed's) is this address's first
//    render too: data-shell="embed" for an embed's. A table, a page without the timeline, a linked
//    country (its panel's place), two dates compared (the legend's note) or Europe (the pressed
//    region) render differently from both, and showing either first would flash what the reader
//    did not ask for: data-shell="off", and the page stays hidden until the app has rendered.
//    Read as src/state/urlState.ts reads the address (tests/component/app/bootScript.test.tsx checks
//    this against the app's own first render, tests/e2e/shell.test.ts in the browser).
(function () {
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var theme = params.get('theme');
  if (theme !== 'light' && theme !== 'dark')
    theme = window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  root.setAttribute('data-theme', theme);
  root.style.colorScheme = theme;
  var country = params.get('country');
  var date = params.get('date');
  var differs =
    params.get('view') === 'table' ||
    params.get('controls') === '0' ||
    params.get('region') === 'europe' ||
    (country !== null && country.length <= 64 && /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(country)) ||
    (date !== null && date.indexOf('..') >= 0);
  if (differs || params.get('embed') === '1') root.setAttribute('data-shell', 'off');
})();

// Runs before the page is first drawn: a classic script in <head>, so it blocks the parser for
// the moment it takes (no inline script: the page must run under a strict CSP). index.html holds
// the page as it first renders at the plain address and in an embed (src/app/renderShell.tsx);
// this decides what of it a reader may see before the app's script has run.
//  - The theme: ?theme=light|dark, else the system's setting (as src/shared/hooks/useResolvedTheme.ts),
//    so that a reader in dark mode does not see a white page flash first.
//  - Whether the prerendered page (the plain address's) is this address's first view too. A table,
//    an embed, a page without the timeline, a linked country (its panel's place), two dates
//    compared, another date or Europe render differently, and showing it first would show a map
//    the reader did not ask for as if it were: data-shell="off", and the page stays hidden until
//    the app has rendered.
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
  // The prerendered page shows the latest update's day (index.html's meta, written by the build):
  // a date the app would read as another day renders another map.
  var latest = document.querySelector('meta[name="hbm-latest-date"]');
  var otherDay =
    date !== null && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) && (!latest || latest.content !== date);
  var differs =
    params.get('view') === 'table' ||
    params.get('controls') === '0' ||
    params.get('region') === 'europe' ||
    (country !== null && country.length <= 64 && /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(country)) ||
    (date !== null && date.indexOf('..') >= 0) ||
    otherDay;
  if (differs || params.get('embed') === '1') root.setAttribute('data-shell', 'off');
})();

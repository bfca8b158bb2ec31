import { MESSAGE_SOURCE } from '../../shared/embedMessages';
import { escapeXml } from '../../shared/util/escapeXml';

export interface SnippetOptions {
  /** Absolute URL of the embed page, including `embed=1` and the state to open on. */
  src: string;
  title: string;
  /** Fallback height in px, used until the first height message arrives (or without script). */
  height?: number;
}

/**
 * The copy-ready embed code: an iframe with a title, lazy loading and a fallback height, plus a
 * few lines of listener script that resize it. The script trusts only messages whose
 * `event.source` is this iframe and whose origin is the map's (or "null" when a publisher
 * sandboxes it without allow-same-origin), and clamps the height.
 */
export function embedSnippet({ src, title, height = 640 }: SnippetOptions): string {
  const origin = new URL(src).origin;
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" loading="lazy" width="100%" height="${height}" style="width:100%;border:0;display:block" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
<script>
(function () {
  var frame = document.currentScript.previousElementSibling;
  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow) return;
    if (e.origin !== ${JSON.stringify(origin)} && e.origin !== 'null') return;
    var d = e.data;
    if (!d || d.source !== ${JSON.stringify(MESSAGE_SOURCE)} || d.type !== 'height') return;
    var h = Math.round(Number(d.height));
    if (h > 0) frame.style.height = Math.min(Math.max(h, 240), 4000) + 'px';
  });
})();
</script>`;
}

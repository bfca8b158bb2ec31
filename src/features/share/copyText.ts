/**
 * Copies text to the clipboard. The async Clipboard API is missing outside secure contexts and
 * can be refused (a permissions policy, a browser setting); then the text in `field` is selected
 * and copied the old way. Either way `field` ends up holding the selection when both fail, so the
 * reader can press Ctrl+C. Resolves true when a copy happened.
 */
export async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the selection.
  }
  if (!field) return false;
  const back = document.activeElement;
  field.focus();
  field.select();
  let copied: boolean;
  try {
    // Deprecated, but still the only synchronous copy where the Clipboard API is unavailable.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  // Keep focus on the button the reader pressed, unless they now need the selection.
  if (copied && back instanceof HTMLElement) back.focus();
  return copied;
}

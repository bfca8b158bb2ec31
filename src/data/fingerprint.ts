/**
 * A short fingerprint of a file's text (FNV-1a, 32 bits, as hex): the prerendered page records
 * the dataset's, so the app can tell whether the file it is served is the one the page was built
 * from. Not a security measure, only a change detector.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

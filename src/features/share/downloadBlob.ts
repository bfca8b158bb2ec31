/**
 * Saves a Blob under a file name through a temporary `<a download>`: no server, no popup. The
 * object URL is revoked a little later, not at once: some browsers read it after click() returns.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

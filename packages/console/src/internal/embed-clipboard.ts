/**
 * Puts `text` on the clipboard; `false` when the browser refuses (no permission, or a page
 * that is not focused), so the caller can ask the viewer to copy the selected text instead.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

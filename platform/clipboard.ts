/** Puts plain text on the clipboard. Needs a recent click on the page, as the browser requires. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

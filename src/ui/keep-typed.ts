/**
 * A safety net for text typed into a prerendered page before the app has loaded. Pages pick such text up
 * themselves when they hydrate; but if a page is rendered afresh instead (its code was still loading),
 * its boxes are new and empty. This puts the typed text back into them, so nothing typed is lost.
 */
type Box = HTMLInputElement | HTMLTextAreaElement;

const TEXT_BOXES =
  'textarea[id], input[id]:not([type=checkbox]):not([type=radio]):not([type=hidden])';

/** Remembers what was typed now; the returned function restores it into any box with that id left empty. */
export function keepTyped(root: ParentNode = document): () => void {
  const typed = [...root.querySelectorAll<Box>(TEXT_BOXES)]
    .filter((box) => box.value !== box.defaultValue)
    .map((box) => ({ id: box.id, value: box.value }));
  return () => {
    for (const { id, value } of typed) {
      const box = document.getElementById(id) as Box | null;
      if (!box || box.value !== '') continue; // never overwrite what is there now
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };
}

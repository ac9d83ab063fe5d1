/** Says what was just removed and offers to put it back. It stays until dismissed or replaced: no time limit. */
export function UndoBar({
  message,
  onUndo,
  onDismiss,
}: {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  return (
    <div class="toast" role="region" aria-label="Undo">
      <p role="status">{message}</p>
      <div>
        <button type="button" onClick={onUndo}>
          Undo
        </button>{' '}
        <button type="button" class="quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

import { useState } from 'preact/hooks';

/** Offers a waiting new version. It never reloads by itself: someone may be typing. */
export function UpdateToast({ apply }: { apply: () => void }) {
  const [dismissed, setDismissed] = useState(false);
  const [applying, setApplying] = useState(false);
  if (dismissed) return null;
  return (
    <div class="toast" role="region" aria-label="Update">
      <p role="status">{applying ? 'Updating…' : 'Update available.'}</p>
      <div>
        <button
          type="button"
          disabled={applying}
          onClick={() => {
            setApplying(true);
            apply();
          }}
        >
          Reload
        </button>{' '}
        <button type="button" class="quiet" onClick={() => setDismissed(true)}>
          Later
        </button>
      </div>
    </div>
  );
}

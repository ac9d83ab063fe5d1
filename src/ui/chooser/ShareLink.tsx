import { useEffect, useState } from 'preact/hooks';

/** Copies the result's address, which holds the answers, so it can be shared or saved. */
export function ShareLink() {
  const [canCopy, setCanCopy] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => setCanCopy(Boolean(navigator.clipboard?.writeText)), []);
  if (!canCopy) return null;
  const copy = () =>
    navigator.clipboard.writeText(location.href).then(
      () => setStatus('Link copied. It opens this result, even offline.'),
      () => setStatus('Could not copy the link. Copy the address from the address bar instead.'),
    );
  return (
    <>
      <button type="button" class="secondary" onClick={copy}>
        Copy link to this result
      </button>
      <span role="status" class="chooser-status">
        {status}
      </span>
    </>
  );
}

import { useState } from 'preact/hooks';
import { copyText } from '../shared/files';

/** Text that did not fit in a box: said plainly, shown in full, and offered to copy. It is not in the note. */
export function TextNotKept({
  id,
  what,
  rest,
  onDone,
}: {
  id: string;
  /** What happened, in a sentence. */
  what: string;
  rest: string;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState('');
  const n = rest.length.toLocaleString('en-GB');
  return (
    <div class="not-kept" role="alert">
      <p>
        {what} The last {n} {rest.length === 1 ? 'character is' : 'characters are'} not in the note.
        Copy them to keep them somewhere else, or split the text over other boxes.
      </p>
      <label for={id}>Text that did not fit</label>
      <textarea id={id} readOnly rows={3} value={rest} />
      <div class="button-row">
        <button
          type="button"
          onClick={async () =>
            setCopied(
              (await copyText(rest))
                ? 'Copied. Paste it somewhere safe.'
                : 'Your browser would not copy. Select the text in the box and copy it yourself.',
            )
          }
        >
          Copy the rest
        </button>
        <button type="button" class="secondary" onClick={onDone}>
          Done
        </button>
      </div>
      <p role="status">{copied}</p>
    </div>
  );
}

import { useState } from 'preact/hooks';
import { roomLeft, splitAt } from '../../storage/limits';
import { TextNotKept } from './TextNotKept';
import '../../styles/limits.css';

type Box = HTMLInputElement | HTMLTextAreaElement;

/**
 * A text box with a limit: it shows the room left from 90 % of the limit (announced politely), and a
 * paste that would go over keeps what fits and offers the rest to copy, so nothing pasted is dropped
 * unseen. `rows` makes it a textarea.
 */
export function LimitedText({
  id,
  max,
  value,
  onText,
  rows,
  describedBy,
  ...rest
}: {
  id: string;
  max: number;
  value: string;
  onText: (value: string) => void;
  rows?: number;
  describedBy?: string;
  placeholder?: string;
  autocomplete?: string;
}) {
  const [notKept, setNotKept] = useState('');
  const countId = `${id}-count`;
  const onPaste = (e: ClipboardEvent) => {
    const box = e.currentTarget as Box;
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    const start = box.selectionStart ?? box.value.length;
    const end = box.selectionEnd ?? start;
    const before = box.value.slice(0, start);
    const after = box.value.slice(end);
    if (before.length + pasted.length + after.length <= max) return;
    e.preventDefault();
    const { kept, rest: over } = splitAt(pasted, Math.max(0, max - before.length - after.length));
    box.value = before + kept + after;
    box.setSelectionRange(start + kept.length, start + kept.length);
    onText(box.value);
    setNotKept(over);
  };
  const props = {
    id,
    maxLength: max,
    value,
    onInput: (e: Event) => onText((e.currentTarget as Box).value),
    onPaste,
    'aria-describedby': [describedBy, countId].filter(Boolean).join(' '),
  };
  return (
    <>
      {rows ? (
        <textarea {...rest} {...props} rows={rows} />
      ) : (
        <input type="text" {...rest} {...props} />
      )}
      <p id={countId} class="limit-count" aria-live="polite">
        {roomLeft(value.length, max)}
      </p>
      {notKept && (
        <TextNotKept
          id={`${id}-not-kept`}
          what={`Only the start of what you pasted fitted: this box holds up to ${max.toLocaleString('en-GB')} characters.`}
          rest={notKept}
          onDone={() => setNotKept('')}
        />
      )}
    </>
  );
}

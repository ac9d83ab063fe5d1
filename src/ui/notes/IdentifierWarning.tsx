import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  describeKind,
  findIdentifiers,
  messageWithText,
  undismissed,
  type Finding,
} from '../../privacy/identifiers';
import { useIdentifierGuard } from './identifier-guard';

/** How long typing must pause before the text is checked again. */
export const CHECK_DELAY_MS = 300;
const MAX_SHOWN = 3;
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A quiet warning under a note box when its text looks like a patient detail, each with "It isn't".
 * It never takes focus and never holds up typing or saving: the text is checked on the device a moment
 * after typing pauses, and the warning is read out politely (role="status").
 */
export function IdentifierWarning({
  text,
  fieldId,
  staffNames = false,
}: {
  text: string;
  /** The box it is about: focus goes back there once its last warning is dismissed. */
  fieldId: string;
  /** A box for staff names (facilitator, who took part, owner): titles and names are not flagged. */
  staffNames?: boolean;
}) {
  const guard = useIdentifierGuard();
  // Text already there when the note opens is checked at once (and not read out); typing, after a pause.
  const [checked, setChecked] = useState(text);
  useEffect(() => {
    if (text === checked) return;
    const timer = setTimeout(() => setChecked(text), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const findings = useMemo(
    () => findIdentifiers(checked, { skipNames: staffNames }),
    [checked, staffNames],
  );
  const region = useRef<HTMLDivElement>(null);
  if (!guard) return null;
  const shown = undismissed(findings, guard.dismissed);

  const dismiss = (key: string) => {
    const hadFocus = region.current?.contains(document.activeElement);
    guard.dismiss(key);
    if (!hadFocus) return;
    // The button goes: keep focus close, on the next "It isn't" here or else back in the box.
    requestAnimationFrame(() => {
      const next = region.current?.querySelector<HTMLButtonElement>('button');
      (next ?? document.getElementById(fieldId))?.focus();
    });
  };

  const button = (f: Finding) => (
    <button
      type="button"
      class="quiet"
      aria-label={`It isn't ${describeKind(f.kind)}: ${short(f.text)}`}
      onClick={() => dismiss(f.key)}
    >
      It isn't
    </button>
  );

  return (
    <div
      ref={region}
      class={shown.length ? 'id-warning' : 'id-warning-empty'}
      role="status"
      data-for={fieldId}
    >
      {shown.length === 1 && (
        <p class="id-warning-item">
          <span>{messageWithText(shown[0])}</span> {button(shown[0])}
        </p>
      )}
      {shown.length > 1 && (
        <>
          <p class="id-warning-lead">
            <span>This looks like patient details. Keep them out of session notes.</span>
          </p>
          <ul class="id-warning-list">
            {shown.slice(0, MAX_SHOWN).map((f) => (
              <li key={f.key} class="id-warning-item">
                <span>
                  {capitalise(describeKind(f.kind))}: “{short(f.text)}”
                </span>{' '}
                {button(f)}
              </li>
            ))}
          </ul>
          {shown.length > MAX_SHOWN && (
            <p class="id-warning-more">And {shown.length - MAX_SHOWN} more.</p>
          )}
        </>
      )}
    </div>
  );
}

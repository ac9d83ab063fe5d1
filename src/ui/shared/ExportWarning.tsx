import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeKind, type Finding } from '../../privacy/identifiers';
import { listKinds } from '../../privacy/note-scan';

interface Pending {
  label: string;
  findings: Finding[];
  proceed: () => void;
  from: HTMLElement | null;
}

/**
 * Exports ask once when text that looks like a patient detail is still there: the first export shows a
 * notice (in the page, not a browser dialog) to go ahead or check; after "go ahead", exports carry on
 * without asking until something new is flagged.
 */
export function useExportWarning() {
  const [pending, setPending] = useState<Pending | null>(null);
  const agreed = useRef(new Set<string>());
  return {
    pending,
    /** Runs `proceed` now, or once the person says to go ahead. */
    guard(findings: readonly Finding[], label: string, proceed: () => void) {
      const fresh = findings.filter((f) => !agreed.current.has(f.key));
      if (!fresh.length) return proceed();
      const from = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setPending({ label, findings: [...findings], proceed, from });
    },
    goAhead() {
      if (!pending) return;
      for (const f of pending.findings) agreed.current.add(f.key);
      setPending(null);
      pending.from?.focus();
      pending.proceed();
    },
    cancel: () => setPending(null),
  };
}

export type ExportWarningState = ReturnType<typeof useExportWarning>;

/** The notice itself; `onCheck` takes the person to the text (or `children` offer links to it). */
export function ExportWarning({
  warning,
  subject = 'This note still has',
  onCheck,
  children,
}: {
  warning: ExportWarningState;
  subject?: string;
  onCheck?: () => void;
  children?: ComponentChildren;
}) {
  const box = useRef<HTMLDivElement>(null);
  const { pending } = warning;
  useEffect(() => {
    if (pending) box.current?.focus();
  }, [pending]);
  if (!pending) return null;
  const kinds = listKinds(pending.findings, (f) => describeKind(f.kind));
  return (
    <div
      ref={box}
      class="export-warning"
      tabIndex={-1}
      role="group"
      aria-labelledby="export-warning-text"
    >
      <p id="export-warning-text">
        <strong>Check before it leaves this device.</strong> {subject} text that looks like {kinds}.
        Take patient details out, or say “It isn't” beside each warning.
      </p>
      {children}
      <div class="button-row">
        <button type="button" onClick={() => warning.goAhead()}>
          {pending.label} anyway
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            warning.cancel();
            if (onCheck) onCheck();
            else pending.from?.focus();
          }}
        >
          {onCheck ? 'Check the note' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}

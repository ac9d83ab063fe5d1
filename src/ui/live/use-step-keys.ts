import { useEffect, useRef } from 'preact/hooks';

export type StepKeyAction = 'next' | 'previous' | 'toggle-pause';

/**
 * What a key press means in the presenter view. Clickers send Page Down / Page Up (some send arrows or
 * a space). Space and Enter on a focused button or link keep their usual meaning: pressing that control.
 */
export function stepKeyAction(
  key: string,
  shift: boolean,
  onControl: boolean,
): StepKeyAction | null {
  if (key === ' ' || key === 'Spacebar') return onControl ? null : shift ? 'previous' : 'next';
  if (['ArrowRight', 'ArrowDown', 'PageDown'].includes(key)) return 'next';
  if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(key)) return 'previous';
  if (key === 'p' || key === 'P') return 'toggle-pause';
  return null;
}

/** Steps through a run from the keyboard or a clicker, anywhere on the page except in form fields. */
export function useStepKeys(onAction: (action: StepKeyAction) => void): void {
  const latest = useRef(onAction);
  latest.current = onAction;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable]')) return;
      const action = stepKeyAction(
        event.key,
        event.shiftKey,
        !!target?.closest('button, a, summary'),
      );
      if (!action) return;
      event.preventDefault(); // no page scroll
      latest.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

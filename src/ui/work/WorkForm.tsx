import { useState } from 'preact/hooks';
import { describeStorageError } from '../../storage/errors';

export const DESCRIPTION_HINT = 'What is this work for? A later team will read this as context.';

/**
 * A piece of work's name (required) and description, for starting one or renaming one. An empty name
 * gets an inline message by the box; nothing typed is cleared on a failed save.
 */
export function WorkForm({
  idPrefix,
  initialName = '',
  initialDescription = '',
  submitLabel,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  initialName?: string;
  initialDescription?: string;
  submitLabel: string;
  onSave: (name: string, description: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const [name, setName] = useState(initialName);
  const [description, setDescription] = useState(initialDescription);
  const [nameError, setNameError] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) {
      setNameError('Give the piece of work a name, such as “Discharge trial on Ward 7”.');
      document.getElementById(`${idPrefix}-name`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSave(name.trim(), description);
      setProblem('');
    } catch (error) {
      setProblem(`${describeStorageError(error, false).message} What you typed is still here.`);
    }
    setBusy(false);
  };

  return (
    <form class="work-form" onSubmit={(e) => void submit(e)} noValidate>
      <label for={`${idPrefix}-name`}>Name</label>
      {nameError && (
        <p class="error-text" id={`${idPrefix}-name-error`}>
          {nameError}
        </p>
      )}
      <input
        id={`${idPrefix}-name`}
        type="text"
        required
        maxLength={200}
        value={name}
        aria-invalid={nameError ? true : undefined}
        aria-describedby={nameError ? `${idPrefix}-name-error` : undefined}
        onInput={(e) => (
          setName(e.currentTarget.value),
          e.currentTarget.value.trim() && setNameError('')
        )}
      />
      <label for={`${idPrefix}-description`}>Description (optional)</label>
      <p class="hint" id={`${idPrefix}-description-hint`}>
        {DESCRIPTION_HINT}
      </p>
      <textarea
        id={`${idPrefix}-description`}
        rows={3}
        aria-describedby={`${idPrefix}-description-hint`}
        value={description}
        onInput={(e) => setDescription(e.currentTarget.value)}
      />
      {problem && (
        <p role="alert" class="note-problem">
          {problem}
        </p>
      )}
      <p class="button-row">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>{' '}
        {onCancel && (
          <button type="button" class="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}

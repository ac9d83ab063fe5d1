import { getCard } from '../../content/catalog';
import { formatDay, formatTime } from '../../storage/dates';
import type { SessionSummary } from '../../storage/search';
import { editUrl } from '../../routes/urls';

/** One note in the list: open it, copy it to start a new one, or delete it (with undo). */
export function NoteRow({
  note,
  onDuplicate,
  onDelete,
}: {
  note: SessionSummary;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const title = note.title.trim() || 'Untitled note';
  return (
    <li class="note-item">
      <a class="note-link" href={editUrl(note.id)}>
        {title}
      </a>
      <span class="note-meta">
        {getCard(note.techniqueId)?.title ?? note.techniqueId} · {formatDay(note.date)} · edited{' '}
        {formatTime(note.updatedAt)}
      </span>
      {note.excerpt && <span class="note-excerpt">{note.excerpt}</span>}
      <span class="row-actions">
        <button type="button" class="quiet" onClick={onDuplicate}>
          Duplicate<span class="visually-hidden"> {title}</span>
        </button>
        <button type="button" class="quiet" onClick={onDelete}>
          Delete<span class="visually-hidden"> {title}</span>
        </button>
      </span>
    </li>
  );
}

import type { ComponentChildren } from 'preact';
import { LIMITS } from '../../storage/limits';
import type { Session } from '../../storage/session-record';
import { LimitedText } from './LimitedText';
import { IdentifierWarning } from './IdentifierWarning';

/** Title, date, facilitator and who took part. */
export function NoteDetails({
  draft,
  change,
  children,
}: {
  draft: Session;
  change: (patch: Partial<Session>) => void;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="note-details">
      <legend>About the session</legend>
      <label for="note-title">Title</label>
      <LimitedText
        id="note-title"
        max={LIMITS.short}
        value={draft.title}
        placeholder="For example: Ward 7 night shift handover"
        onText={(title) => change({ title })}
      />
      <IdentifierWarning text={draft.title} fieldId="note-title" />
      <div class="note-pair">
        <div>
          <label for="note-date">Date of the session</label>
          <input
            id="note-date"
            type="date"
            value={draft.date}
            required
            onInput={(e) => e.currentTarget.value && change({ date: e.currentTarget.value })}
          />
        </div>
        <div>
          <label for="note-facilitator">Facilitator</label>
          <LimitedText
            id="note-facilitator"
            max={LIMITS.short}
            value={draft.facilitator}
            autocomplete="name"
            onText={(facilitator) => change({ facilitator })}
          />
          <IdentifierWarning text={draft.facilitator} fieldId="note-facilitator" staffNames />
        </div>
      </div>
      <label for="note-participants">Participants</label>
      <p class="hint" id="note-participants-hint">
        Names or roles, one per line. Or leave this empty and give the number of people below.
      </p>
      <LimitedText
        id="note-participants"
        rows={3}
        max={LIMITS.long}
        describedBy="note-participants-hint"
        value={draft.participants}
        onText={(participants) => change({ participants })}
      />
      <IdentifierWarning text={draft.participants} fieldId="note-participants" staffNames />
      <label for="note-headcount">Number of people</label>
      <input
        id="note-headcount"
        class="short"
        type="number"
        inputMode="numeric"
        min={0}
        max={1000000}
        value={draft.headcount ?? ''}
        onInput={(e) => {
          const n = Number.parseInt(e.currentTarget.value, 10);
          change({ headcount: Number.isInteger(n) && n >= 0 && n <= 1_000_000 ? n : null });
        }}
      />
      {children}
    </fieldset>
  );
}

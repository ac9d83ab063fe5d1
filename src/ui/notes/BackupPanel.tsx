import { useState } from 'preact/hooks';
import { getCard } from '../../content/catalog';
import { flaggedInNote, type NoteFinding } from '../../privacy/note-scan';
import { NOT_THE_OFFICIAL_RECORD } from '../../storage/record-notice';
import { backupFileName, MAX_BACKUP_CHARS, type Backup } from '../../storage/backup';
import { actionsAndLessonsCsv } from '../../storage/csv';
import { describeStorageError } from '../../storage/errors';
import { describeImport } from '../../storage/import-merge';
import type { Notes } from '../../storage/notes';
import type { Session } from '../../storage/session-record';
import { BackupRefusedError } from '../../storage/session-store';
import { downloadText } from '../shared/files';
import { ExportWarning, useExportWarning } from '../shared/ExportWarning';
import { editUrl } from '../../routes/urls';

type Outcome = { ok: boolean; message: string; details?: string[] };
type Flagged = { session: Session; findings: NoteFinding[] };

/** Notes with text that still looks like a patient detail; `only` narrows to the parts a file holds. */
const flaggedNotes = (all: Session[], only = (_f: NoteFinding) => true): Flagged[] =>
  all
    .map((session) => ({ session, findings: flaggedInNote(session).filter(only) }))
    .filter((n) => n.findings.length);
/** The CSV holds actions, lessons and note titles. */
const inCsv = (f: NoteFinding) => /^(action|lesson|title)/.test(f.where);

/** All notes out as a backup (JSON) or a spreadsheet of actions and lessons (CSV); a backup back in. */
export function BackupPanel({ notes }: { notes: Notes }) {
  const [exported, setExported] = useState('');
  const [imported, setImported] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [flagged, setFlagged] = useState<Flagged[]>([]);
  const warning = useExportWarning();
  const { sessions } = notes;
  /** Runs an export, asking first while any note in it has flagged text. */
  const guarded = (found: Flagged[], label: string, proceed: () => void) => {
    setFlagged(found);
    warning.guard(
      found.flatMap((n) => n.findings),
      label,
      proceed,
    );
  };

  const exportBackup = async () => {
    const start = performance.now();
    try {
      const backup = await sessions.exportAll();
      guarded(flaggedNotes(backup.sessions), 'Download the backup', () =>
        saveBackup(backup, start),
      );
    } catch (error) {
      setExported(describeStorageError(error, false).message);
    }
  };
  const saveBackup = async (backup: Backup, start: number) => {
    try {
      downloadText(backupFileName(), 'application/json', JSON.stringify(backup));
      performance.measure('mobilise:notes-export', { start, end: performance.now() });
      await sessions.setMeta('lastBackupAt', backup.exportedAt).catch(() => undefined);
      setExported(
        `Backup of ${backup.sessions.length} ${backup.sessions.length === 1 ? 'note' : 'notes'} downloaded.`,
      );
    } catch (error) {
      setExported(describeStorageError(error, false).message);
    }
  };
  const exportCsv = async () => {
    try {
      const { sessions: all } = await sessions.exportAll();
      all.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      guarded(flaggedNotes(all, inCsv), 'Download the spreadsheet', () => {
        downloadText(
          `mobilise-actions-and-lessons-${new Date().toISOString().slice(0, 10)}.csv`,
          'text/csv;charset=utf-8',
          actionsAndLessonsCsv(all, (id) => getCard(id)?.title ?? id),
        );
        setExported('Actions and lessons downloaded as a spreadsheet (CSV).');
      });
    } catch (error) {
      setExported(describeStorageError(error, false).message);
    }
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const start = performance.now();
    setBusy(true);
    setImported(null);
    try {
      if (file.size > MAX_BACKUP_CHARS)
        throw new BackupRefusedError([
          `The file is too large to be a Mobilise backup (the limit is ${MAX_BACKUP_CHARS / 1024 / 1024} MB).`,
        ]);
      const summary = await sessions.importBackup(await file.text());
      setImported({ ok: true, message: `Imported “${file.name}”: ${describeImport(summary)}` });
      performance.measure('mobilise:notes-import', { start, end: performance.now() });
    } catch (error) {
      const refused = error instanceof BackupRefusedError;
      setImported({
        ok: false,
        message: `Nothing was imported, and your notes are unchanged. ${refused ? `“${file.name}” cannot be used:` : describeStorageError(error, false).message}`,
        details: refused ? error.problems : undefined,
      });
    } finally {
      setBusy(false);
      input.value = ''; // choosing the same file again tries again
    }
  };

  return (
    <>
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Back up and export</h2>
        <p>
          A backup is one file holding every note. Keep it somewhere safe. You can import it here,
          or in Mobilise on another device.
        </p>
        <p class="record-notice">{NOT_THE_OFFICIAL_RECORD}</p>
        <div class="button-row">
          <button type="button" onClick={() => void exportBackup()}>
            Download a backup (.json)
          </button>
          <button type="button" class="secondary" onClick={() => void exportCsv()}>
            Download actions and lessons (.csv)
          </button>
        </div>
        <ExportWarning
          warning={warning}
          subject={
            flagged.length === 1 ? 'One note still has' : `${flagged.length} notes still have`
          }
        >
          <ul>
            {flagged.slice(0, 5).map(({ session }) => (
              <li key={session.id}>
                <a href={editUrl(session.id)}>{session.title.trim() || 'Untitled note'}</a>
              </li>
            ))}
            {flagged.length > 5 && <li>and {flagged.length - 5} more</li>}
          </ul>
        </ExportWarning>
        <p role="status">{exported}</p>
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import a backup</h2>
        <p>
          Notes in the file are added. Where a note is already here, the copy edited most recently
          is kept. A damaged file changes nothing.
        </p>
        <label for="import-file">Choose a backup file</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => void importFile(e.currentTarget)}
        />
        <div
          role={imported && !imported.ok ? 'alert' : 'status'}
          class={imported && !imported.ok ? 'note-problem' : undefined}
        >
          {busy && <p>Importing…</p>}
          {imported && <p>{imported.message}</p>}
          {imported?.details && (
            <ul>
              {imported.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </>
  );
}

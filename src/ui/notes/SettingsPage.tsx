import { BackupPanel } from './BackupPanel';
import { EraseAllData } from './EraseAllData';
import { useNotes } from '../shared/NotesContext';
import { StorageStatus } from './StorageStatus';
import { TrainerDemo } from './TrainerDemo';

/** /settings: where notes are kept, backups in and out, and erasing everything. */
export function SettingsPage() {
  const notes = useNotes();
  return (
    <>
      <h1>Settings and data</h1>
      <p class="lede">
        Everything you write in Mobilise stays in this browser on this device. Nothing is sent
        anywhere.
      </p>
      {notes ? (
        <>
          <StorageStatus notes={notes} />
          <BackupPanel notes={notes} />
          <TrainerDemo notes={notes} />
          <EraseAllData notes={notes} />
        </>
      ) : (
        <p role="status">Loading…</p>
      )}
    </>
  );
}

/** Shared steps for the backup-file tests. */
import { parseBackup, type Backup } from '../../src/storage/backup';

/** A backup's JSON with one change made to it, as a damaged or hand-edited file would be. */
export function editedCopy(backup: Backup, change: (data: Record<string, any>) => void): string {
  const data = JSON.parse(JSON.stringify(backup));
  change(data);
  return JSON.stringify(data);
}

/** The problems a refused file is reported with, one per line; fails the test if the file is accepted. */
export function problemsOf(source: string): string {
  const result = parseBackup(source);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems.join('\n');
}

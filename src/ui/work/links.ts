/** Addresses of the piece-of-work pages (per-item state in the query string, so deep links work offline). */
export const workUrl = (id: string) => `/work/view?id=${encodeURIComponent(id)}`;

/** Starts a note of a technique inside a piece of work (its open actions are reviewed first). */
export const newNoteInWorkUrl = (techniqueId: string, workId: string) =>
  `/notes/new?technique=${encodeURIComponent(techniqueId)}&work=${encodeURIComponent(workId)}`;

/** Every in-app address is built here, so a page's query parameters are named in one place. */

const q = encodeURIComponent;

/** A technique's page. */
export const techniqueUrl = (id: string) => `/techniques/${q(id)}`;

/** A new note of a technique, optionally inside a piece of work (its open actions are reviewed first). */
export const newNoteUrl = (techniqueId: string, workId?: string) =>
  `/notes/new?technique=${q(techniqueId)}${workId ? `&work=${q(workId)}` : ''}`;

/** An existing note in the editor. */
export const editUrl = (id: string) => `/notes/edit?id=${q(id)}`;

/** A piece of work's timeline. */
export const workUrl = (id: string) => `/work/view?id=${q(id)}`;

/** The lessons library, optionally filtered to one piece of work. */
export const lessonsUrl = (workId?: string) => (workId ? `/lessons?work=${q(workId)}` : '/lessons');

/** The knowledge asset of a piece of work, or of chosen lessons. */
export const assetUrl = (of: { work: string } | { lessons: readonly string[] }) =>
  'work' in of
    ? `/lessons/asset?work=${q(of.work)}`
    : `/lessons/asset?lessons=${of.lessons.map(q).join(',')}`;

/** The live pages for a technique (or, for cards, every technique when no id is given). */
export const runUrl = (techniqueId: string) => `/run?technique=${q(techniqueId)}`;
export const presentUrl = (techniqueId: string) => `/present?technique=${q(techniqueId)}`;
export const cardsUrl = (techniqueId?: string) =>
  techniqueId ? `/cards?technique=${q(techniqueId)}` : '/cards';

/** Addresses the live pages link to. The note editor is built on the notes branch; the address is agreed. */
export const noteLink = (id: string) => `/notes/new?technique=${id}`;
export const techniqueLink = (id: string) => `/techniques/${id}`;

/**
 * The one line every note view and export carries: notes on a device are not the official record.
 * One string, so the editor, the printed note, the Markdown, the knowledge asset and the backup panel
 * say the same thing.
 */
export const NOT_THE_OFFICIAL_RECORD =
  "Notes kept on this device are not the official record. Record incidents and decisions in your organisation's systems. Notes may be disclosable under FOI or a subject access request.";

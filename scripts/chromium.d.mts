/** Where Debian's Chromium is (CHROMIUM_PATH overrides it). */
export const CHROMIUM_PATH: string;
/** The flags every test and bench launches Chromium with. */
export const CHROMIUM_ARGS: string[];

import { createContext } from 'preact';
import { createMemoryRoundsStore, type RoundsStore } from '../../live/rounds';

export interface Rounds {
  store: RoundsStore;
  /** True when kept rounds outlive the page (stored on the device); the screen says which. */
  durable: boolean;
}

/**
 * Where the pairing screen keeps earlier rounds. Until an IndexedDB store is provided above it
 * (<RoundsContext.Provider value={{ store, durable: true }}>), rounds last as long as the page.
 */
export const RoundsContext = createContext<Rounds>({
  store: createMemoryRoundsStore(),
  durable: false,
});

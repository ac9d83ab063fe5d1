import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Testing Library cleans up by itself only when vitest runs with globals, which we do not use.
afterEach(cleanup);

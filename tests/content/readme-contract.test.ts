// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as schema from '../../src/content/schema';

const readme = readFileSync('techniques/README.md', 'utf8');
const ENUMS = {
  PHASES: schema.PHASES,
  PURPOSES: schema.PURPOSES,
  WORK_STAGES: schema.WORK_STAGES,
  KNOWLEDGE_FROM: schema.KNOWLEDGE_FROM,
  DIFFICULTIES: schema.DIFFICULTIES,
  FITS: schema.FITS,
  FIELD_KINDS: schema.FIELD_KINDS,
  PROMOTE_KINDS: schema.PROMOTE_KINDS,
};

describe('techniques/README.md, the authoring contract', () => {
  it.each(Object.entries(ENUMS))('lists every allowed value of %s', (_, values) => {
    const missing = values.filter((value) => !readme.includes(value));
    expect(missing).toEqual([]);
  });
});

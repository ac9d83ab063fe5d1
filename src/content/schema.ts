/**
 * The technique content contract, checked at build time and in tests.
 * Build/test side only: zod, yaml and marked never reach the browser.
 * techniques/README.md explains every field in plain words; keep the two in step
 * (tests/content/readme-contract.test.ts checks that the README lists every allowed value).
 */
import { Marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { normaliseName } from './names.ts';

export const PHASES = ['before', 'during', 'after'] as const;
export const PURPOSES = [
  'learn-from-others',
  'agree-aims-and-risks',
  'build-on-what-works',
  'review-an-event',
  'review-a-project',
  'capture-expert-knowledge',
  'connect-people',
  'explore-a-topic',
  'solve-members-problems',
  'assess-knowledge-use',
  'keep-a-group-learning',
  'package-knowledge',
] as const;
export const WORK_STAGES = ['about-to-start', 'under-way', 'just-finished', 'ongoing'] as const;
export const KNOWLEDGE_FROM = ['our-team', 'another-team', 'one-expert', 'many-people'] as const;
export const DIFFICULTIES = ['easy', 'moderate', 'skilled'] as const;
export const FITS = ['good', 'possible', 'poor'] as const;
export const FIELD_KINDS = ['text', 'list'] as const;
/** How the people in a session take part, for a variant's `formats` (a few speak while many listen: a panel or fishbowl). */
export const FORMATS = ['few-speak-many-listen', 'small-groups', 'one-group', 'pairs'] as const;
export const SETTINGS = ['inPerson', 'online', 'hybrid'] as const;
/** What a line of a note field becomes when kept as a lesson: advice to repeat, to avoid, or either (read from its first word). */
export const PROMOTE_KINDS = ['repeat', 'avoid', 'either'] as const;

/** The prose sections of a technique body, in reading order, keyed by their exact `##` heading. */
export const SECTIONS = {
  purpose: 'What it is for',
  whenToUse: 'When to use it',
  whenNotToUse: 'When not to use it',
  preparation: 'Preparation',
  groundRules: 'Ground rules',
  tips: 'Tips',
  pitfalls: 'Pitfalls',
  outputs: 'What you come away with',
  onlineHybrid: 'Online and hybrid',
} as const;
export type SectionId = keyof typeof SECTIONS;

const text = z.string().trim().min(1, 'must not be empty');
const kebab = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const range = (unit: string, max: number) =>
  z
    .object({
      min: z.number().int().min(0).max(max),
      max: z.number().int().min(0).max(max),
    })
    .strict()
    .refine((r) => r.min <= r.max, { message: `min must not be more than max (${unit})` });

export const techniqueSchema = z
  .object({
    title: text,
    // Other names people search for: acronyms, older or US spellings, everyday names ("debrief").
    aliases: z.array(text.max(60, 'must be a short name (60 characters at most)')).optional(),
    phase: z.enum(PHASES),
    summary: text.max(160, 'must be one short sentence (160 characters at most)'),
    purposes: z.array(z.enum(PURPOSES)).min(1),
    workStages: z.array(z.enum(WORK_STAGES)).min(1),
    knowledgeFrom: z.array(z.enum(KNOWLEDGE_FROM)).min(1),
    groupSize: range('people', 10000).refine((r) => r.min >= 1, {
      message: 'min must be at least 1',
    }),
    // Only where a technique runs as many small meetings (pairs over coffee) or a standing group larger than one meeting.
    peopleInAll: range('people', 10000)
      .refine((r) => r.min >= 1, { message: 'min must be at least 1' })
      .optional(),
    duration: range('minutes', 2000),
    leadTimeDays: range('days', 180),
    difficulty: z.enum(DIFFICULTIES),
    settings: z
      .object({ inPerson: z.enum(FITS), online: z.enum(FITS), hybrid: z.enum(FITS) })
      .strict(),
    roles: z.array(z.object({ name: text, does: text }).strict()).min(1),
    steps: z
      .array(
        z
          .object({
            title: text,
            minutes: z.number().int().min(1).max(600),
            detail: text,
            prompts: z.array(text).optional(),
          })
          .strict(),
      )
      .min(2),
    questions: z.array(text).min(1),
    noteTemplate: z
      .array(
        z
          .object({
            id: kebab,
            label: text,
            hint: text.optional(),
            kind: z.enum(FIELD_KINDS),
            // The learning loop (src/loop): each line can be kept as a lesson; filled from an earlier note in
            // the same piece of work ("technique-id.field-id"); earlier lessons are offered for this field.
            promote: z.enum(PROMOTE_KINDS).optional(),
            prefillFrom: z
              .array(
                z
                  .string()
                  .regex(
                    /^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/,
                    'must be technique-id.field-id',
                  ),
              )
              .min(1)
              .optional(),
            offerLessons: z.literal(true).optional(),
          })
          .strict(),
      )
      .min(1),
    related: z.object({ before: z.array(kebab), after: z.array(kebab) }).strict(),
    // Ways to run the technique outside its usual range (a 20-minute online version, a large-group version).
    variants: z
      .array(
        z
          .object({
            id: kebab,
            name: text,
            advice: text.max(400, 'must be a short paragraph (400 characters at most)'),
            suits: z
              .object({
                groupSize: range('people', 10000)
                  .refine((r) => r.min >= 1, { message: 'min must be at least 1' })
                  .optional(),
                duration: range('minutes', 2000).optional(),
                settings: z.array(z.enum(SETTINGS)).min(1).optional(),
                formats: z.array(z.enum(FORMATS)).min(1).optional(),
              })
              .strict()
              .refine((s) => Object.keys(s).length > 0, {
                message: 'must name at least one of groupSize, duration, settings or formats',
              }),
          })
          .strict(),
      )
      .min(1)
      .optional(),
    sources: z
      .array(
        z
          .object({
            title: text,
            publisher: text,
            year: z.number().int().optional(),
            url: z.url().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type TechniqueData = z.infer<typeof techniqueSchema>;
export type Technique = TechniqueData & { id: string; sections: Record<SectionId, string> };

/** A content error that names the file and the field, for a person who is not a programmer. */
export class ContentError extends Error {}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** The technique id is its filename: `techniques/peer-assist.md` → `peer-assist`. */
export function idFromPath(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop()!.replace(/\.md$/, '');
}

/** Parse one technique file; throws a ContentError naming the file and the field. */
export function parseTechnique(source: string, path: string): Technique {
  const file = `techniques/${idFromPath(path)}.md`;
  const fail = (field: string, message: string): never => {
    throw new ContentError(`${file}: ${field}: ${message}`);
  };
  const id = idFromPath(path);
  if (!kebab.safeParse(id).success)
    fail('file name', 'must be lower-case words joined by hyphens, ending .md');
  const match = FRONTMATTER.exec(source);
  if (!match)
    return fail(
      'frontmatter',
      'the file must start with a block between two lines of three dashes (---)',
    );
  let raw: unknown;
  try {
    raw = parseYaml(match[1]);
  } catch (err) {
    return fail('frontmatter', `is not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const parsed = techniqueSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.length ? issue.path.join('.') : 'frontmatter';
    const value = issue.path.reduce<unknown>(
      (o, k) => (o as Record<PropertyKey, unknown> | undefined)?.[k],
      raw,
    );
    fail(
      field,
      issue.path.length > 0 && value === undefined
        ? `is required but missing (${issue.message})`
        : issue.message,
    );
  }
  const data = parsed.data!;
  for (const [i, field] of data.noteTemplate.entries()) {
    if (data.noteTemplate.findIndex((f) => f.id === field.id) !== i)
      fail(`noteTemplate.${i}.id`, `"${field.id}" is used twice`);
  }
  for (const [i, v] of (data.variants ?? []).entries()) {
    if (data.variants!.findIndex((w) => w.id === v.id) !== i)
      fail(`variants.${i}.id`, `"${v.id}" is used twice`);
  }
  for (const key of ['before', 'after'] as const) {
    if (data.related[key].includes(id)) fail(`related.${key}`, 'a technique cannot link to itself');
  }
  for (const [i, alias] of (data.aliases ?? []).entries()) {
    const name = normaliseName(alias);
    if (name === normaliseName(data.title))
      fail(`aliases.${i}`, `"${alias}" is the title itself; list only other names`);
    if ((data.aliases ?? []).findIndex((a) => normaliseName(a) === name) !== i)
      fail(`aliases.${i}`, `"${alias}" is listed twice`);
  }
  return { id, ...data, sections: parseSections(match[2], fail) };
}

function parseSections(
  body: string,
  fail: (field: string, message: string) => never,
): Record<SectionId, string> {
  const byHeading = new Map(
    Object.entries(SECTIONS).map(([id, heading]) => [heading.toLowerCase(), id as SectionId]),
  );
  const found: Partial<Record<SectionId, string>> = {};
  const parts = body.split(/^## +(.+?)\s*$/m);
  if (parts[0].trim())
    fail('body', 'text before the first "## " heading is not shown; move it under a heading');
  for (let i = 1; i < parts.length; i += 2) {
    const heading = parts[i];
    const id = byHeading.get(heading.toLowerCase());
    if (!id)
      fail(
        `section "${heading}"`,
        `is not a known heading; expected one of: ${Object.values(SECTIONS).join(', ')}`,
      );
    if (found[id!]) fail(`section "${heading}"`, 'appears twice');
    const sectionSource = parts[i + 1].trim();
    if (!sectionSource) fail(`section "${heading}"`, 'is empty');
    const html = renderMarkdown(sectionSource);
    // Content HTML is injected into pages, so a link may only go to the web, an e-mail address or this app.
    const unsafe = /<(?:a href|img src)="(?!https?:\/\/|mailto:|\/|#)([^"]*)"/i.exec(html);
    if (unsafe)
      fail(`section "${heading}"`, `link "${unsafe[1]}" must start with https://, mailto:, / or #`);
    found[id!] = html;
  }
  for (const [id, heading] of Object.entries(SECTIONS)) {
    if (!found[id as SectionId])
      fail(`section "${heading}"`, 'is missing; add a "## ' + heading + '" heading');
  }
  return found as Record<SectionId, string>;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Markdown to HTML. Raw HTML in content is escaped, so a content file cannot inject markup. */
const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text: raw }) => escapeHtml(raw),
    heading({ tokens, depth }) {
      const level = Math.max(depth, 3); // h1 is the page title, h2 the section
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

function renderMarkdown(source: string): string {
  return markdown.parse(source) as string;
}

/** Checks across files: links resolve, titles and summaries are unique. Returns the problems found. */
export function checkCatalogue(techniques: readonly Technique[]): string[] {
  const ids = new Set(techniques.map((t) => t.id));
  const problems: string[] = [];
  for (const t of techniques) {
    for (const key of ['before', 'after'] as const) {
      for (const target of t.related[key]) {
        if (!ids.has(target))
          problems.push(
            `techniques/${t.id}.md: related.${key}: "${target}" is not a technique file`,
          );
      }
    }
    for (const [i, field] of t.noteTemplate.entries()) {
      for (const ref of field.prefillFrom ?? []) {
        const [techniqueId, fieldId] = ref.split('.');
        const source = techniques.find((x) => x.id === techniqueId);
        if (!source)
          problems.push(
            `techniques/${t.id}.md: noteTemplate.${i}.prefillFrom: "${techniqueId}" is not a technique file`,
          );
        else if (!source.noteTemplate.some((f) => f.id === fieldId)) {
          problems.push(
            `techniques/${t.id}.md: noteTemplate.${i}.prefillFrom: ${techniqueId} has no note field "${fieldId}"`,
          );
        }
      }
    }
    for (const other of techniques) {
      if (other.id >= t.id) continue;
      if (other.title === t.title)
        problems.push(`techniques/${t.id}.md: title: same as techniques/${other.id}.md`);
      if (other.summary === t.summary)
        problems.push(`techniques/${t.id}.md: summary: same as techniques/${other.id}.md`);
    }
  }
  return problems;
}

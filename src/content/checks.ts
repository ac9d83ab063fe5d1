/**
 * Content-quality checks beyond the schema: the run sheet fits the stated duration, the prose
 * is plain English and the spelling is UK. Build/test side only, like schema.ts. Every problem
 * starts with "techniques/<id>.md: " so writers see one format whichever check fired.
 */
import { SECTIONS, checkCatalogue, type SectionId, type Technique } from './schema.ts';
import { normaliseName } from './names.ts';

/** House style (techniques/README.md): plain English a busy ward manager can read on a phone. */
export const MIN_READING_EASE = 60;
export const MAX_SENTENCE_WORDS = 30;

const fileOf = (t: Technique) => `techniques/${t.id}.md`;

/** Facilitators follow the run sheet, so it must fit the duration the chooser advertises. */
export function checkCompleteness(t: Technique): string[] {
  const total = t.steps.reduce((sum, step) => sum + step.minutes, 0);
  const { min, max } = t.duration;
  if (total >= min && total <= max) return [];
  return [
    `${fileOf(t)}: steps: minutes add up to ${total}, outside the duration range ${min}–${max}`,
  ];
}

// ---- Plain text, sentences, syllables ---------------------------------------------------------

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const hex = /x/i.test(name[1]);
    return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
  });

const BLOCK_TAG =
  /<\/?(?:p|li|ul|ol|h[1-6]|blockquote|pre|table|tr|td|th|div)\b[^>]*>|<br\s*\/?>/gi;

/**
 * Section HTML to plain text, one block per line. A list item or heading has no full stop, so a
 * block end must count as a sentence end, or a whole list would read as one long sentence.
 */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(BLOCK_TAG, '\n').replace(/<[^>]*>/g, ' '))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

// Full stops that never end a sentence. "etc." is left out on purpose: it often does end one,
// and the capital-letter rule in SENTENCE_END tells the two cases apart.
const ABBREVIATION = /\b(?:e\.g|i\.e|cf|vs|approx|incl|Dr|Mr|Mrs|Ms|Prof)\./gi;
const HELD_STOP = '\u0000';
const SENTENCE_END = /(?<=[.!?]["'’”)]*)\s+(?=["'‘“(]*[\p{Lu}0-9])/u;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Hyphenated compounds count as one word, as word processors count them. */
export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** Each line is at least one sentence; . ! or ? followed by a capital or digit ends one. */
export function splitSentences(text: string): string[] {
  return text.split(/\n+/).flatMap((line) =>
    line
      .replace(ABBREVIATION, (abbr) => abbr.replaceAll('.', HELD_STOP))
      .split(SENTENCE_END)
      .map((s) => s.replaceAll(HELD_STOP, '.').trim())
      .filter((s) => wordsOf(s).length > 0),
  );
}

// "safely", "baseline", "something", "statement": a silent e before a suffix or second word.
const SILENT_INNER_E =
  /[aeiouy][^aeiouy]+e(?:(?:ly|ty|ful|less|ness|line|thing|times|where)s?|(?<=[cgtv]e)ments?)$/;

/**
 * Syllables by the usual vowel-group rule with a few English corrections. Good enough for a
 * readability score, where small errors average out; a dictionary would be a new dependency.
 */
export function countSyllables(word: string): number {
  const parts = word.split('-');
  if (parts.length > 1) return parts.reduce((sum, part) => sum + countSyllables(part), 0);
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  if (lower.length <= 3) return 1; // includes numbers: we do not spell them out, so one short word
  let w = lower;
  if (/[^aeiouytd]ed$/.test(w))
    w = w.slice(0, -2); // "asked"; "wanted" keeps its -ed
  else if (/[^aeiouysxzcg]es$/.test(w) && !/(?:[cs]h|[^aeiouy]l)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1); // not "table"
  let count = (w.match(/[aeiouy]+/g) ?? []).length;
  count += (w.match(/(?<![qg])ua|io(?!n|us)|(?<![ctg])ia/g) ?? []).length; // "evaluation", "period"
  if (/[aeiouy]ing$/.test(lower)) count += 1; // "being", "saying"
  if (SILENT_INNER_E.test(lower)) count -= 1;
  return Math.max(1, count);
}

type Stats = { sentences: number; words: number; syllables: number };

function textStats(text: string): Stats {
  const sentences = splitSentences(text);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  return { sentences: sentences.length, words: words.length, syllables };
}

const ease = ({ sentences, words, syllables }: Stats) =>
  words ? 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words) : NaN;

/** Flesch reading ease: 60–70 is plain English, over 90 very easy, under 30 very hard; NaN if no words. */
export const fleschReadingEase = (text: string): number => ease(textStats(text));

// ---- Checks on one technique -------------------------------------------------------------------

type Passage = { where: string; text: string };

const sectionPassages = (t: Technique): Passage[] =>
  (Object.entries(SECTIONS) as [SectionId, string][]).map(([id, heading]) => ({
    where: `section "${heading}"`,
    text: htmlToText(t.sections[id]),
  }));

/** What people read as running prose: the sections and the step details. */
const prose = (t: Technique): Passage[] => [
  ...sectionPassages(t),
  ...t.steps.map((step, i) => ({ where: `steps.${i}.detail`, text: step.detail })),
];
const proseText = (t: Technique) =>
  prose(t)
    .map((p) => p.text)
    .join('\n');

export const wordCount = (t: Technique): number => wordsOf(proseText(t)).length;
export const readingEase = (t: Technique): number => fleschReadingEase(proseText(t));

/** Enough of a sentence for a writer to find it, cut at a word boundary. */
const quote = (s: string, max = 60) =>
  `"${s.length > max ? `${s.slice(0, max).replace(/\W*\s+\S*$/, '')}…` : s}"`;

export function checkReadability(t: Technique): string[] {
  const problems: string[] = [];
  const stats = textStats(proseText(t));
  const score = ease(stats);
  if (!(score >= MIN_READING_EASE)) {
    const perSentence = (stats.words / stats.sentences).toFixed(1);
    const perWord = (stats.syllables / stats.words).toFixed(2);
    problems.push(
      `${fileOf(t)}: readability: Flesch reading ease is ${score.toFixed(1)}, below ${MIN_READING_EASE} ` +
        `(${perSentence} words a sentence, ${perWord} syllables a word); use shorter sentences and everyday words`,
    );
  }
  const long = prose(t).flatMap(({ where, text }) =>
    splitSentences(text)
      .map((sentence) => ({ where, sentence, words: wordsOf(sentence).length }))
      .filter((s) => s.words > MAX_SENTENCE_WORDS),
  );
  if (long.length) {
    const [{ where, sentence, words }] = long;
    const more =
      long.length > 1 ? ` (and ${long.length - 1} more over ${MAX_SENTENCE_WORDS} words)` : '';
    problems.push(
      `${fileOf(t)}: ${where}: a sentence has ${words} words (${MAX_SENTENCE_WORDS} at most): ${quote(sentence)}${more}`,
    );
  }
  return problems;
}

// ---- UK spelling -------------------------------------------------------------------------------

const US_TO_UK = new Map(
  `color colour|colors colours|colored coloured|colorful colourful|behavior behaviour|behaviors behaviours
  |behavioral behavioural|center centre|centers centres|centered centred|program programme|programs programmes
  |judgment judgement|judgments judgements|favor favour|favors favours|favored favoured|favorable favourable
  |favorite favourite|favorites favourites|honor honour|honors honours|honored honoured|labor labour
  |catalog catalogue|catalogs catalogues|dialog dialogue|dialogs dialogues|defense defence|fulfill fulfil
  |fulfills fulfils|fulfillment fulfilment|enroll enrol|enrolls enrols|enrollment enrolment|inquiry enquiry
  |inquiries enquiries|neighbor neighbour|neighbors neighbours|humor humour|rumor rumour|endeavor endeavour
  |theater theatre|fiber fibre|gray grey|aging ageing|modeling modelling|modeled modelled|traveled travelled
  |traveling travelling|canceled cancelled|canceling cancelling|labeled labelled|labeling labelling
  |leveled levelled|signaled signalled|counseling counselling|counselor counsellor|skeptical sceptical
  |pediatric paediatric|orthopedic orthopaedic|anesthetic anaesthetic|anesthetist anaesthetist`
    .split('|')
    .map((pair) => pair.trim().split(' ') as [string, string]),
);

// -ize words that UK English spells the same way.
const IZE_STEMS = ['pr', 'se', 'caps', 'res', 'downs', 'ups', 'overs', 'unders', 'outs', 'supers'];
const SAME_IN_UK = new Set([
  'maize',
  'baize',
  ...IZE_STEMS.flatMap((stem) => ['ize', 'izes', 'ized', 'izing'].map((end) => stem + end)),
]);
const US_IZE = /^([a-z]{2,}[iy])z(e|es|ed|ing|er|ers|ation|ations|ational)$/;

/** The UK spelling of a US-spelt lower-case word, or undefined if the word is fine. */
export function ukSpelling(word: string): string | undefined {
  if (SAME_IN_UK.has(word)) return undefined;
  const ize = US_IZE.exec(word);
  return US_TO_UK.get(word) ?? (ize ? `${ize[1]}s${ize[2]}` : undefined);
}

/** Everything a reader sees, except sources: real titles and publishers may be American. */
const allText = (t: Technique): Passage[] => [
  { where: 'title', text: t.title },
  { where: 'summary', text: t.summary },
  ...sectionPassages(t),
  ...t.roles.flatMap((r, i) => [
    { where: `roles.${i}.name`, text: r.name },
    { where: `roles.${i}.does`, text: r.does },
  ]),
  ...t.steps.flatMap((s, i) => [
    { where: `steps.${i}.title`, text: s.title },
    { where: `steps.${i}.detail`, text: s.detail },
    ...(s.prompts ?? []).map((text, j) => ({ where: `steps.${i}.prompts.${j}`, text })),
  ]),
  ...t.questions.map((text, i) => ({ where: `questions.${i}`, text })),
  ...t.noteTemplate.flatMap((f, i) => [
    { where: `noteTemplate.${i}.label`, text: f.label },
    ...(f.hint ? [{ where: `noteTemplate.${i}.hint`, text: f.hint }] : []),
  ]),
];

export function checkSpelling(t: Technique): string[] {
  return allText(t).flatMap(({ where, text }) => {
    const words = new Set((text.match(/[a-z]+/gi) ?? []).map((w) => w.toLowerCase()));
    return [...words].flatMap((word) => {
      const uk = ukSpelling(word);
      return uk ? [`${fileOf(t)}: ${where}: US spelling "${word}"; use "${uk}"`] : [];
    });
  });
}

// ---- Across the catalogue ----------------------------------------------------------------------

/** Related links resolve; titles and summaries are unique (the chooser shows them side by side). */
export const checkLinks = (all: readonly Technique[]): string[] => checkCatalogue(all);

export const runContentChecks = (all: readonly Technique[]): string[] => [
  ...all.flatMap((t) => [...checkCompleteness(t), ...checkReadability(t), ...checkSpelling(t)]),
  ...runBuildChecks(all),
];

export type ReportRow = { id: string; words: number; readingEase: number };

/** One row per technique for a closing note to writers; reading ease to one decimal place. */
export const contentReport = (all: readonly Technique[]): ReportRow[] =>
  all.map((t) => ({
    id: t.id,
    words: wordCount(t),
    readingEase: Math.round(readingEase(t) * 10) / 10,
  }));

// ---- Sources, links, confidentiality and aliases ----------------------------------------------

/**
 * A source must point at the item cited, not at a publisher's front page, where a reader cannot
 * find what we relied on. A bare domain (no path, or just "/", and no query) is a home page.
 */
export function checkSourceUrls(t: Technique): string[] {
  return t.sources.flatMap((source, i) => {
    if (!source.url) return [];
    const url = new URL(source.url);
    if ((url.pathname !== '' && url.pathname !== '/') || url.search) return [];
    return [
      `${fileOf(t)}: sources.${i}.url: "${source.url}" is a home page; link the page of the item ` +
        'cited, or remove the url and cite the publication by title',
    ];
  });
}

/**
 * The cycle reads both ways: if A lists B after it, B lists A before it. A one-way link shows a
 * step on one page that the other page does not know about.
 */
export function checkTwoWayLinks(all: readonly Technique[]): string[] {
  const byId = new Map(all.map((t) => [t.id, t]));
  const problems: string[] = [];
  const pairs = [
    ['after', 'before'],
    ['before', 'after'],
  ] as const;
  for (const t of all) {
    for (const [key, back] of pairs) {
      for (const target of t.related[key]) {
        const other = byId.get(target);
        if (other && !other.related[back].includes(t.id))
          problems.push(
            `${fileOf(t)}: related.${key}: lists "${target}", but techniques/${target}.md does not ` +
              `list "${t.id}" in related.${back}; add it there or remove it here`,
          );
      }
    }
  }
  return problems;
}

/**
 * The standard ground rule on the limits of confidentiality (techniques/README.md). Every technique
 * that promises confidentiality must say, in its ground rules, what overrides the promise.
 */
export const CONFIDENTIALITY_LIMITS = {
  lead: 'Confidentiality has limits',
  mustName: ['safeguarding', 'duty of candour', 'Freedom to Speak Up', 'PSIRF'],
} as const;

// Words that promise that what is said will go no further.
const CONFIDENTIALITY_PROMISE =
  /\bconfidential(?:ity)?\b|\bin confidence\b|\bchatham house\b|\b(?:stays?|staying|kept|keep)\b[^.\n]{0,30}\b(?:in|inside|within|between)\s+(?:the\s+)?(?:room|set|group|community|circle|you|us|it)\b/i;
// Sections that describe when to choose another method, where "confidential" is not a promise.
const NOT_A_PROMISE: readonly SectionId[] = ['whenNotToUse', 'pitfalls'];

export function checkConfidentiality(t: Technique): string[] {
  const promise = allText(t).find(
    ({ where, text }) =>
      !NOT_A_PROMISE.some((id) => where === `section "${SECTIONS[id]}"`) &&
      CONFIDENTIALITY_PROMISE.test(text),
  );
  if (!promise) return [];
  const rules = htmlToText(t.sections.groundRules);
  const { lead, mustName } = CONFIDENTIALITY_LIMITS;
  const missing = [lead, ...mustName].filter((w) => !rules.toLowerCase().includes(w.toLowerCase()));
  if (!missing.length) return [];
  const words = CONFIDENTIALITY_PROMISE.exec(promise.text)![0];
  return [
    `${fileOf(t)}: section "${SECTIONS.groundRules}": ${promise.where} promises confidentiality ` +
      `("${words}") but the ground rules lack the standard rule on its limits ` +
      `(missing: ${missing.join(', ')}); see "Confidentiality has limits" in techniques/README.md`,
  ];
}

/** An alias must lead to one technique: it may not be another technique's title or alias. */
export function checkAliases(all: readonly Technique[]): string[] {
  const owners = new Map<string, { id: string; what: string }>();
  for (const t of all) owners.set(normaliseName(t.title), { id: t.id, what: 'the title' });
  const problems: string[] = [];
  for (const t of all) {
    for (const [i, alias] of (t.aliases ?? []).entries()) {
      const name = normaliseName(alias);
      const owner = owners.get(name);
      if (owner && owner.id !== t.id)
        problems.push(
          `${fileOf(t)}: aliases.${i}: "${alias}" is also ${owner.what} of techniques/${owner.id}.md; ` +
            'an alias must lead to one technique',
        );
      else owners.set(name, { id: t.id, what: 'an alias' });
    }
  }
  return problems;
}

/** What the build refuses: broken or one-way links, home-page sources, unlimited confidentiality, clashing aliases. */
export const runBuildChecks = (all: readonly Technique[]): string[] => [
  ...checkLinks(all),
  ...checkTwoWayLinks(all),
  ...checkAliases(all),
  ...all.flatMap((t) => [...checkSourceUrls(t), ...checkConfidentiality(t)]),
];

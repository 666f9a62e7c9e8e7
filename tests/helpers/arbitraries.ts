import fc from 'fast-check'

/**
 * fast-check arbitraries for the property tests: any Unicode text, and Markdown shaped like the
 * letters people paste in (nested lists, code, HTML, tables, emoji, right-to-left text, zero-width
 * characters, lone surrogates, mixed line endings, very long lines, text with no white space).
 */

/** `npm run fuzz` sets COVER_LINT_FUZZ_RUNS: more runs, and bigger documents with longer lines. */
export const fuzzing = process.env.COVER_LINT_FUZZ_RUNS !== undefined

/** A UTF-16 code unit that is half of a surrogate pair, alone: invalid UTF-16 a JS string can hold. */
export const loneSurrogate = fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code))

/** Any single character: a code point of any plane, or a lone surrogate. */
export const anyCharacter = fc.oneof(
  {weight: 8, arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 1})},
  {weight: 1, arbitrary: loneSurrogate}
)

/** Any text at all, including control characters and lone surrogates. */
export const anyText = fc.string({unit: anyCharacter, maxLength: 400})

/** Characters that trip up text processing: zero-width, bidi controls, emoji sequences, combining marks. */
const tricky = [
  '\u200B', // zero-width space
  '\u200C\u200D', // zero-width non-joiner, joiner
  '\uFEFF', // BOM in the middle of text
  '\u202E', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u00A0', // no-break space
  '\u2028', // line separator
  '\u0301', // combining acute accent, alone
  'e\u0301',
  '😀',
  '👩‍💻',
  '🇬🇧',
  '🏳️‍🌈',
  'مرحبا بالعالم',
  'שלום',
  'سنة 2024',
  'ﬁ',
  'İ',
  'ß',
  '\t',
  '\u0000',
  '\u001B[31m'
]

/** Words a letter uses, so that the rules have something to find: scale numbers, clichés, placeholders, technologies. */
const letterWords = [
  'I', 'led', 'the', 'payments', 'team', 'at', 'Acme', 'we', 'cut', 'latency', 'on-call', 'on', 'call', 'postmortem', 'SLOs',
  'error', 'budget', 'Postgres', 'Kafka', 'Go', 'Rust', 'Python', 'Java', 'Kotlin', 'C#', 'C++', '.NET', 'passionate', 'about',
  'microservices', 'scalable', 'distributed', 'event-driven', 'migrated', 'from', 'to', 'Kubernetes', 'EXPLAIN', 'ANALYZE',
  'RAG', 'embeddings', 'pgvector', 'Dear', 'Yours', 'sincerely', 'faithfully', 'Hiring', 'Manager', 'Sir', 'Madam',
  'Responsible', 'for', 'proficient', 'in', 'experience', 'with', 'team', 'player', 'results-driven', 'Regards'
]
const numbers = ['£40m', '$3.2bn', '9,000', 'writes/s', 'p99', '480ms', '95ms', '99.97%', '5x', '2019-2022', '100M', 'rows', '1.', '5.', '3,', '000', 'v3.11', '24/7', '58 percent', '1,200', 'a', 'minute', '12', 'months', '07700 900123', 'REF-1234']
// biome-ignore lint/suspicious/noTemplateCurlyInString: "${name}" is one of the template fields letters are left with, not a template
const placeholders = ['[Company]', '[Your Name]', '[Hiring Manager / Hiring Partner]', '{{company}}', '${name}', '%COMPANY%', 'XXX', 'TODO', 'Lorem ipsum', '(###) ###-####', 'Company Name']

export const word = fc.oneof(
  {weight: 12, arbitrary: fc.constantFrom(...letterWords)},
  {weight: 5, arbitrary: fc.constantFrom(...numbers)},
  {weight: 2, arbitrary: fc.constantFrom(...placeholders)},
  {weight: 3, arbitrary: fc.constantFrom(...tricky)},
  {weight: 1, arbitrary: loneSurrogate},
  {weight: 3, arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 8})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 4})}
)

const gap = fc.constantFrom(' ', ' ', ' ', ' ', ', ', '. ', '! ', '? ', '; ', ': ', ' - ', ' – ', ' — ', '/', '-', '', '  ', '\t', '... ', '." ', ') (')

/** A run of words and punctuation: a sentence, or several, or none in particular. */
export const sentence = fc.array(fc.tuple(word, gap), {minLength: 1, maxLength: fuzzing ? 30 : 14}).map((parts) => parts.map(([w, g]) => w + g).join('').trim() || 'x')

/** Inline Markdown around a sentence: emphasis, code, links, inline HTML, comments, images, footnotes, entities. */
const inline = fc.oneof(
  {weight: 8, arbitrary: sentence},
  {weight: 1, arbitrary: sentence.map((text) => `**${text}**`)},
  {weight: 1, arbitrary: sentence.map((text) => `*${text}* and _${text}_`)},
  {weight: 1, arbitrary: sentence.map((text) => `${text} \`{{company}} ${text}\` ${text}`)},
  {weight: 1, arbitrary: sentence.map((text) => `[${text}](https://example.com/page "title") and [ref][1] and <https://example.com>`)},
  {weight: 1, arbitrary: sentence.map((text) => `${text} <Company Name> <br> <span>${text}</span>`)},
  {weight: 1, arbitrary: sentence.map((text) => `${text} <!-- cover-lint-disable ${text} --> ${text}`)},
  {weight: 1, arbitrary: sentence.map((text) => `![${text}](img.png) ${text}[^1]`)},
  {weight: 1, arbitrary: sentence.map((text) => `${text} &amp; &copy; &#x1F600; &bogus; \\* \\[not a link\\]`)}
)

/** Lines of inline Markdown joined by single line breaks: one paragraph. */
const paragraph = fc.array(inline, {minLength: 1, maxLength: 3}).map((lines) => lines.join('\n'))

/** A list, possibly nested (indented under its parent's text), bulleted or numbered. */
const list: fc.Arbitrary<string> = fc.letrec<{list: string}>((tie) => ({
  list: fc
    .tuple(
      fc.constantFrom('-', '*', '+', '1.', '2)'),
      fc.array(fc.tuple(paragraph, fc.option(tie('list'), {freq: 4, depthSize: 'small'})), {minLength: 1, maxLength: 3})
    )
    .map(([marker, items]) =>
      items
        .map(([text, nested]) => {
          const indent = ' '.repeat(marker.length + 1)
          const item = `${marker} ${text.split('\n').join(`\n${indent}`)}`
          return nested ? `${item}\n${nested.split('\n').map((line) => (line ? indent + line : line)).join('\n')}` : item
        })
        .join('\n')
    )
})).list

const fence = fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'text'), sentence).map(([marker, lang, body]) => `${marker}${lang}\n${body}\n[Company] TODO passionate about\n${marker}`)
const table = fc.array(fc.tuple(sentence, sentence), {minLength: 1, maxLength: 3}).map((rows) => ['| a | b |', '|---|:-:|', ...rows.map(([a, b]) => `| ${a.replace(/\|/g, '')} | ${b.replace(/\|/g, '')} |`)].join('\n'))
const longLine = fc.tuple(word, fc.integer({min: 100, max: fuzzing ? 5000 : 300})).map(([w, times]) => w.repeat(times))
const noWhitespace = fc.string({
  unit: fc.string({unit: 'grapheme', minLength: 1, maxLength: 1}).filter((c) => !/\s/u.test(c)),
  minLength: 50,
  maxLength: fuzzing ? 5000 : 500
})

/** One Markdown block. */
export const block = fc.oneof(
  {weight: 10, arbitrary: paragraph},
  {weight: 2, arbitrary: fc.tuple(fc.integer({min: 1, max: 6}), sentence).map(([level, text]) => `${'#'.repeat(level)} ${text}`)},
  {weight: 1, arbitrary: sentence.map((text) => `${text}\n===`)},
  {weight: 3, arbitrary: list},
  {weight: 2, arbitrary: fence},
  {weight: 1, arbitrary: sentence.map((text) => `    ${text}\n    [Company]`)},
  {weight: 1, arbitrary: paragraph.map((text) => `<div class="x">\n${text}\n</div>`)},
  {weight: 1, arbitrary: paragraph.map((text) => `<!--\n${text}\n-->`)},
  {weight: 2, arbitrary: table},
  {weight: 2, arbitrary: paragraph.map((text) => text.split('\n').map((line) => `> ${line}`).join('\n'))},
  {weight: 1, arbitrary: fc.constantFrom('---', '***', '[1]: https://example.com', '[^1]: A footnote about [Company].')},
  {weight: 1, arbitrary: longLine},
  {weight: 1, arbitrary: noWhitespace}
)

/** A Markdown document with LF line breaks, optionally with front matter. */
export const markdown = fc
  .tuple(fc.option(sentence.map((text) => `---\ntitle: ${JSON.stringify(text)}\n---`), {freq: 5}), fc.array(block, {maxLength: fuzzing ? 14 : 7}))
  .map(([frontMatter, blocks]) => [...(frontMatter ? [frontMatter] : []), ...blocks].join('\n\n'))

/** The same document with each line break replaced by LF, CRLF or CR, mixed. */
export const mixedLineEndings = (text: string): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom('\n', '\r\n', '\r'), {minLength: 1, maxLength: 8}).map((endings) => {
    let index = 0
    return text.replace(/\n/g, () => endings[index++ % endings.length]!)
  })

/** A letter-shaped document: a greeting, paragraphs of prose, a sign-off. */
export const letterShaped = fc
  .tuple(
    fc.constantFrom('Dear Priya Shah,', 'Dear Sir or Madam,', 'Hello team,', 'To whom it may concern,', ''),
    fc.array(paragraph, {minLength: 1, maxLength: 4}),
    fc.option(list, {freq: 3}),
    fc.constantFrom('Yours sincerely,\nSam Okafor', 'Best regards,\nSam', 'Yours faithfully,', '')
  )
  .map(([greeting, paragraphs, bullets, signOff]) => [greeting, ...paragraphs, ...(bullets ? [bullets] : []), signOff].filter(Boolean).join('\n\n'))

/**
 * fast-check settings for a property: a few dozen runs in `npm test`, COVER_LINT_FUZZ_RUNS with
 * `npm run fuzz`; COVER_LINT_FUZZ_SEED replays the seed a failure printed.
 */
export function runs(inTest: number): {numRuns: number; seed?: number} {
  const fuzz = Number(process.env.COVER_LINT_FUZZ_RUNS)
  const seed = Number(process.env.COVER_LINT_FUZZ_SEED)
  return {numRuns: Number.isSafeInteger(fuzz) && fuzz > 0 ? fuzz : inTest, ...(Number.isSafeInteger(seed) ? {seed} : {})}
}

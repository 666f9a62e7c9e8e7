// Letters written to make regular expressions and scans backtrack or rescan: each takes a size
// in characters (roughly) and returns the letter's text, or {letter, posting} to lint it against
// a job posting, or {letter, filePath} to lint it in the format of that name. Used by
// tests/timing/hostile-regex.test.ts.
export const adversarial = {
  // One number of thousands groups: every quantity pattern could retry it from each group.
  'a number of thousands groups': (n) => `I moved 1${',000'.repeat(Math.ceil(n / 4))}x today.`,
  // Long runs of spaces and underscores inside a line: a trailing-decoration pattern rescans them.
  'a line with a long run of spaces': (n) => `Dear Jo,\n\nI led the team.\nA${' '.repeat(n)}B.\nMore text.\n\nYours sincerely,\nSam`,
  'a line with a long run of underscores': (n) => `I led the team.\nA${'_'.repeat(n)}B.\nMore.`,
  // Two list-only technology names far apart in one sentence: the gap between them is tested.
  'spaces between two technology names': (n) => `I use C${' '.repeat(n)}x C and Go.`,
  // Many claims in one sentence: rules that look at each claim's sentence again.
  'a sentence of percentages': (n) => `I cut ${'1% '.repeat(Math.ceil(n / 3))}costs.`,
  'a sentence of changes': (n) => `I cut it ${'from 1ms to 2ms and '.repeat(Math.ceil(n / 20))}done.`,
  // The claim model: thousands of clauses with numbers, buzzwords with numbers, a list of terms,
  // pronouns that refer back, all in one sentence.
  'a sentence of clauses and numbers': (n) => `I cut it${', and I cut 1%'.repeat(Math.ceil(n / 14))}.`,
  'a sentence of buzzwords and numbers': (n) => `I built ${'microservices at 1%, '.repeat(Math.ceil(n / 22))}and more.`,
  'a list of thousands of terms': (n) => `I have experience with ${'RAG, '.repeat(Math.ceil(n / 5))}and evals.`,
  'pronouns that refer back': (n) => `${'They cut it, and they '.repeat(Math.ceil(n / 22))}did.`,
  // Placeholder patterns: brackets, angle brackets, braces, runs of X and #, next to inline code.
  'placeholders beside inline code': (n) => `I worked at ${'[Company] `code` '.repeat(Math.ceil(n / 17))}today.`,
  // As plain text: Markdown refuses a paragraph of this many brackets before parsing it
  // (src/parse/markdown-limits.ts); what is measured here is the rules' own patterns.
  'unclosed brackets': (n) => ({letter: `a ${'['.repeat(n / 3)} b ${'<'.repeat(n / 3)} c ${'{{'.repeat(n / 6)} d`, filePath: 'letter.txt'}),
  'runs of X and #': (n) => `${'X'.repeat(n / 3)}a call ${'#'.repeat(n / 3)} now ${'(###) ### '.repeat(n / 30)}`,
  // Text with no white space at all, and digits without end.
  'no white space': (n) => 'a'.repeat(n),
  'digits and dots': (n) => `${'9'.repeat(n / 2)} ms ${'1.'.repeat(n / 4)} rows`,
  // Words no dictionary holds, each different: each could cost a suggestion search.
  'distinct misspelt words': (n) => `${Array.from({length: Math.ceil(n / 9)}, (_, index) => `zq${gibberish(index)}`).join(' ')}.`,
  'distinct capitalised unknown words starting sentences': (n) => Array.from({length: Math.ceil(n / 10)}, (_, index) => `Zq${gibberish(index)}.`).join(' '),
  'one hyphenated word of many parts': (n) => `I ran ${'ledger-qz'.repeat(Math.ceil(n / 9))} today.`,
  // A date-range pattern and a percentile pattern with long runs between their parts.
  'years and spaces': (n) => `I was there 2019${' '.repeat(n)}- 2022 and p99${' '.repeat(n)}1ms.`,
  // With a job posting: list separators between technologies, in the posting and in the letter.
  'a posting with a long run of dashes between technologies': (n) => ({
    letter: 'I run Go and Kafka in production at 9,000 writes/s.',
    posting: `We use Go ${'-'.repeat(n)}x and Kafka, Postgres and AWS.`
  }),
  'a letter with spaces between technologies a posting lists': (n) => ({
    letter: `I use Go${' '.repeat(n)}x Kafka and Postgres.`,
    posting: 'We use Go, Kafka, Postgres and AWS.'
  }),
  // The organisation read from a posting (src/job/organisation.ts, timed alone: the rest of the
  // posting reader has costs of its own on long runs): runs of spaces in the title, the line under
  // it and the prose patterns, and many "Join X" for the name's mentions to count.
  "a posting's organisation among long runs": (n) => ({
    organisation: `Senior Engineer at${' '.repeat(150)}x\nAcme${' '.repeat(n / 4)}y\n\nAt Acme${' '.repeat(n / 4)}x is a bank. Acme${' '.repeat(n / 4)}Payments is a bank. ${'Join Acme. '.repeat(n / 40)}`
  }),
  // A plain-text letter with many comments between and inside paragraphs, and one never closed.
  'a text letter of comments': (n) => ({
    letter: `${'A line <!-- a note --> of text.\n\n<!-- cover-lint ignore no-cliche -->\n\n'.repeat(n / 80)}<!-- never closed ${'x '.repeat(n / 8)}`,
    filePath: 'letter.txt'
  }),
  // Company names everywhere, and front matter with a long run of spaces in its value.
  'a letter full of company names': (n) => ({
    letter: `---\ncompany: Acme${' '.repeat(n / 4)}Payments\n---\n\n${'Globex Logistics Ltd and Acme Payments plc, '.repeat(n / 60)}`,
    companies: {others: ['Globex Logistics', {name: 'initech', source: 'another application', fromFolder: true}]}
  })
}

/** A letter-only name for a number: 0 -> "a", 27 -> "bb". */
function gibberish(index) {
  return index.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)))
}

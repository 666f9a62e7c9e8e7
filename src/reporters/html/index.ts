import {signalIds} from '../../score/signals.js'
import type {JobItem, JobResult, LintMessage, LintResult, Severity} from '../../types.js'
import type {LetterText} from '../letter-text.js'
import {findingDocsUrl} from '../rule-docs.js'
import {plural, summaryLine, tally} from '../summary.js'
import type {Reporter, ReporterContext} from '../types.js'
import {levelText, readingLine, signalState, substanceGaps, substanceLabel, verdictReason, verdictWords} from '../report-text.js'
import {attribute, text} from './escape.js'
import {placeFindings, rowPieces, type Piece, type Placement} from './placement.js'
import {styles} from './styles.js'

/**
 * One self-contained page: the run's summary (a table of letters when there are several), then
 * each letter with its verdict, score, signals and evidence, the job coverage when a posting was
 * used, and the letter itself with every finding highlighted at its words and its message beside
 * them. Inline CSS, no scripts, nothing fetched (a Content-Security-Policy forbids it); every
 * piece of text from a letter, posting or path is escaped.
 */
const htmlReport: Reporter = (results, context) => {
  const counts = tally(results)
  const letters = results.map((result, index) => letterSection(result, index, context.texts?.get(result.filePath), context.rules))
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="cover-lint ${attribute(context.version)}">
<title>${results.length === 1 ? `${text(results[0]!.filePath)}: ` : ''}cover-lint report</title>
<style>${styles}</style>
</head>
<body>
<main>
<header class="run">
<h1>cover-lint report</h1>
<p>${text(summaryLine(counts))}</p>
</header>
${results.length > 1 ? lettersTable(results) : ''}
${letters.join('\n')}
</main>
</body>
</html>
`
}

export default htmlReport

function lettersTable(results: readonly LintResult[]): string {
  const rows = results.map(
    (result, index) =>
      `<tr><td><a href="#letter-${index + 1}">${text(result.filePath)}</a></td><td><span class="verdict verdict-${result.verdict}">${verdictWords[result.verdict]}</span></td><td class="num">${result.score}</td><td class="num">${result.errorCount}</td><td class="num">${result.warningCount}</td><td class="num">${result.infoCount}</td></tr>`
  )
  return `<div class="table-scroll"><table class="letters">
<thead><tr><th>Letter</th><th>Verdict</th><th class="num">Score</th><th class="num">Errors</th><th class="num">Warnings</th><th class="num">Info</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>`
}

const schemeNotes: Readonly<Record<string, string>> = {
  'paragraph:column': 'A Word document: each numbered row is a paragraph as cover-lint reads it (headings, list items and table rows count as one each), and positions are paragraph:column.',
  'page:line': 'A PDF: each row is a line of a page as read from its text layer, numbered page:line. Positions name lines, not characters: each finding is marked at its words in those lines, or on the whole lines when the words were joined across them (a word broken with a hyphen).'
}

function letterSection(result: LintResult, index: number, letter: LetterText | undefined, rules: ReporterContext['rules']): string {
  const id = `letter-${index + 1}`
  const parts = [
    `<section class="letter" id="${id}">`,
    `<h2>${text(result.filePath)}</h2>`,
    `<p><span class="verdict verdict-${result.verdict}">${verdictWords[result.verdict]}</span><span class="score">${result.score}/100</span> ${text(verdictReason(result))}</p>`,
    ...(levelText(result) ? [`<p class="muted">${text(levelText(result)!)}</p>`] : []),
    ...(substanceGaps(result) ? [`<p class="substance"><strong>${substanceLabel}</strong> ${text(substanceGaps(result)!)}</p>`] : []),
    `<p class="muted">${text(readingLine(result.stats))} · ${text(findingsCount(result))}</p>`,
    signalsTable(result),
    result.job ? jobSection(result.job) : '',
    letterView(result, id, letter, rules),
    '</section>'
  ]
  return parts.filter(Boolean).join('\n')
}

function findingsCount(result: LintResult): string {
  const total = result.errorCount + result.warningCount + result.infoCount
  if (total === 0) return 'no findings'
  const parts = [plural(result.errorCount, 'error'), plural(result.warningCount, 'warning'), ...(result.infoCount > 0 ? [`${result.infoCount} info`] : [])]
  return `${plural(total, 'finding')} (${parts.join(', ')})`
}

function signalsTable(result: LintResult): string {
  const rows = signalIds.map((id) => {
    const signal = result.signals[id]
    const evidence = signal.evidence.map((item) => `<q>${text(item.text)}</q> <span class="place">${item.filePath ? `${text(item.filePath)}:` : ''}${item.line}:${item.column}</span>`).join('; ')
    const {state, note} = signalState(result, id)
    const [mark, detail] = {
      unassessed: ['<span class="unassessed">–</span>', `<span class="muted">${text(note)}</span>`],
      proved: ['<span class="proved" title="proved">✔</span>', evidence],
      optional: ['<span class="optional" title="optional">○</span>', `<span class="muted">${text(note)}</span>`],
      missing: ['<span class="missing" title="missing">✘</span>', `${evidence ? `${evidence}; ` : ''}<span class="missing">${text(note)}</span>`]
    }[state]
    return `<tr><td class="mark">${mark}</td><th scope="row">${text(signal.label)}</th><td class="num muted">${signal.weight} pts</td><td class="detail">${detail}</td></tr>`
  })
  return `<h3>Signals</h3>\n<div class="table-scroll"><table class="signals"><tbody>\n${rows.join('\n')}\n</tbody></table></div>`
}

function jobSection(job: JobResult): string {
  const facts: string[] = []
  if (job.seniority) facts.push(`${job.seniority.level.charAt(0).toUpperCase()}${job.seniority.level.slice(1)} role`)
  if (job.salary) facts.push(job.salary.text)
  if (job.signals.length > 0) facts.push(`stresses ${job.signals.map((signal) => `${signal.label} ×${signal.mentions} ${signal.letter ? '✔' : '✘'}`).join(', ')}`)
  const total = job.stack.length + job.phrases.length
  const head = `<h3>Against the job spec</h3>\n<p>${text(job.path)}${facts.length > 0 ? ` · ${text(facts.join(' · '))}` : ''}</p>`
  if (total === 0) return `${head}\n<p>Nothing could be extracted: no technology or key phrase recognised, so coverage is not assessed.</p>`
  const count = (type: JobItem['type']): string => `${job.covered.filter((item) => item.type === type).length} of ${type === 'technology' ? job.stack.length : job.phrases.length}`
  const place = (item: JobItem): string => `<span class="place">${item.posting.line}:${item.posting.column}</span>${item.mentions > 1 ? ` ×${item.mentions}` : ''}`
  const rows = [
    ...job.covered.map(
      (item) =>
        `<tr><td class="mark proved">✔</td><td>${text(item.name)}</td><td>${item.type}</td><td>${place(item)}</td><td><q>${text(item.letter.text)}</q> <span class="place">${item.letter.line}:${item.letter.column}</span></td></tr>`
    ),
    ...job.missing.map((item) => `<tr><td class="mark missing">✘</td><td>${text(item.name)}</td><td>${item.type}</td><td>${place(item)}</td><td class="muted">never connected to</td></tr>`)
  ]
  return `${head}
<p>Coverage <strong>${job.covered.length} of ${total}</strong> (stack ${count('technology')}, key phrases ${count('phrase')})</p>
<div class="table-scroll"><table class="coverage">
<thead><tr><th></th><th>The posting asks for</th><th>Kind</th><th>In the posting</th><th>In the letter</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>`
}

const severityRank: Readonly<Record<Severity, number>> = {error: 0, warning: 1, info: 2}

/** The most severe of some findings, for the colour of text they share. */
function worst(messages: readonly LintMessage[], findings: readonly number[]): Severity {
  return findings.map((finding) => messages[finding]!.severity).sort((a, b) => severityRank[a] - severityRank[b])[0] ?? 'info'
}

/**
 * The letter as written, a row per line (paragraph, page line), each finding marked at its
 * words and numbered, its message in the row where it starts. Findings that cannot be shown in
 * the text (no text was given to the report, or a position outside it) are listed after it.
 */
function letterView(result: LintResult, id: string, letter: LetterText | undefined, rules: ReporterContext['rules']): string {
  const {messages} = result
  const placements: Placement[] = letter ? placeFindings(letter, messages) : messages.map(() => ({file: -1, spans: []}))
  const findingId = (finding: number): string => `${id}-f${finding + 1}`
  const parts: string[] = ['<h3>The letter</h3>']
  if (letter) {
    const scheme = schemeNotes[letter.scheme]
    if (scheme) parts.push(`<p class="muted">${text(scheme)}</p>`)
    letter.files.forEach((file, fileIndex) => {
      if (file.filePath !== undefined) parts.push(`<p class="file-head">${text(file.filePath)} <span class="muted">(text the letter takes in)</span></p>`)
      const rows = file.rows.map((row, rowIndex) => {
        const label = letter.scheme === 'page:line' ? `${row.line}:${row.lineOnPage}` : row.startColumn > 1 ? '' : String(row.line)
        const pieces = rowPieces(fileIndex, file, rowIndex, placements)
        const notes = placements
          .map((placement, finding) => ({placement, finding}))
          .filter(({placement}) => placement.file === fileIndex && placement.spans[0]?.row === rowIndex)
          .map(({finding}) => note(messages[finding]!, finding, findingId(finding), result, rules))
        return `<div class="row"><div class="ln">${label}</div><div class="src">${pieces.map((piece) => pieceHtml(piece, messages, findingId)).join('')}</div>${notes.length > 0 ? `<div class="notes">${notes.join('')}</div>` : ''}</div>`
      })
      parts.push(`<div class="text">\n${rows.join('\n')}\n</div>`)
    })
  }
  const unplaced = placements.map((placement, finding) => ({placement, finding})).filter(({placement}) => placement.file < 0)
  if (unplaced.length > 0) {
    parts.push(letter ? '<h3>Findings not shown in the text</h3>' : '<h3>Findings</h3>')
    parts.push(`<div class="notes">${unplaced.map(({finding}) => note(messages[finding]!, finding, findingId(finding), result, rules)).join('')}</div>`)
  }
  return parts.join('\n')
}

function pieceHtml(piece: Piece, messages: readonly LintMessage[], findingId: (finding: number) => string): string {
  const pins = piece.pins
    .map((finding) => {
      const severity = messages[finding]!.severity
      return `<a class="pin sev-${severity}" href="#${findingId(finding)}" data-finding="${finding + 1}" data-n="${finding + 1}" title="${attribute(messages[finding]!.message)}"></a>`
    })
    .join('')
  // Numbers are drawn by the stylesheet (attr(data-n)), so copying the letter's text copies only the letter.
  const numbers = piece.ends.map((finding) => `<a class="n" href="#${findingId(finding)}" data-n="${finding + 1}"></a>`).join('')
  if (piece.covering.length === 0) return `${pins}${text(piece.text)}${numbers}`
  const severity = worst(messages, piece.covering)
  const title = piece.covering.map((finding) => messages[finding]!.message).join('\n')
  return `${pins}<mark class="sev-${severity}" data-finding="${piece.covering.map((finding) => finding + 1).join(' ')}" title="${attribute(title)}">${text(piece.text)}</mark>${numbers}`
}

function note(message: LintMessage, finding: number, id: string, result: LintResult, rules: ReporterContext['rules']): string {
  const place = `${message.filePath ? `${message.filePath}:` : ''}${message.line}:${message.column}`
  const scheme = result.positions ? ` title="${result.positions}"` : ''
  const docs = findingDocsUrl(message.ruleId, rules)
  const rule = docs ? `<a class="rule" href="${attribute(docs)}">${text(message.ruleId)}</a>` : `<span class="rule">${text(message.ruleId)}</span>`
  return `<div class="note sev-${message.severity}" id="${id}"><span class="pin sev-${message.severity}" data-n="${finding + 1}"></span> <span class="place"${scheme}>${text(place)}</span> <span class="sev-label sev-${message.severity}">${message.severity}</span> ${rule}<p>${text(message.message)}</p></div>`
}

import {createHash} from 'node:crypto'
import {isAbsolute} from 'node:path'
import {pathToFileURL} from 'node:url'
import {defaultSeverity, type RuleMeta} from '../engine/rule.js'
import type {PositionScheme} from '../parse/document.js'
import type {LintMessage, Severity} from '../types.js'
import {placeInWords} from './positions.js'
import {findingDocsUrl, homepage} from './rule-docs.js'
import {tally} from './summary.js'
import type {Reporter} from './types.js'

/** The schema the output conforms to (tests validate it against a copy in fixtures/sarif/). */
export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json'

/** Code scanning resolves relative artifact URIs against the checkout root; so do other SARIF viewers. */
const sourceRoot = '%SRCROOT%'

const levels: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {error: 'error', warning: 'warning', info: 'note'}

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. One run; every rule in
 * `tool.driver.rules`; each finding a result with its rule, level, message and region. The log
 * holds nothing that changes between runs of the same letters (no times, no absolute working
 * directory), and each result carries a fingerprint made from its rule and words, not its line,
 * so an alert survives edits above it.
 */
const sarif: Reporter = (results, context) => {
  const ruleIndex = new Map(context.rules.map((meta, index) => [meta.id, index]))
  const artifacts: SarifArtifact[] = []
  const artifactIndex = new Map<string, number>()
  const sarifResults: unknown[] = []

  // Each file findings point into: the letter, or a file it includes (a LaTeX `\input` body).
  const artifactFor = (filePath: string, properties?: SarifArtifact['properties']): {uri: string; index: number} => {
    const uri = artifactUri(filePath)
    let index = artifactIndex.get(uri)
    if (index === undefined) {
      index = artifacts.length
      artifactIndex.set(uri, index)
      artifacts.push(properties ? {location: location(uri), roles: ['analysisTarget'], properties} : {location: location(uri), roles: ['analysisTarget']})
    }
    return {uri, index}
  }

  for (const result of results) {
    const properties: NonNullable<SarifArtifact['properties']> = {verdict: result.verdict, score: result.score, ...result.stats}
    // Word and PDF: what the regions' line and column numbers count (see toResult).
    if (result.positions) properties.positions = result.positions
    artifactFor(result.filePath, properties)
    const seen = new Map<string, number>()
    for (const message of result.messages) {
      const {uri, index} = artifactFor(message.filePath ?? result.filePath)
      const identity = `${message.ruleId}\u0000${message.actual ?? message.message}`
      const occurrence = (seen.get(identity) ?? 0) + 1
      seen.set(identity, occurrence)
      const scheme = message.filePath ? undefined : result.positions
      sarifResults.push(toResult(message, {...location(uri), index}, ruleIndex.get(message.ruleId), fingerprint(identity, occurrence), scheme))
    }
  }

  const counts = tally(results)
  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cover-lint',
            version: context.version,
            semanticVersion: context.version,
            informationUri: homepage,
            rules: context.rules.map(toRule)
          }
        },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
        properties: {
          letters: counts.letters,
          shortlisted: counts.verdicts.shortlist,
          maybe: counts.verdicts.maybe,
          binned: counts.verdicts.binned
        }
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

export default sarif

interface SarifArtifact {
  location: {uri: string; uriBaseId?: string}
  roles: string[]
  /** The letter's verdict, score and stats; absent on files a letter only includes. */
  properties?: Record<string, string | number | null>
}

function toRule(meta: RuleMeta<object>): Record<string, unknown> {
  const helpUri = findingDocsUrl(meta.id, [meta])
  return {
    id: meta.id,
    shortDescription: {text: meta.description},
    fullDescription: {text: meta.reason},
    ...(helpUri ? {helpUri} : {}),
    help: {text: `${meta.reason}\n\nBad: ${meta.examples.bad}\nBetter: ${meta.examples.good}`},
    defaultConfiguration: {level: levels[defaultSeverity(meta)]},
    properties: {tags: meta.signal ? ['cover-letter', meta.signal] : ['cover-letter']}
  }
}

/**
 * A result at its region. SARIF has lines and columns of text, or byte offsets, and no pages or
 * paragraphs, while GitHub code scanning requires a `startLine`: so a Word or PDF finding keeps
 * paragraph:column or page:line in the region's numbers (the artifact's `positions` property
 * says which), and the region says it in words (`message`: "page 1, line 17") with the words
 * it points at (`snippet`), which a viewer shows where it cannot open the document at a line.
 */
function toResult(
  message: LintMessage,
  artifactLocation: {uri: string; uriBaseId?: string; index: number},
  ruleIndex: number | undefined,
  partialFingerprint: string,
  scheme?: PositionScheme
): Record<string, unknown> {
  const region: Record<string, unknown> = {
    startLine: message.line,
    startColumn: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn
  }
  if (scheme && scheme !== 'line:column') {
    if (message.actual !== undefined) region.snippet = {text: message.actual}
    region.message = {text: placeInWords(scheme, message.line, message.column)}
  }
  return {
    ruleId: message.ruleId,
    ...(ruleIndex === undefined ? {} : {ruleIndex}),
    level: levels[message.severity],
    message: {text: message.message},
    locations: [{physicalLocation: {artifactLocation, region}}],
    partialFingerprints: {'coverLintFindingHash/v1': partialFingerprint}
  }
}

/**
 * A result's path as a URI reference: relative paths (the working directory is the root, as
 * reports print them) are percent-encoded segment by segment; a letter outside the working
 * directory keeps its absolute `file:` URI.
 */
export function artifactUri(filePath: string): string {
  if (isAbsolute(filePath)) return pathToFileURL(filePath).href
  return filePath.split('/').map(encodeURIComponent).join('/')
}

function location(uri: string): {uri: string; uriBaseId?: string} {
  return uri.startsWith('file:') ? {uri} : {uri, uriBaseId: sourceRoot}
}

function fingerprint(identity: string, occurrence: number): string {
  return `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}:${occurrence}`
}

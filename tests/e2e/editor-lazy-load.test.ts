import {describe, expect, it} from 'vitest'
import {sourcesLoaded} from '../helpers/loaded-sources.js'

/** The language server, the watcher and the HTML report, by the sources behind them. */
const parts: Record<string, RegExp> = {
  lsp: /(?:^|\/)src\/lsp\/|node_modules\/vscode-/,
  watch: /(?:^|\/)src\/(?:watch\/|cli\/watch\.ts)/,
  html: /(?:^|\/)src\/(?:reporters\/html\/|reporters\/letter-text\.ts|cli\/letter-texts\.ts)/
}

function partsLoaded(args: readonly string[]): string[] {
  const sources = sourcesLoaded(args)
  return Object.keys(parts).filter((name) => sources.some((source) => parts[name]!.test(source)))
}

describe('start-up stays lean: the editor features load only when used (the built CLI)', () => {
  it('cover-lint letter.md loads none of the language server, the watcher or the HTML report', () => {
    expect(partsLoaded(['fixtures/letters/promising.md'])).toEqual([])
  }, 30_000)

  it('--format html loads the HTML report and nothing else of them', () => {
    expect(partsLoaded(['--format', 'html', 'fixtures/letters/promising.md'])).toEqual(['html'])
  }, 30_000)
})

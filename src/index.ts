/**
 * cover-lint's library API. The CLI is a thin shell over `lint()`.
 *
 *   import {lint} from 'cover-lint'
 *   const result = lint(text, {filePath: 'letter.md'})
 */
export {lint, lintDocument, lintFile, lintLetter, type LintOptions} from './lint.js'
export {loadDocument, type AdapterInput} from './input/adapters/index.js'
export {inputFormats, formatForPath, type FormatInfo} from './input/formats.js'
export type {InputFormat, ParsedDocument, PositionScheme} from './parse/document.js'
export {extractPosting, type ExtractOptions} from './job/extract.js'
export type {Posting} from './job/types.js'
export {rules, ruleIds, findRule} from '../rules/index.js'
export type {Rule, RuleMeta, RuleContext, Finding} from './engine/rule.js'
export type {RuleSetting, RuleSettings} from './engine/settings.js'
export {ConfigResolver, type ConfigResolverOptions} from './config/resolve.js'
export type {ResolvedConfig} from './config/types.js'
export type {Letter} from './letter/types.js'
export type * from './types.js'

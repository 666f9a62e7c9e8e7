/**
 * cover-lint's library API. The CLI is a thin shell over `lint()`.
 *
 *   import {lint} from 'cover-lint'
 *   const result = lint(text, {filePath: 'letter.md'})
 */
export {lint, lintLetter, type LintOptions} from './lint.js'
export {rules, ruleIds, findRule} from '../rules/index.js'
export type {Rule, RuleMeta, RuleContext, Finding} from './engine/rule.js'
export type {RuleSetting, RuleSettings} from './engine/settings.js'
export type {Letter} from './letter/types.js'
export type * from './types.js'

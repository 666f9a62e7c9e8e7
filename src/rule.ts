/**
 * `cover-lint/rule`: what a rule is written with. The built-in rules use exactly this, and so can
 * a rule of your own in a plugin package (README: "Writing a plugin").
 *
 *   import {defineRule, quote} from 'cover-lint/rule'
 *   export default defineRule({
 *     meta: {id: 'acme/no-exclamation', description: '...', reason: '...', severity: 'warning',
 *            options: {}, schema: {type: 'object', additionalProperties: false}, examples: {bad: '...', good: '...'}},
 *     check({letter, report}) { ... }
 *   })
 *
 * A rule reads the Letter (blocks with roles, sentences, words, quantities, technologies and
 * lexicon matches, all with offsets into `letter.source`), reports findings with the words they
 * point at, and never decides its own severity: config does.
 */

// Defining a rule.
export {defineRule} from './engine/rule.js'
export type {AnyRule, Finding, OptionsSchema, Rule, RuleContext, RuleMeta} from './engine/rule.js'
export type {ProseMessage} from './engine/prose.js'
export type {Severity, SignalId, Evidence} from './types.js'

// The Letter and its parts.
export type {Block, BlockRole, Letter, LetterSentence, Quantity, QuantityKind, Sentence, TechnologyKind, TechnologyMention, Token} from './letter/types.js'
export type {Range} from './parse/document.js'

// Questions rules ask of a letter.
export {bodySpan, claimSpan, distance, isInName, isListed, listing, phraseEnd, quantitiesIn, quote, shortQuote, technologiesIn, unique} from './letter/query.js'
export {blockAt, sentenceAt, wordAt} from './letter/place.js'
export {offsetToText, textToOffset} from './letter/tokens.js'

// The letter's claims: whose work each sentence states and in what mood (done, planned, wished...).
export type {Claim, ClaimAction, ClaimMood, ClaimOwner, ClaimSubject, VerbForm} from './letter/claims/types.js'
export {claimAt, claimsIn, isOwnWork, isOwnWorkAt, isOwnWorkSentence, isWholeSentence, ownScale, ownScaleIn, resultAfter, statesResult, whyNotOwnScale, whyNotOwnWork} from './letter/claims/query.js'

// The job posting a letter answers (`context.job`), and technology lists.
export type {JobMatch, Posting, PostingItem, TechnologyList} from './job/types.js'
export {postingReference} from './job/hook.js'
export {isListGap, listRuns} from './letter/technologies.js'

// The company a letter is for and the others it must not name (`context.company`).
export {findNames, nameKey, nameTokens, slugKey, type CompanyContext, type LetterCompany, type NameToken, type SearchName} from './letter/companies.js'

// Word lists, matched in the one walk over the letter's words.
export {normalize, type Lexicon, type LexiconEntry, type Match} from './letter/lexicon.js'
export {evidenceLexicon, requireEvidence, type EvidenceTerm} from './engine/presence.js'

import type {AnyRule} from '../src/rule.js'
import aiInfrastructure from './ai-infrastructure/index.js'
import databaseDepth from './database-depth/index.js'
import indefiniteArticle from './indefinite-article/index.js'
import jobCoverage from './job-coverage/index.js'
import jobStackStuffing from './job-stack-stuffing/index.js'
import noCliche from './no-cliche/index.js'
import noCvSummary from './no-cv-summary/index.js'
import noLanguageList from './no-language-list/index.js'
import noPlaceholders from './no-placeholders/index.js'
import noUnquantifiedClaims from './no-unquantified-claims/index.js'
import openingHook from './opening-hook/index.js'
import operationsEvidence from './operations-evidence/index.js'
import paragraphCount from './paragraph-count/index.js'
import passiveVoice from './passive-voice/index.js'
import repeatedWords from './repeated-words/index.js'
import salutation from './salutation/index.js'
import tailoring from './tailoring/index.js'
import scaleNumbers from './scale-numbers/index.js'
import sentenceLength from './sentence-length/index.js'
import spelling from './spelling/index.js'
import techNeedsOutcome from './tech-needs-outcome/index.js'
import wordCount from './word-count/index.js'
import wrongCompany from './wrong-company/index.js'

/** Every built-in rule, in the order the README and `cover-lint rules` list them. */
export const rules: readonly AnyRule[] = [
  wordCount,
  paragraphCount,
  scaleNumbers,
  openingHook,
  noUnquantifiedClaims,
  techNeedsOutcome,
  noLanguageList,
  operationsEvidence,
  databaseDepth,
  aiInfrastructure,
  noCliche,
  noCvSummary,
  noPlaceholders,
  wrongCompany,
  salutation,
  tailoring,
  spelling,
  sentenceLength,
  jobCoverage,
  jobStackStuffing,
  repeatedWords,
  indefiniteArticle,
  passiveVoice
]

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id)

export function findRule(id: string): AnyRule | undefined {
  return rules.find((rule) => rule.meta.id === id)
}

import {existsSync} from 'node:fs'
import {dirname, join, relative, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {searchPlaces} from '../config/find.js'
import {schemaPath} from '../config/schema.js'
import {UserError} from '../errors.js'
import {writeFileAtomic} from '../util/write-atomic.js'

export const starterName = '.coverlintrc.json'

/**
 * `cover-lint init`: write a starter `.coverlintrc.json` in `folder`. JSON has no comments, so
 * the starter explains itself in keys that start with `//`, which cover-lint skips; `$schema`
 * points at the schema shipped with this copy of cover-lint, for editor completion. Linting
 * with the starter gives the same results as linting with no config. Never overwrites: an
 * existing `.coverlintrc.json`, or any other config in the folder, is refused (exit 2).
 */
export async function init(folder: string, display: (path: string) => string): Promise<string> {
  const target = join(folder, starterName)
  const existing = searchPlaces.filter((place) => place !== 'package.json').find((place) => existsSync(join(folder, place)))
  if (existing === starterName) throw new UserError('already exists; init never overwrites a config', display(target))
  if (existing) throw new UserError(`a config already exists in this folder; init did not write ${starterName}`, display(join(folder, existing)))
  try {
    await writeFileAtomic(target, starterText(folder), {exclusive: true})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError('already exists; init never overwrites a config', display(target))
    throw error
  }
  return `Wrote ${display(target)}: edit it, then run "cover-lint print-config <letter>" to see what applies to a letter.\n`
}

/** The starter config, with `$schema` relative to `folder`. */
export function starterText(folder: string): string {
  const schema = relative(folder, join(packageRoot() ?? folder, schemaPath)).split(sep).join('/')
  const starter = {
    $schema: schema.startsWith('.') ? schema : `./${schema}`,
    '//': 'cover-lint configuration. Keys starting with // are comments. Every key: README.md#configuration. "cover-lint print-config <letter>" shows what applies to a letter.',
    '// extends': "cover-lint:recommended is the guide's rules as shipped; cover-lint:strict makes every warning an error and tightens the limits. Paths to other config files work too.",
    extends: ['cover-lint:recommended'],
    '// seniority': 'Add "seniority": junior, mid, senior, staff or principal, to judge every letter here at that level. Left out, a letter is judged at the level its job posting states, else senior. For junior, operations, database depth, distributed systems and AI infrastructure are welcome, not expected (their rules drop to info) and one scale number is enough; for mid, operations and AI infrastructure.',
    '// locale': 'The spelling letters are checked against: en-GB (British, the default: the guide is written for UK roles) or en-US (American).',
    locale: 'en-GB',
    '// dictionary': 'Your own words for the spelling rule: names, products and terms it does not know, e.g. ["Tallyhook", "Ledgerline"].',
    dictionary: [],
    '// rules': 'By rule id: off, info, warn or error, or [severity, {options}], e.g. "no-cliche": "error" or "paragraph-count": ["warn", {"max": 3}]. "cover-lint rules" lists the rules.',
    rules: {},
    '// phrases': 'Your own banned words, e.g. {"id": "custom/leverage", "match": ["leverage"], "suggest": ["use"]}; with "required": true, words a letter must say.',
    phrases: [],
    '// ignores': '.gitignore patterns of letters to skip, relative to this file, e.g. "drafts/" (a letter named on the command line that matches is skipped with a notice).',
    ignores: [],
    '// companies': 'Companies a letter must never name unless it is for them (wrong-company), besides those of the other applications beside it; "company": "..." says which one the letters here are for.',
    companies: []
  }
  return `${JSON.stringify(starter, null, 2)}\n`
}

/** The folder holding this copy of cover-lint's `schema/`, from wherever this code was bundled, if found. */
function packageRoot(): string | undefined {
  let folder = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(folder, schemaPath))) {
    const parent = dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
  return folder
}

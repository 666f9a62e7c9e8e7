import type {CompanyOptions} from '../../src/letter/companies.js'

/**
 * Hostile letters by name: each takes a size in characters and returns the text, or a letter with
 * its posting, file name or companies, or a posting whose organisation alone is read (see adversarial.mjs).
 */
export declare const adversarial: Record<
  string,
  (size: number) => string | {letter: string; posting?: string; filePath?: string; companies?: CompanyOptions} | {organisation: string}
>

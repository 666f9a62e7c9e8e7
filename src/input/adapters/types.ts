import type {ParsedDocument} from '../../parse/document.js'

/** What an input adapter is given: the file's bytes, and a way to read files beside it. */
export interface AdapterInput {
  bytes: Uint8Array
  /** The letter's path as reports show it (`<stdin>` or `--stdin-filename` for standard input). */
  filePath: string
  /**
   * Read a file named relative to the letter (LaTeX `\input`): resolves `name`, returns its
   * text, a key that identifies it and the path reports show. Rejects with a UserError.
   */
  readRelated?: (name: string) => Promise<{key: string; text: string; filePath: string}>
}

/** Turns a file's bytes into the document every rule reads. Rejects with a UserError (no subject) for bad input. */
export type Adapter = (input: AdapterInput) => Promise<ParsedDocument>

import type {InputFormat} from '../../src/parse/document.js'

/** Long documents by name: each takes a size in characters and returns the document's format and bytes (see hostile-documents.mjs). */
export declare const hostileDocuments: Record<string, (size: number) => {format: InputFormat; bytes: Uint8Array} | Promise<{format: InputFormat; bytes: Uint8Array}>>

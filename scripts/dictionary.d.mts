/** Path of the compiled word file for the current inputs, building it first when the cache has none. */
export function wordFile(options?: {log?: (line: string) => void}): Promise<string>
/** The dictionary packages' licence texts, shipped beside the word file. */
export function wordFileLicences(): Promise<string>

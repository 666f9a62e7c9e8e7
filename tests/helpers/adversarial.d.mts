/** Hostile letters by name: each takes a size in characters and returns the text, or a letter and a posting (see adversarial.mjs). */
export declare const adversarial: Record<string, (size: number) => string | {letter: string; posting: string}>

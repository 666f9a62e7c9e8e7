/** Hostile letters by name: each takes a size in characters and returns the text (see adversarial.mjs). */
export declare const adversarial: Record<string, (size: number) => string>

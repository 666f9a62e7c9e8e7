declare const __COVER_LINT_VERSION__: string | undefined

/** The package version, written in by the build; `0.0.0-dev` when running from source (tests). */
export const version: string = typeof __COVER_LINT_VERSION__ === 'string' ? __COVER_LINT_VERSION__ : '0.0.0-dev'

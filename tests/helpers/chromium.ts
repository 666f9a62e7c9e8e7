import {existsSync} from 'node:fs'
import {chromium, type BrowserContext} from 'playwright-core'
import {temporaryFolder} from './temporary.js'

/** Debian's chromium package; `.ci/run` installs it when it is missing. */
export const chromiumPath = process.env.COVER_LINT_CHROMIUM ?? '/usr/bin/chromium'

/** Flags that run headless Chromium in a container as root, quietly: no sandbox, GPU, sync or background fetches. */
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export interface Chromium {
  context: BrowserContext
  /** Closes the browser (its profile folder goes with the test file's temporary folders). */
  close(): Promise<void>
}

/** Headless Chromium with a fresh profile folder of its own. */
export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: install Debian's chromium package (apt-get install -y chromium), as .ci/run does`)
  const profile = temporaryFolder('cover-lint-chromium-')
  const context = await chromium.launchPersistentContext(profile, {executablePath: chromiumPath, args: flags, headless: true})
  return {context, close: () => context.close()}
}

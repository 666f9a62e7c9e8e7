import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

/** Debian's chromium package; `.ci/run` installs it when it is missing. */
export const chromiumPath = process.env.COVER_LINT_CHROMIUM ?? '/usr/bin/chromium'

/** Flags that run headless Chromium in a container as root, quietly: no sandbox, GPU, sync or background fetches. */
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export interface Chromium {
  context: BrowserContext
  /** Closes the browser and removes its profile folder. */
  close(): Promise<void>
}

/** Headless Chromium with a fresh profile folder of its own. */
export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: install Debian's chromium package (apt-get install -y chromium), as .ci/run does`)
  const profile = mkdtempSync(join(tmpdir(), 'cover-lint-chromium-'))
  try {
    const context = await chromium.launchPersistentContext(profile, {executablePath: chromiumPath, args: flags, headless: true})
    return {
      context,
      async close() {
        await context.close()
        rmSync(profile, {recursive: true, force: true})
      }
    }
  } catch (error) {
    rmSync(profile, {recursive: true, force: true})
    throw error
  }
}

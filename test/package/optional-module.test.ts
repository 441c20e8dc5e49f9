/**
 * The optional-peer loader from the sources (no dist/vendor/ beside src/util/): an installed peer
 * is found and loaded from node_modules; a missing one is a sentence with the install command, not
 * an exception (or, for callers that need the module, a typed MissingPeerError).
 */
import { describe, expect, it } from '@jest/globals'
import {
  findPeer,
  installCommand,
  loadPeer,
  MissingPeerError,
  requirePeer,
  TYPESCRIPT,
  type OptionalPeer,
} from '../../src/util/optional-module.js'

const ABSENT: OptionalPeer = { name: 'launchgate-no-such-peer', range: '^1.2.0', usedFor: 'this test' }

describe('the optional-peer loader', () => {
  it('finds and loads an installed peer from node_modules', () => {
    expect(findPeer(TYPESCRIPT)).toEqual({
      file: expect.stringMatching(/node_modules\/typescript\/lib\/typescript\.js$/),
    })
    const loaded = loadPeer<{ version: string }>(TYPESCRIPT)
    expect('module' in loaded && loaded.module.version).toMatch(/^5\./)
  })

  it('says what to install, by name and range, when the peer is missing', () => {
    const message =
      'launchgate-no-such-peer (^1.2.0) is needed for this test but is not installed: npm install --save-dev launchgate-no-such-peer@"^1.2.0"'
    expect(installCommand(ABSENT)).toBe('npm install --save-dev launchgate-no-such-peer@"^1.2.0"')
    expect(findPeer(ABSENT)).toEqual({ missing: message })
    expect(loadPeer(ABSENT)).toEqual({ missing: message })
    expect(() => requirePeer(ABSENT)).toThrow(MissingPeerError)
  })
})

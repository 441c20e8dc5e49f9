/** The Python tokenizer and import scanner: strings, comments and continuations are never imports. */
import { describe, expect, it } from '@jest/globals'
import { parsePython } from '../../src/consolidation/parse-python.js'
import { tokenizePython } from '../../src/consolidation/python-tokens.js'

const forms = (text: string) =>
  parsePython(text).imports.map(
    (i) => `${'.'.repeat(i.level ?? 0)}${i.specifier} [${i.names.join(',')}] ${i.line}:${i.column}`,
  )

describe('parsePython', () => {
  it('reads absolute, dotted, aliased and multiple imports', () => {
    expect(forms('import os\nimport app.services.pam.ws_legacy as legacy, json\n')).toEqual([
      'os [*] 1:1',
      'app.services.pam.ws_legacy [*] 2:1',
      'json [*] 2:1',
    ])
  })

  it('reads from-imports, relative levels, parentheses across lines and star', () => {
    const text = [
      'from app.services.pam.ws_legacy import LegacyConnectionManager as Manager, close_reason',
      'from . import tools',
      'from ..core.config import (',
      '    settings,  # the app settings',
      '    Settings,',
      ')',
      'from .x import *',
    ].join('\n')
    expect(forms(text)).toEqual([
      'app.services.pam.ws_legacy [LegacyConnectionManager,close_reason] 1:1',
      '. [tools] 2:1',
      '..core.config [settings,Settings] 3:1',
      '.x [*] 7:1',
    ])
  })

  it('follows backslash continuations, semicolons and imports after a colon or indented', () => {
    const text = [
      'from app.a \\',
      '    import b',
      'import c; import d',
      'if TYPE_CHECKING: from app.e import F',
      'def late():',
      '    import g.h',
    ].join('\n')
    expect(forms(text)).toEqual(['app.a [b] 1:1', 'c [*] 3:1', 'd [*] 3:11', 'app.e [F] 4:19', 'g.h [*] 6:5'])
  })

  it('never reads imports inside comments, strings, docstrings or f-strings', () => {
    const text = [
      '"""Module docstring:',
      'from app.services.pam.ws_legacy import broadcast_to_user',
      '"""',
      '# import app.services.pam.ws_legacy',
      "HINT = 'from app.x import y'",
      "RAW = r'import \\' still a string'",
      'MSG = f"{name!r}: import {\'nested\'} from {d["k"]}"',
      "BYTES = b'''",
      'import not_this',
      "'''",
      'x = 1  # from y import z',
      'import real',
    ].join('\n')
    expect(forms(text)).toEqual(['real [*] 12:1'])
    expect(parsePython(text).comments).toHaveLength(2)
  })

  it('is not an import when import/from appear mid-statement', () => {
    expect(forms('raise ValueError("x") from err\nvalue = yield from gen()\n')).toEqual([])
  })
})

describe('tokenizePython', () => {
  it('keeps newlines inside brackets out of the logical line ends', () => {
    const tokens = tokenizePython('call(a,\n  b)\nnext\n')
    expect(tokens.filter((t) => t.type === 'newline')).toHaveLength(2)
  })

  it('runs an unterminated string to the end of its line instead of throwing', () => {
    const tokens = tokenizePython("s = 'open\nimport after\n")
    expect(tokens.map((t) => t.value)).toContain('import')
  })
})

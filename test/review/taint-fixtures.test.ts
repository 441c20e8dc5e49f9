/**
 * Taint on real vulnerable code nobody here wrote (DVNA, OWASP NodeGoat, pygoat, DVPWA, vendored
 * under test/fixtures/ with their licences): every documented flow of these files in a family we
 * support is found, at the line the projects' own docs or fix comments point to.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { findPythonTaint, findScriptTaint } from '../../src/review/analyzers/taint.js'
import type { FindingCandidate } from '../../src/review/findings.js'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures')
const read = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8')
const serious = (findings: FindingCandidate[]) =>
  findings
    .filter((f) => f.severity === 'CRITICAL' || f.severity === 'HIGH')
    .map((f) => `${f.rule}:${f.line}:${f.severity}`)
    .sort()

describe('taint on JavaScript apps', () => {
  it('finds DVNA: SQL, command, code, deserialization, XXE and redirect, each from the request', () => {
    const findings = findScriptTaint('core/appHandler.js', read('dvna/core/appHandler.js'))
    expect(serious(findings)).toEqual([
      'code-injection:197:CRITICAL',
      'command-injection:39:CRITICAL',
      'open-redirect:188:HIGH',
      'sql-injection:10:CRITICAL',
      'unsafe-deserialization:218:CRITICAL',
      'xxe:235:CRITICAL',
    ])
    const sql = findings.find((f) => f.rule === 'sql-injection')
    expect(sql?.message).toBe('db.sequelize.query receives request data req.body.login (line 10) via query')
  })

  it('finds NodeGoat: eval of the body, $where built from a caller value, SSRF, redirect and ReDoS', () => {
    const files = [
      'app/routes/contributions.js',
      'app/data/allocations-dao.js',
      'app/routes/research.js',
      'app/routes/index.js',
      'app/routes/profile.js',
    ]
    const found = files.flatMap((f) =>
      serious(findScriptTaint(f, read(`nodegoat/${f}`))).map((h) => `${f}:${h}`),
    )
    expect(found).toEqual([
      'app/routes/contributions.js:code-injection:32:CRITICAL',
      'app/routes/contributions.js:code-injection:33:CRITICAL',
      'app/routes/contributions.js:code-injection:34:CRITICAL',
      'app/data/allocations-dao.js:nosql-injection:78:HIGH',
      'app/routes/research.js:ssrf:15:HIGH',
      'app/routes/index.js:open-redirect:72:HIGH',
      'app/routes/profile.js:redos:59:HIGH',
    ])
  })
})

describe('taint and rules on Python apps', () => {
  it('finds pygoat (Django): SQL, pickle, yaml, command, eval, paths, SSRF, XXE, MD5 passwords', async () => {
    const { findings } = await findPythonTaint('introduction/views.py', read('pygoat/introduction/views.py'))
    expect(serious(findings)).toEqual([
      'code-injection:460:CRITICAL',
      'code-injection:588:CRITICAL',
      'command-injection:426:CRITICAL',
      'path-traversal:927:HIGH',
      'sql-injection:158:CRITICAL',
      'sql-injection:864:CRITICAL',
      'ssrf:963:HIGH',
      'unsafe-deserialization:214:CRITICAL',
      'unsafe-deserialization:560:CRITICAL',
      'weak-password-hash:1026:HIGH',
      'xxe:259:HIGH',
    ])
  })

  it('finds DVPWA (aiohttp): SQL formatted with %, MD5 password check; not the parameterised query', async () => {
    const student = await findPythonTaint('sqli/dao/student.py', read('dvpwa/sqli/dao/student.py'))
    expect(serious(student.findings)).toEqual(['sql-injection:42:HIGH'])
    const user = await findPythonTaint('sqli/dao/user.py', read('dvpwa/sqli/dao/user.py'))
    expect(serious(user.findings)).toEqual(['weak-password-hash:41:HIGH'])
  })
})

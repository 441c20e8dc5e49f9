/**
 * The labelled vulnerable lines of the real-code benchmark: deliberately vulnerable apps that
 * nobody here wrote, vendored under test/fixtures/ (see its README for commits and licences).
 * Each label cites where it comes from: the app's own solution docs, the fix the app ships as a
 * comment next to the vulnerable code, or the lab the code belongs to. A label spans the lines a
 * fix would change (where a query is built through the call that runs it).
 */

/** Vulnerability classes, named as the apps' docs name them. */
export type VulnClass =
  | 'sqli'
  | 'nosqli'
  | 'cmdi'
  | 'code'
  | 'deserialization'
  | 'path'
  | 'ssrf'
  | 'redirect'
  | 'xxe'
  | 'weak-hash'
  | 'redos'
  | 'secret'

export interface Label {
  /** Path under test/fixtures/. */
  file: string
  line: number
  endLine?: number
  class: VulnClass
  /** Where the label comes from. */
  evidence: string
}

const DVNA = 'dvna/core/appHandler.js'
const PYGOAT = 'pygoat/introduction/views.py'

export const LABELS: readonly Label[] = [
  {
    file: DVNA,
    line: 10,
    endLine: 11,
    class: 'sqli',
    evidence: 'DVNA docs/solution/a1-injection.md (user search)',
  },
  { file: DVNA, line: 39, class: 'cmdi', evidence: 'DVNA docs/solution/a1-injection.md (ping)' },
  {
    file: DVNA,
    line: 188,
    class: 'redirect',
    evidence: 'DVNA docs/solution/ax-unvalidated-redirects-and-forwards.md',
  },
  {
    file: DVNA,
    line: 197,
    class: 'code',
    evidence: 'DVNA docs/solution/a1-injection.md (mathjs calculator)',
  },
  {
    file: DVNA,
    line: 218,
    class: 'deserialization',
    evidence: 'DVNA docs/solution/a8-insecure-deserialization.md',
  },
  { file: DVNA, line: 235, class: 'xxe', evidence: 'DVNA docs/solution/a4-xxe.md' },
  ...[49, 78].map((line) => ({
    file: 'dvna/core/authHandler.js',
    line,
    class: 'weak-hash' as const,
    evidence: 'DVNA docs/solution/a2-broken-auth.md (reset token is the MD5 of the login)',
  })),
  {
    file: 'dvna/server.js',
    line: 24,
    class: 'secret',
    evidence: 'DVNA docs/solution/a2-broken-auth.md (insecure session secret)',
  },
  ...[32, 33, 34].map((line) => ({
    file: 'nodegoat/app/routes/contributions.js',
    line,
    class: 'code' as const,
    evidence: 'NodeGoat "Fix for A1 -1 SSJS Injection" comment',
  })),
  {
    file: 'nodegoat/app/data/allocations-dao.js',
    line: 77,
    endLine: 79,
    class: 'nosqli',
    evidence: 'NodeGoat "Fix for A1 - 2 NoSQL Injection" comment',
  },
  {
    file: 'nodegoat/app/routes/research.js',
    line: 15,
    endLine: 16,
    class: 'ssrf',
    evidence: 'NodeGoat tutorial ssrf.html',
  },
  {
    file: 'nodegoat/app/routes/index.js',
    line: 72,
    class: 'redirect',
    evidence: 'NodeGoat "Insecure way to handle redirects" comment (A10)',
  },
  {
    file: 'nodegoat/app/routes/profile.js',
    line: 59,
    class: 'redos',
    evidence: 'NodeGoat "Fix for Section: ReDoS attack" comment',
  },
  {
    file: 'nodegoat/app/data/user-dao.js',
    line: 25,
    class: 'weak-hash',
    evidence: 'NodeGoat "Fix for A2-1 - Broken Auth" comment (password stored in clear)',
  },
  {
    file: 'nodegoat/app/data/user-dao.js',
    line: 61,
    class: 'weak-hash',
    evidence: 'NodeGoat "Fix for A2-Broken Auth" comment (clear-text compare)',
  },
  { file: PYGOAT, line: 158, endLine: 162, class: 'sqli', evidence: 'pygoat sql_lab (A1 injection lab)' },
  { file: PYGOAT, line: 213, endLine: 214, class: 'deserialization', evidence: 'pygoat insec_des_lab' },
  { file: PYGOAT, line: 259, endLine: 260, class: 'xxe', evidence: 'pygoat xxe_lab (xxe_parse)' },
  { file: PYGOAT, line: 424, endLine: 432, class: 'cmdi', evidence: 'pygoat cmd_lab' },
  { file: PYGOAT, line: 460, class: 'code', evidence: 'pygoat cmd_lab2 (eval)' },
  { file: PYGOAT, line: 560, class: 'deserialization', evidence: 'pygoat A9 lab (pyyaml 5.1 yaml.load)' },
  { file: PYGOAT, line: 588, class: 'code', evidence: 'pygoat A9 lab 2 (Pillow ImageMath.eval)' },
  { file: PYGOAT, line: 864, endLine: 878, class: 'sqli', evidence: 'pygoat injection_sql_lab' },
  {
    file: PYGOAT,
    line: 923,
    endLine: 927,
    class: 'path',
    evidence: 'pygoat ssrf_lab (reads the file the form names)',
  },
  { file: PYGOAT, line: 961, endLine: 963, class: 'ssrf', evidence: 'pygoat ssrf_lab2' },
  {
    file: PYGOAT,
    line: 995,
    endLine: 996,
    class: 'code',
    evidence: 'pygoat ssti_lab (user text written into a template)',
  },
  { file: PYGOAT, line: 1026, class: 'weak-hash', evidence: 'pygoat crypto_failure_lab (md5 passwords)' },
  {
    file: 'dvpwa/sqli/dao/student.py',
    line: 43,
    endLine: 45,
    class: 'sqli',
    evidence: 'DVPWA README "SQL Injection" (student creation)',
  },
  {
    file: 'dvpwa/sqli/dao/user.py',
    line: 41,
    class: 'weak-hash',
    evidence: 'DVPWA README "Bad choice for storing passwords"',
  },
]

/** Every vendored file of the benchmark, labelled or not: stray findings in any of them count. */
export const CORPUS_FILES: readonly string[] = [
  DVNA,
  'dvna/core/authHandler.js',
  'dvna/server.js',
  'nodegoat/app/routes/contributions.js',
  'nodegoat/app/routes/research.js',
  'nodegoat/app/routes/index.js',
  'nodegoat/app/routes/profile.js',
  'nodegoat/app/data/allocations-dao.js',
  'nodegoat/app/data/user-dao.js',
  PYGOAT,
  'dvpwa/sqli/dao/student.py',
  'dvpwa/sqli/dao/user.py',
  'dvpwa/sqli/views.py',
]

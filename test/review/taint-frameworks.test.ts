/**
 * Each framework's request shape reaches each sink family, and the safe twin of each change
 * (parameters, constants, sanitizers, fixed hosts) gets no CRITICAL or HIGH.
 */
import { describe, expect, it } from '@jest/globals'
import { findPythonTaint, findScriptTaint } from '../../src/review/analyzers/taint.js'
import { hits, reviewChange } from './support.js'

const rules = (file: string, code: string) =>
  findScriptTaint(file, code).map((f) => `${f.rule}:${f.line}:${f.severity}`)
const pyRules = async (code: string) =>
  (await findPythonTaint('app.py', code)).findings.map((f) => `${f.rule}:${f.line}:${f.severity}`)

describe('JavaScript and TypeScript frameworks', () => {
  it('Next.js route handler, server action and page props', () => {
    const route = [
      "import { NextResponse } from 'next/server'",
      'export async function POST(request: Request) {',
      '  const { id } = await request.json()',
      '  const rows = await sql.unsafe(`SELECT * FROM notes WHERE id = ${id}`)',
      '  return NextResponse.redirect(new URL(request.nextUrl.searchParams.get("next") ?? "/"))',
      '}',
    ].join('\n')
    expect(rules('app/api/notes/route.ts', route)).toEqual([
      'sql-injection:4:CRITICAL',
      'open-redirect:5:HIGH',
    ])
    const action = [
      "'use server'",
      'import { exec } from "node:child_process"',
      'export async function rename(name: string) {',
      '  exec(`convert ${name} out.png`)',
      '}',
    ].join('\n')
    expect(rules('app/actions.ts', action)).toEqual(['command-injection:4:CRITICAL'])
    const page =
      'export default function Page({ searchParams }) {\n  return <div dangerouslySetInnerHTML={{ __html: searchParams.q }} />\n}\n'
    expect(rules('app/page.tsx', page)).toEqual(['xss:2:CRITICAL'])
  })

  it('Koa, Fastify, Express and Deno.serve (Supabase edge functions)', () => {
    const koa =
      "router.get('/f', async (ctx) => {\n  ctx.body = await fs.readFile(path.join('/data', ctx.query.name))\n})\n"
    expect(rules('koa.js', koa)).toEqual(['path-traversal:2:HIGH'])
    const fastify =
      "fastify.post('/run', async (request, reply) => {\n  return vm.runInNewContext(request.body.code)\n})\n"
    expect(rules('fastify.js', fastify)).toEqual(['code-injection:2:CRITICAL'])
    const express =
      "app.get('/p', (req, res) => {\n  const url = req.query.target\n  return axios.get(url)\n})\n"
    expect(rules('express.js', express)).toEqual(['ssrf:3:HIGH'])
    const deno =
      'Deno.serve(async (r) => {\n  const body = await r.json()\n  return await client.query("DELETE FROM t WHERE id = " + body.id)\n})\n'
    expect(rules('supabase/functions/x/index.ts', deno)).toEqual(['sql-injection:3:CRITICAL'])
  })

  it('HTML sinks: innerHTML, Mapbox setHTML, Angular bypass, React props, MongoDB operators', () => {
    const dom =
      "const q = location.search\nel.innerHTML = '<b>' + q + '</b>'\nnew mapboxgl.Popup().setHTML(q)\nthis.sanitizer.bypassSecurityTrustHtml(q)\n"
    expect(rules('client.ts', dom)).toEqual(['xss:2:CRITICAL', 'xss:3:CRITICAL', 'xss:4:CRITICAL'])
    const bio =
      'export function Bio(props) {\n  return <p dangerouslySetInnerHTML={{ __html: props.bio }} />\n}\n'
    expect(rules('Bio.jsx', bio)).toEqual(['xss:2:HIGH'])
    const mongo =
      "app.post('/login', async (req, res) => {\n  const user = await User.findOne({ email: req.body.email, password: req.body.password })\n})\n"
    expect(rules('login.js', mongo)).toEqual(['nosql-injection:2:HIGH'])
  })

  it('stays quiet on the safe twins', () => {
    const safe = [
      "app.get('/u', async (req, res) => {",
      "  await db.query('SELECT * FROM users WHERE id = $1', [req.query.id])",
      '  const id = parseInt(req.params.id, 10)',
      '  await db.query(`SELECT * FROM users WHERE id = ${id}`)',
      '  await fetch(`https://api.example.com/users/${req.query.id}`)',
      "  res.redirect('/users/' + req.query.id)",
      '  el.textContent = req.query.name',
      '  await User.findOne({ email: String(req.body.email) })',
      "  execFile('convert', [req.body.name])",
      '})',
    ].join('\n')
    expect(rules('safe.js', safe).filter((r) => /CRITICAL|HIGH/.test(r))).toEqual([])
  })
})

describe('Python frameworks', () => {
  it('FastAPI parameters, Flask request, Django views', async () => {
    const fastapi = [
      'from fastapi import FastAPI, Depends',
      'app = FastAPI()',
      '@app.get("/items")',
      'async def items(q: str, db=Depends(get_db)):',
      '    sql = f"SELECT * FROM items WHERE name = \'{q}\'"',
      '    return db.execute(text(sql))',
    ].join('\n')
    expect(await pyRules(fastapi)).toEqual(['sql-injection:6:CRITICAL'])
    const flask = '@app.route("/r")\ndef r():\n    return redirect(request.args.get("next"))\n'
    expect(await pyRules(flask)).toEqual(['open-redirect:3:HIGH'])
    const django = 'def report(request, name):\n    return FileResponse(open("/srv/reports/" + name, "rb"))\n'
    expect(await pyRules(django)).toEqual(['path-traversal:2:HIGH'])
  })

  it('the nine defects of a FastAPI change are found, and its clean twin passes the gate', async () => {
    const bad = [
      'import hashlib, jwt, os, pickle, requests, subprocess, yaml',
      'from fastapi import FastAPI, Request',
      'app = FastAPI()',
      'STRIPE_KEY = "sk_live_' + '51HxQvL2eZvKYlo2C8b3TnVw9kR4mPqZ"',
      '@app.post("/orders")',
      'async def orders(request: Request, user_id: str):',
      '    body = await request.body()',
      '    cursor.execute(f"SELECT * FROM orders WHERE user_id = \'{user_id}\'")',
      '    order = pickle.loads(body)',
      '    subprocess.run("lpr " + user_id, shell=True)',
      '    total = eval(request.query_params["expr"])',
      '    requests.get("https://billing.internal/api", verify=False)',
      '    conf = yaml.load(body)',
      '    digest = hashlib.md5(user_id.encode() + b"password").hexdigest()',
      '    claims = jwt.decode(request.headers["authorization"], options={"verify_signature": False})',
      '    return order',
      '',
    ].join('\n')
    const out = await reviewChange({}, { 'api/orders.py': bad }, { agents: ['security-auditor'] })
    expect(hits(out)).toEqual(
      expect.arrayContaining([
        'sql-injection@api/orders.py:8',
        'unsafe-deserialization@api/orders.py:9',
        'command-injection@api/orders.py:10',
        'code-injection@api/orders.py:11',
        'tls-verification-off@api/orders.py:12',
        'unsafe-deserialization@api/orders.py:13',
        'weak-password-hash@api/orders.py:14',
        'jwt-not-verified@api/orders.py:15',
      ]),
    )
    expect(out.gate.passed).toBe(false)
    const clean = [
      'import hashlib, jwt, json, subprocess, yaml',
      'from fastapi import FastAPI, Request',
      'app = FastAPI()',
      '@app.post("/orders")',
      'async def orders(request: Request, user_id: str):',
      '    body = await request.body()',
      '    cursor.execute("SELECT * FROM orders WHERE user_id = %s", (user_id,))',
      '    order = json.loads(body)',
      '    subprocess.run(["lpr", user_id])',
      '    conf = yaml.safe_load(body)',
      '    claims = jwt.decode(request.headers["authorization"], KEY, algorithms=["HS256"])',
      '    return order',
      '',
    ].join('\n')
    const ok = await reviewChange({}, { 'api/orders.py': clean }, { agents: ['security-auditor'] })
    expect(ok.findings.filter((f) => f.severity === 'CRITICAL' || f.severity === 'HIGH')).toEqual([])
  })
})

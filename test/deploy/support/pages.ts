/**
 * Pages served on 127.0.0.1 for the browser smoke tests, each with one way a real page breaks:
 * a throw on load, a console.error, a widget that never renders or stays hidden, a bundle that is
 * missing, a WebSocket that is refused or points at the wrong path, and a good one.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'

export const WS_PATH = '/api/v1/pam/ws'

/** A widget that opens the socket, sends what the user typed on Enter, and shows the reply. */
const widget = (wsPath: string) => `
<div id="pam-widget">
  <input id="pam-input" aria-label="Ask PAM">
  <ol id="pam-log"></ol>
</div>
<script>
  const socket = new WebSocket('ws://' + location.host + ${JSON.stringify(wsPath)});
  const log = document.getElementById('pam-log');
  socket.onmessage = (event) => {
    const li = document.createElement('li');
    li.textContent = JSON.parse(event.data).content;
    log.append(li);
  };
  document.getElementById('pam-input').addEventListener('keydown', (event) => {
    if (event.key === 'Enter') socket.send(JSON.stringify({ type: 'message', content: event.target.value }));
  });
</script>`

const page = (body: string) =>
  `<!doctype html><html><head><title>test page</title></head><body>${body}</body></html>`

/** Path -> HTML of each page. */
export const PAGES: Record<string, string> = {
  '/good': page(`<h1>Wheels &amp; Wins</h1>${widget(WS_PATH)}`),
  '/throws': page(`<script>throw new Error('widget bundle exploded')</script>${widget(WS_PATH)}`),
  '/throws-later': page(`${widget(WS_PATH)}<script>setTimeout(() => { null.boom }, 50)</script>`),
  '/console-error': page(`${widget(WS_PATH)}<script>console.error('PAM failed to init: no token')</script>`),
  '/never-renders': page(`<h1>Wheels &amp; Wins</h1><div id="root"></div>`),
  '/hidden': page(`<div id="pam-widget" style="display:none">PAM</div>`),
  '/missing-bundle': page(`${widget(WS_PATH)}<script src="/assets/pam-widget.js"></script>`),
  '/ws-wrong-path': page(widget('/api/v1/pam/socket')),
  '/ws-refused': page(widget('/refused' + WS_PATH)),
  '/third-party': page(`${widget(WS_PATH)}<img src="http://127.0.0.1:9/tracker.gif">`),
}

export interface PageServer {
  url: string
  close(): Promise<void>
}

/** Serves {@link PAGES}; the WebSocket answers each message with "PAM heard: ...". */
export async function startPageServer(): Promise<PageServer> {
  const wss = new WebSocketServer({ noServer: true })
  wss.on('connection', (socket) => {
    socket.on('message', (data) => {
      const { content } = JSON.parse(data.toString()) as { content?: string }
      socket.send(JSON.stringify({ type: 'message', content: `PAM heard: "${content}"` }))
    })
  })
  const server: Server = createServer((req, res) => {
    const html = PAGES[new URL(req.url ?? '/', 'http://x').pathname]
    if (html === undefined) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
  })
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path === WS_PATH) return wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req))
    const status = path.startsWith('/refused') ? '503 Service Unavailable' : '404 Not Found'
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      for (const client of wss.clients) client.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

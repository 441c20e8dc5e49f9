/**
 * The example app's one page: the PAM assistant widget, as a small bundle that reads its config,
 * renders itself, opens its WebSocket, sends what the user asks and shows the reply. The browser
 * smoke test loads it; two faults break it the way real releases do.
 */
import type { AppFault } from './types.js'

/** Where the widget's bundle is served. */
export const WIDGET_SCRIPT_PATH = '/assets/pam-widget.js'

/** The page, with the config the server injects (none under `page-throws`, a stale path under `widget-ws-wrong`). */
export function widgetPage(wsPath: string, fault: AppFault | undefined): string {
  const config =
    fault === 'page-throws'
      ? '' // the bundle expects its config: a page without it throws on load
      : `<script>window.PAM_CONFIG = ${JSON.stringify({ wsPath: fault === 'widget-ws-wrong' ? '/api/pam/ws' : wsPath })}</script>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Wheels &amp; Wins</title>
<link rel="icon" href="data:,">
<style>
  body { font: 16px/1.4 system-ui, sans-serif; margin: 0; background: #f5f3ee; color: #1d2a24; }
  header { background: #1d5c3f; color: #fff; padding: 16px 24px; }
  main { padding: 24px; }
  #pam-widget { position: fixed; right: 24px; bottom: 24px; width: 320px; background: #fff; border-radius: 12px;
    box-shadow: 0 4px 16px rgba(0, 0, 0, .15); padding: 12px; }
  #pam-log { list-style: none; padding: 0; min-height: 80px; }
  #pam-log .you { text-align: right; color: #555; }
  #pam-input { width: 70%; }
</style>
</head>
<body>
<header><h1>Wheels &amp; Wins</h1></header>
<main><p>Plan your next trip: routes, campgrounds, fuel and budget, with PAM.</p></main>
${config}
<script src="${WIDGET_SCRIPT_PATH}"></script>
</body>
</html>
`
}

/**
 * The widget's bundle. Plain browser JavaScript on purpose: it is what the browser runs, and the
 * example ships no build step.
 */
export const WIDGET_SCRIPT = `(function () {
  'use strict';
  var wsPath = window.PAM_CONFIG.wsPath;
  var widget = document.createElement('section');
  widget.id = 'pam-widget';
  widget.setAttribute('aria-label', 'PAM assistant');
  widget.innerHTML =
    '<strong>PAM</strong> <span id="pam-status">connecting...</span>' +
    '<ol id="pam-log" aria-live="polite"></ol>' +
    '<form id="pam-form"><input id="pam-input" aria-label="Ask PAM" autocomplete="off">' +
    ' <button type="submit">Send</button></form>';
  document.body.appendChild(widget);
  var status = document.getElementById('pam-status');
  var log = document.getElementById('pam-log');
  var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
  var socket = new WebSocket(scheme + location.host + wsPath);
  var sent = 0;
  function say(who, text) {
    var item = document.createElement('li');
    item.className = who;
    item.textContent = text;
    log.appendChild(item);
  }
  socket.addEventListener('open', function () { status.textContent = 'online'; });
  socket.addEventListener('error', function () {
    status.textContent = 'offline';
    console.error('PAM: the assistant connection failed');
  });
  socket.addEventListener('message', function (event) {
    var reply = JSON.parse(event.data);
    if (reply.type === 'message') say('pam', reply.content);
  });
  document.getElementById('pam-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var input = document.getElementById('pam-input');
    if (!input.value || socket.readyState !== WebSocket.OPEN) return;
    sent += 1;
    socket.send(JSON.stringify({ type: 'message', correlationId: 'widget-' + sent, content: input.value }));
    say('you', input.value);
    input.value = '';
  });
})();
`

/**
 * The example app's one page: the PAM assistant widget, as a small bundle that reads its config,
 * renders itself, opens its WebSocket, sends what the user asks and shows the reply. The browser
 * smoke test loads it; two faults break it the way real releases do.
 */
import type { AppFault } from './types.js';
/** Where the widget's bundle is served. */
export declare const WIDGET_SCRIPT_PATH = "/assets/pam-widget.js";
/** The page, with the config the server injects (none under `page-throws`, a stale path under `widget-ws-wrong`). */
export declare function widgetPage(wsPath: string, fault: AppFault | undefined): string;
/**
 * The widget's bundle. Plain browser JavaScript on purpose: it is what the browser runs, and the
 * example ships no build step.
 */
export declare const WIDGET_SCRIPT = "(function () {\n  'use strict';\n  var wsPath = window.PAM_CONFIG.wsPath;\n  var widget = document.createElement('section');\n  widget.id = 'pam-widget';\n  widget.setAttribute('aria-label', 'PAM assistant');\n  widget.innerHTML =\n    '<strong>PAM</strong> <span id=\"pam-status\">connecting...</span>' +\n    '<ol id=\"pam-log\" aria-live=\"polite\"></ol>' +\n    '<form id=\"pam-form\"><input id=\"pam-input\" aria-label=\"Ask PAM\" autocomplete=\"off\">' +\n    ' <button type=\"submit\">Send</button></form>';\n  document.body.appendChild(widget);\n  var status = document.getElementById('pam-status');\n  var log = document.getElementById('pam-log');\n  var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';\n  var socket = new WebSocket(scheme + location.host + wsPath);\n  var sent = 0;\n  function say(who, text) {\n    var item = document.createElement('li');\n    item.className = who;\n    item.textContent = text;\n    log.appendChild(item);\n  }\n  socket.addEventListener('open', function () { status.textContent = 'online'; });\n  socket.addEventListener('error', function () {\n    status.textContent = 'offline';\n    console.error('PAM: the assistant connection failed');\n  });\n  socket.addEventListener('message', function (event) {\n    var reply = JSON.parse(event.data);\n    if (reply.type === 'message') say('pam', reply.content);\n  });\n  document.getElementById('pam-form').addEventListener('submit', function (event) {\n    event.preventDefault();\n    var input = document.getElementById('pam-input');\n    if (!input.value || socket.readyState !== WebSocket.OPEN) return;\n    sent += 1;\n    socket.send(JSON.stringify({ type: 'message', correlationId: 'widget-' + sent, content: input.value }));\n    say('you', input.value);\n    input.value = '';\n  });\n})();\n";

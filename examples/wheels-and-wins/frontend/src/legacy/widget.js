/* eslint-disable */
// Embeddable "Ask PAM" widget for partner caravan-park sites, built as CommonJS by the old webpack config.
// TODO(week 4): move to pamService; usePamWebSocketV2 is NOT used here, only the raw connection helper.
const { connectPam } = require('../hooks/usePamWebSocketConnection')

function mountPamWidget(element, token) {
  const socket = connectPam(token, (state) => {
    element.dataset.pamState = state
  })
  element.addEventListener('submit', (event) => {
    event.preventDefault()
    const input = element.querySelector('input')
    socket.send(JSON.stringify({ type: 'chat', content: input.value }))
    input.value = ''
  })
  return () => socket.close()
}

module.exports = { mountPamWidget }

import { useState, type FormEvent } from 'react'

interface ChatInputProps {
  disabled?: boolean
  placeholder?: string
  onSend: (content: string) => void
}

export function ChatInput({
  disabled = false,
  placeholder = 'Ask PAM about your trip…',
  onSend,
}: ChatInputProps) {
  const [draft, setDraft] = useState('')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const content = draft.trim()
    if (!content) return
    onSend(content)
    setDraft('')
  }
  return (
    <form onSubmit={submit} className="flex gap-2 border-t p-3">
      <input
        className="flex-1 rounded border px-3 py-2"
        value={draft}
        disabled={disabled}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button
        type="submit"
        disabled={disabled || draft.trim() === ''}
        className="rounded bg-blue-600 px-4 text-white"
      >
        Send
      </button>
    </form>
  )
}

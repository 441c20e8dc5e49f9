import { Link, NavLink } from 'react-router-dom'
import { useAuthToken, usePamWebSocketV2 } from '@/hooks'

const LINKS = [
  { to: '/', label: 'Dashboard' },
  { to: '/trips', label: 'Trips' },
  { to: '/wins', label: 'Budget' },
  { to: '/pam', label: 'PAM' },
  { to: '/settings', label: 'Settings' },
]

export function Header() {
  const token = useAuthToken()
  const { connected } = usePamWebSocketV2(token)
  return (
    <header className="flex items-center justify-between border-b bg-white px-6 py-3">
      <Link to="/" className="text-lg font-bold">
        Wheels &amp; Wins
      </Link>
      <nav className="flex gap-4">
        {LINKS.map((l) => (
          <NavLink key={l.to} to={l.to} className={({ isActive }) => (isActive ? 'font-semibold' : '')}>
            {l.label}
          </NavLink>
        ))}
      </nav>
      <span title="PAM connection" className={connected ? 'text-green-600' : 'text-gray-400'}>
        ●
      </span>
    </header>
  )
}

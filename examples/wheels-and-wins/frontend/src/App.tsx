import { lazy, Suspense } from 'react'
import { BrowserRouter, Route, Routes } from 'react-router-dom'
import { Header } from '@/components/layout/Header'

const DashboardPage = lazy(() => import('@/pages/DashboardPage'))
const TripsPage = lazy(() => import('@/pages/TripsPage'))
const WinsPage = lazy(() => import('@/pages/WinsPage'))
const ChatPage = lazy(() => import('./pages/ChatPage'))
const SettingsPage = lazy(() => import('./pages/SettingsPage'))

export default function App() {
  return (
    <BrowserRouter>
      <Header />
      <Suspense fallback={<div className="p-6">Loading…</div>}>
        <Routes>
          <Route path="/" element={<DashboardPage />} />
          <Route path="/trips/:tripId?" element={<TripsPage />} />
          <Route path="/wins" element={<WinsPage />} />
          <Route path="/pam" element={<ChatPage />} />
          <Route path="/settings" element={<SettingsPage />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  )
}

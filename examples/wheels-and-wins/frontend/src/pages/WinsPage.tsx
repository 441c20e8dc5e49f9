import { useMemo, useState } from 'react'

interface Expense {
  label: string
  amount: number
  category: 'fuel' | 'camping' | 'food' | 'other'
}

/** The "Wins" side of the app: budget and expenses of the current trip. */
export default function WinsPage() {
  const [expenses, setExpenses] = useState<Expense[]>([])
  const [budget] = useState(2500)
  const spent = useMemo(() => expenses.reduce((sum, e) => sum + e.amount, 0), [expenses])
  const add = () => setExpenses((all) => [...all, { label: 'Fuel stop', amount: 92.5, category: 'fuel' }])
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-bold">Budget</h1>
      <p className={spent > budget ? 'text-red-600' : 'text-green-700'}>
        ${spent.toFixed(2)} of ${budget} spent
      </p>
      <button className="mt-2 rounded border px-3 py-1" onClick={add}>
        Add fuel stop
      </button>
      <ul className="mt-4">
        {expenses.map((e, i) => (
          <li key={i}>
            {e.label} ({e.category}): ${e.amount.toFixed(2)}
          </li>
        ))}
      </ul>
    </main>
  )
}

-- Expenses of a trip, with the owner copied for row level security.
create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  trip_id uuid references public.trips (id) on delete set null,
  category text not null,
  amount_cents integer not null check (amount_cents >= 0),
  spent_on date not null default current_date
);
alter table public.expenses enable row level security;
create policy "expenses are their owner's" on public.expenses
  for all using (auth.uid() = user_id) with check (auth.uid() = user_id);

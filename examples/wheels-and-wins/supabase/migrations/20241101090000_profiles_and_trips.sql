-- Profiles and trips, each row owned by its user.
create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null default '',
  rig_length_ft integer,
  created_at timestamptz not null default now()
);
alter table public.profiles enable row level security;
create policy "profiles are their owner's" on public.profiles
  for all using (auth.uid() = id) with check (auth.uid() = id);

create table public.trips (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  starts_on date,
  created_at timestamptz not null default now()
);
alter table public.trips enable row level security;
create policy "trips are their owner's" on public.trips
  for all using (auth.uid() = user_id) with check (auth.uid() = user_id);
create index trips_user_id_idx on public.trips (user_id);

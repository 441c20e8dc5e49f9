/**
 * Built-in synonym groups: general English words users and tool authors pick differently for the
 * same thing ("find" vs "search", "cost" vs "price"). Domain words belong in config (`synonyms`,
 * `aliases`), not here. Written from general usage, not from any benchmark's queries.
 */
import { stem, words } from './text.js'

export const BUILT_IN_SYNONYMS: readonly string[][] = [
  ['find', 'search', 'lookup', 'look', 'locate', 'discover', 'query'],
  ['get', 'fetch', 'retrieve', 'obtain', 'read'],
  ['list', 'enumerate', 'browse'],
  ['create', 'add', 'new', 'make', 'generate', 'open'],
  ['update', 'edit', 'modify', 'change', 'set', 'adjust'],
  ['delete', 'remove', 'erase', 'cancel', 'drop'],
  ['send', 'post', 'submit', 'share', 'publish'],
  ['calculate', 'compute', 'estimate', 'calc', 'determine'],
  ['convert', 'transform', 'translate', 'exchange'],
  ['price', 'cost', 'fee', 'charge', 'rate', 'fare', 'expensive', 'cheap'],
  ['buy', 'purchase', 'order', 'shop', 'shopping'],
  ['book', 'reserve', 'reservation', 'booking'],
  ['weather', 'forecast', 'temperature', 'rain', 'snow', 'wind', 'climate'],
  ['car', 'vehicle', 'auto', 'automobile', 'truck'],
  ['movie', 'film', 'cinema'],
  ['music', 'song', 'track', 'album', 'playlist'],
  ['news', 'headline', 'article'],
  ['restaurant', 'food', 'dining', 'eat', 'meal', 'dinner', 'lunch', 'recipe', 'grocery', 'groceries'],
  ['hotel', 'lodging', 'accommodation', 'stay', 'room'],
  ['flight', 'fly', 'airline', 'plane', 'airport'],
  ['trip', 'travel', 'journey', 'itinerary', 'vacation', 'tour'],
  ['route', 'directions', 'navigate', 'navigation', 'distance', 'drive', 'far', 'miles'],
  ['map', 'location', 'place', 'address', 'nearby', 'near'],
  ['time', 'clock', 'hour', 'date', 'today', 'now'],
  ['schedule', 'calendar', 'event', 'appointment', 'meeting'],
  ['remind', 'reminder', 'alert', 'notify', 'notification'],
  ['money', 'finance', 'financial', 'budget', 'spending', 'expense'],
  ['expense', 'spend', 'spent', 'paid', 'pay', 'payment', 'bill'],
  ['height', 'tall', 'high', 'clearance'],
  ['maintenance', 'service', 'repair', 'fix', 'mechanic'],
  ['income', 'earnings', 'salary', 'revenue', 'earn', 'profit', 'paycheck', 'wage'],
  ['stock', 'share', 'market', 'ticker', 'invest', 'investment'],
  ['currency', 'dollar', 'euro', 'forex'],
  ['email', 'mail', 'inbox', 'message'],
  ['user', 'account', 'profile', 'member'],
  ['picture', 'image', 'photo', 'photograph'],
  ['video', 'clip', 'youtube'],
  ['doctor', 'medical', 'health', 'symptom', 'disease', 'clinic'],
  ['job', 'career', 'employment', 'hire', 'hiring', 'resume'],
  ['law', 'legal', 'lawyer', 'court', 'case'],
  ['home', 'house', 'property', 'apartment', 'rent', 'estate'],
  ['game', 'play', 'gaming'],
  ['sport', 'team', 'match', 'score', 'league'],
  ['word', 'dictionary', 'definition', 'meaning', 'define'],
  ['language', 'translation', 'translate'],
  ['pdf', 'document', 'file', 'doc'],
  ['website', 'web', 'page', 'url', 'site', 'link'],
  ['summary', 'summarize', 'summarise', 'overview', 'brief'],
  ['analyze', 'analyse', 'analysis', 'evaluate', 'assess', 'check'],
  ['statistic', 'stats', 'metric', 'data', 'information', 'info', 'detail'],
  ['big', 'large', 'size', 'dimension'],
  ['number', 'count', 'amount', 'quantity', 'total'],
  ['review', 'rating', 'opinion', 'feedback'],
  ['learn', 'course', 'study', 'education', 'tutor', 'teach'],
  ['repository', 'repo', 'project'],
  ['issue', 'ticket', 'bug'],
  ['pull', 'pr', 'merge'],
  ['commit', 'change', 'diff'],
  ['branch', 'ref'],
  ['release', 'version', 'tag'],
  ['workflow', 'action', 'pipeline', 'ci', 'job', 'run'],
  ['add', 'sum', 'plus', 'total', 'addition'],
  ['multiply', 'product', 'times', 'multiplication'],
  ['subtract', 'minus', 'difference', 'subtraction'],
  ['divide', 'division', 'quotient', 'ratio'],
  ['combine', 'merge', 'join', 'concatenate', 'concat'],
  ['sort', 'order', 'arrange', 'rank', 'ascending', 'descending'],
  ['rent', 'rental', 'lease', 'hire'],
  ['event', 'activity', 'concert', 'show', 'festival', 'entertainment', 'things to do'],
  ['ride', 'taxi', 'cab', 'uber', 'lyft'],
  ['bus', 'coach'],
  ['train', 'rail', 'railway'],
  ['fuel', 'gas', 'gasoline', 'petrol', 'diesel'],
  ['campground', 'campsite', 'camping', 'camp', 'rv'],
  ['friend', 'social', 'follow', 'follower'],
]

/**
 * Builds the stem -> related stems map used to widen a query.
 * @param extra groups from config, merged with the built-in ones
 */
export function synonymMap(extra: readonly string[][] = []): Map<string, string[]> {
  const map = new Map<string, Set<string>>()
  for (const group of [...BUILT_IN_SYNONYMS, ...extra]) {
    const stems = [...new Set(group.flatMap((w) => words(w)).map(stem))]
    for (const s of stems) {
      const related = map.get(s) ?? new Set<string>()
      for (const other of stems) if (other !== s) related.add(other)
      map.set(s, related)
    }
  }
  return new Map([...map].map(([k, v]) => [k, [...v].sort()]))
}

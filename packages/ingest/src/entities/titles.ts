// Vocabulary of positions and ranks, used to find persons and their roles.

/** Words that are (part of) a position. Lowercase. */
export const TITLE_WORDS = new Set([
  'president', 'vice-president', 'prime', 'minister', 'ministers', 'premier', 'secretary', 'secretary-general', 'general', 'chancellor',
  'chairman', 'chairwoman', 'chair', 'speaker', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor',
  'ambassador', 'envoy', 'commander', 'chief', 'head', 'leader', 'ruler', 'counterpart', 'governor', 'mayor', 'king', 'queen',
  'emir', 'sheikh', 'prince', 'deputy', 'vice', 'senator', 'mp', 'representative', 'director', 'assistant', 'pm', 'diplomat',
  'official', 'pope', 'patriarch', 'colleague', 'attaché', 'attache', 'press', 'first', 'high', 'supreme', 'allied', 'defence',
  'defense', 'foreign', 'interior', 'finance', 'economy', 'state', 'security', 'council', 'new', 'former', 'acting', 'top',
  'opposite', 'number', 'chief-of-staff', 'lawmaker', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'lord', 'his', 'her', 'their',
]);

/** Head nouns that make a title (the last word of "Defense Minister", "Secretary General"). */
export const TITLE_HEADS = new Set([
  'president', 'minister', 'premier', 'secretary', 'secretary-general', 'general', 'chancellor', 'chairman', 'chairwoman', 'speaker',
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'ambassador', 'envoy', 'commander', 'chief', 'head',
  'leader', 'ruler', 'counterpart', 'governor', 'mayor', 'king', 'queen', 'emir', 'senator', 'mp', 'representative', 'director',
  'assistant', 'pm', 'diplomat', 'attaché', 'pope', 'patriarch', 'lawmaker', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'lord',
  'vice-president', 'chair', 'colleague',
]);

/** Honorifics: cue a name but are no role. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'lord', 'counterpart', 'colleague', 'opposite', 'number']);

/** Military ranks: cue a name but are not roles. Lowercase, without the period. */
export const RANKS = new Set([
  'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'admiral', 'adm', 'marshal', 'captain', 'capt', 'sergeant',
  'brigadier', 'commodore', 'army', 'of', 'the', 'colonel-general', 'lieutenant-general', 'major-general', 'vice-admiral',
]);

/** Verbs of saying: a capitalised word before one is a speaker. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'noted', 'notes', 'added', 'adds', 'stressed', 'stresses', 'emphasized', 'emphasised',
  'emphasizes', 'stated', 'states', 'announced', 'announces', 'confirmed', 'confirms', 'highlighted', 'highlights', 'claimed',
  'claims', 'described', 'describes', 'reaffirmed', 'reiterated', 'informed', 'warned', 'warns', 'urged', 'urges', 'explained',
  'insisted', 'asserted', 'recalled', 'mentioned', 'concluded', 'remarked', 'observed', 'argued', 'declared', 'pointed',
  'expressed', 'voiced', 'underlined', 'underscored', 'believes', 'believed', 'thinks', 'thought', 'wrote', 'writes', 'tweeted',
  'posted', 'commented', 'replied', 'responded', 'answered', 'admitted', 'acknowledged', 'suggested', 'proposed', 'accused',
  'thanked', 'welcomed', 'praised', 'criticized', 'criticised', 'condemned', 'assured', 'promised', 'pledged', 'predicted',
  'estimated', 'revealed', 'disclosed', 'reported', 'specified', 'clarified', 'indicated', 'hoped', 'noting', 'saying', 'adding',
  'stressing', 'emphasizing', 'expressing', 'reiterating', 'highlighting', 'issued', 'describing', 'briefed', 'reads', 'read', 'outlined', 'conveyed', 'reaffirming', 'underlining', 'recalling',
]);

/** Verbs that put a person at a meeting. */
export const MEETING_VERBS = new Set([
  'met', 'meets', 'meet', 'received', 'receives', 'visited', 'visits', 'held', 'holds', 'hosted', 'hosts', 'spoke', 'speaks',
  'talked', 'phoned', 'called', 'attended', 'attends', 'chaired', 'chairs', 'participated', 'travelled', 'traveled', 'arrived',
  'took', 'will', 'is', 'was', 'has', 'had', 'and', 'skipped', 'failed', 'refused', 'signed', 'discussed', 'agreed', 'thanked',
  'left', 'flew', 'came', 'went', 'congratulated', 'greeted', 'invited', 'backed', 'stood',
]);

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Capitalised words that never start or form a person's name. Lowercase. */
export const NOT_NAME = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'his', 'her', 'our', 'their',
  'its', 'my', 'your', 'on', 'in', 'at', 'of', 'for', 'to', 'by', 'with', 'from', 'after', 'before', 'during', 'as', 'and', 'but',
  'or', 'if', 'when', 'while', 'since', 'earlier', 'later', 'previously', 'meanwhile', 'however', 'also', 'both', 'all', 'some',
  'according', 'source', 'details', 'quote', 'background', 'read', 'photo', 'video', 'update', 'news', 'breaking', 'press',
  'conference', 'ministry', 'department', 'council', 'committee', 'commission', 'office', 'service', 'union', 'state', 'states',
  'republic', 'federation', 'kingdom', 'organization', 'organisation', 'alliance', 'summit', 'meeting', 'session', 'talks',
  'forum', 'treaty', 'agreement', 'declaration', 'government', 'parliament', 'assembly', 'army', 'forces', 'navy', 'air',
  'military', 'defense', 'defence', 'foreign', 'affairs', 'security', 'international', 'national', 'federal', 'central',
  'western', 'eastern', 'northern', 'southern', 'west', 'east', 'north', 'south', 'middle', 'european', 'eurasian', 'post-soviet',
  'soviet', 'special', 'strategic', 'stability', 'dialogue', 'relationship', 'operation', 'head', 'heads', 'secretary', 'minister',
  'president', 'prime', 'general', 'today', 'yesterday', 'tomorrow', 'there', 'here', 'what', 'who', 'why', 'how', 'where',
  'one', 'two', 'three', 'first', 'second', 'third', 'new', 'last', 'next', 'most', 'more', 'many', 'such', 'other', 'another',
  'each', 'every', 'no', 'not', 'yes', 'so', 'then', 'thus', 'therefore', 'unfortunately', 'additionally', 'regarding', 'despite',
  'upon', 'within', 'without', 'between', 'among', 'amid', 'against', 'about', 'over', 'under', 'into', 'through', 'across',
  'let', 'good', 'afternoon', 'morning', 'evening', 'thank', 'ladies', 'gentlemen', 'created', 'updated', 'published', 'posted',
  'republic', 'supreme', 'collective', 'joint', 'high', 'representative', 'commander', 'allied', 'chief', 'staff', 'world', 'war',
  'global', 'regional', 'economic', 'political', 'cooperation', 'relations', 'group', 'format', 'plus', 'twitter', 'telegram',
  'x', 'facebook', 'instagram', 'youtube', 'tv', 'channel', 'agency', 'pic', 'mfa', 'mod', 'office', 'embassy', 'consulate',
  // words of institutions' names, never of a person's
  'armed', 'navy', 'guard', 'guards', 'command', 'headquarters', 'bureau', 'directorate', 'institute', 'university', 'bank', 'fund',
  'company', 'corporation', 'party', 'front', 'movement', 'duma', 'senate', 'congress', 'court', 'regime', 'region', 'province',
  'city', 'ministries', 'council', 'councils', 'secretariat', 'troops', 'army', 'brigade', 'division', 'district', 'forum',
  'exercise', 'exercises', 'drills', 'operation', 'treaty', 'charter', 'summit', 'commonwealth', 'organization', 'peninsula',
  ...MONTHS, ...WEEKDAYS, 'feb', 'apr', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

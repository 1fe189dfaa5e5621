// Invented news articles for the benchmarks: ministers of different countries meeting in
// different cities, with quotes, channels and sessions. Deterministic for a given seed, so two
// runs ingest the same text. None of it is copied from the shared evaluation articles.

/** Small, fast, seeded PRNG (mulberry32). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  {
    name: 'Russia',
    demonym: 'Russian',
    cities: ['Moscow', 'St. Petersburg', 'Kazan', 'Sochi'],
    agency: 'TASS',
  },
  {
    name: 'Belarus',
    demonym: 'Belarusian',
    cities: ['Minsk', 'Brest', 'Grodno', 'Vitebsk'],
    agency: 'BelTA',
  },
  { name: 'Kazakhstan', demonym: 'Kazakh', cities: ['Astana', 'Almaty', 'Shymkent'], agency: 'Kazinform' },
  { name: 'Armenia', demonym: 'Armenian', cities: ['Yerevan', 'Gyumri'], agency: 'Armenpress' },
  { name: 'Kyrgyzstan', demonym: 'Kyrgyz', cities: ['Bishkek', 'Osh', 'Cholpon-Ata'], agency: 'Kabar' },
  { name: 'Tajikistan', demonym: 'Tajik', cities: ['Dushanbe', 'Khujand'], agency: 'Khovar' },
  { name: 'Uzbekistan', demonym: 'Uzbek', cities: ['Tashkent', 'Samarkand', 'Bukhara'], agency: 'UzA' },
  { name: 'China', demonym: 'Chinese', cities: ['Beijing', 'Shanghai', 'Qingdao'], agency: 'Xinhua' },
  { name: 'India', demonym: 'Indian', cities: ['New Delhi', 'Mumbai', 'Goa'], agency: 'PTI' },
  { name: 'Azerbaijan', demonym: 'Azerbaijani', cities: ['Baku', 'Ganja'], agency: 'AZERTAC' },
  { name: 'Serbia', demonym: 'Serbian', cities: ['Belgrade', 'Novi Sad'], agency: 'Tanjug' },
  { name: 'Egypt', demonym: 'Egyptian', cities: ['Cairo', 'Alexandria'], agency: 'MENA' },
  { name: 'Vietnam', demonym: 'Vietnamese', cities: ['Hanoi', 'Da Nang'], agency: 'VNA' },
  { name: 'Turkey', demonym: 'Turkish', cities: ['Ankara', 'Istanbul', 'Antalya'], agency: 'Anadolu' },
  { name: 'Mongolia', demonym: 'Mongolian', cities: ['Ulaanbaatar'], agency: 'Montsame' },
  { name: 'Indonesia', demonym: 'Indonesian', cities: ['Jakarta', 'Bali'], agency: 'Antara' },
];
const FIRST = [
  'Arman',
  'Dmitri',
  'Oleg',
  'Nurlan',
  'Ruslan',
  'Timur',
  'Bakhtiyor',
  'Li',
  'Wang',
  'Rajesh',
  'Elmar',
  'Milos',
  'Sameh',
  'Tran',
  'Mehmet',
  'Batbayar',
  'Retno',
  'Igor',
  'Vadim',
  'Aziz',
  'Sanjar',
  'Pavel',
  'Grigor',
  'Kairat',
  'Emil',
  'Zhanna',
  'Olga',
  'Marat',
  'Farid',
  'Anvar',
];
const LAST = [
  'Sarkisov',
  'Volkov',
  'Abenov',
  'Mirzaev',
  'Tokaev',
  'Karimov',
  'Zhang',
  'Sharma',
  'Aliyev',
  'Petrovic',
  'Hassan',
  'Nguyen',
  'Yilmaz',
  'Ganbold',
  'Wirajuda',
  'Kovalenko',
  'Sultanov',
  'Rakhimov',
  'Ivanenko',
  'Dzhaparov',
  'Ospanov',
  'Gasparyan',
  'Lebedev',
  'Usmonov',
  'Kim',
  'Bekov',
  'Orlov',
  'Nazarov',
];
const ROLES = [
  {
    title: 'Defense Minister',
    ministry: 'Ministry of Defense',
    topic: ['military cooperation', 'joint exercises', 'air defense', 'military education'],
  },
  {
    title: 'Foreign Minister',
    ministry: 'Ministry of Foreign Affairs',
    topic: ['regional security', 'trade and transit', 'visa facilitation', 'the situation in Afghanistan'],
  },
];
const FORUMS = [
  'the CSTO Council of Defense Ministers',
  'the CIS Council of Foreign Ministers',
  'the SCO Council of Foreign Ministers',
  'the CIS Council of Ministers of Defense',
  'the meeting of the SCO Defense Ministers',
  'the EAEU Intergovernmental Council',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const QUOTES = [
  'Our countries share a common view of the threats in the region',
  'We agreed to expand our cooperation in the coming year',
  'The talks were frank and constructive',
  'We value the strategic partnership between our nations',
  'Security in the region depends on close coordination',
  'We discussed concrete steps to implement earlier agreements',
  'Our partnership is not directed against third countries',
  'We will continue the dialogue at the next session',
];
const CHANNELS = [
  'told reporters',
  'said at a press conference',
  'wrote on Telegram',
  'said in an interview with',
  'said in a statement',
];
const FILLER = [
  'The sides also exchanged views on the international situation and on cooperation within multilateral organizations.',
  'Delegations of both ministries took part in the talks, which lasted more than two hours.',
  'The parties signed a plan of cooperation for the next year and agreed to hold consultations regularly.',
  'Experts note that bilateral contacts between the two countries have intensified over the past two years.',
  'The next round of consultations is expected to take place in the autumn.',
  'Earlier this year the two countries held joint staff exercises near the border.',
];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const person = (rand) => `${pick(rand, FIRST)} ${pick(rand, LAST)}`;

/** One invented article; `i` makes it unique (titles and dates differ too). */
export function generateArticle(i, seed = 1) {
  const rand = prng(seed * 1_000_003 + i);
  const a = pick(rand, COUNTRIES);
  let b = pick(rand, COUNTRIES);
  while (b === a) b = pick(rand, COUNTRIES);
  const role = pick(rand, ROLES);
  const host = rand() < 0.5 ? a : b;
  const city = pick(rand, host.cities);
  const nameA = person(rand);
  const nameB = person(rand);
  const lastA = nameA.split(' ')[1];
  const lastB = nameB.split(' ')[1];
  const year = 2019 + Math.floor(rand() * 6);
  const month = Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 27);
  const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const topic = pick(rand, role.topic);
  const forum = rand() < 0.4 ? pick(rand, FORUMS) : null;
  const lines = [];
  lines.push(
    `${city.toUpperCase()}, ${MONTHS[month]} ${day} /${host.agency}/. ${a.demonym} ${role.title} ${nameA} held talks with ` +
      `${b.demonym} ${role.title} ${nameB} in ${city} on ${pick(rand, WEEKDAYS)}` +
      (forum ? `, on the sidelines of ${forum}.` : '.'),
  );
  lines.push(`The ministers discussed ${topic} and the preparation of upcoming joint events.`);
  const channel = pick(rand, CHANNELS);
  lines.push(
    `"${pick(rand, QUOTES)}," ${lastA} ${channel}${channel.endsWith(' with') ? ` ${host.agency}` : ''}.`,
  );
  if (rand() < 0.7) lines.push(`According to ${lastB}, "${pick(rand, QUOTES).toLowerCase()}."`);
  const extra = 1 + Math.floor(rand() * 3);
  const start = Math.floor(rand() * FILLER.length);
  for (let k = 0; k < extra; k++) lines.push(FILLER[(start + k) % FILLER.length]);
  if (rand() < 0.5) {
    lines.push(
      `The press service of ${b.name}'s ${role.ministry} said the visit would continue with a meeting with ${pick(rand, ['the prime minister', 'the president', 'members of parliament'])}.`,
    );
  }
  return {
    title: `${a.demonym} and ${b.demonym} ${role.title.toLowerCase()}s meet in ${city} (${i})`,
    url: `https://bench.invalid/articles/${seed}/${i}`,
    publisher: host.agency,
    publishedAt: published,
    text: lines.join('\n'),
  };
}

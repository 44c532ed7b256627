// The words a generated corpus is made of: the real participants and sectors, and the phrases briefings on
// Central Asia–Japan cooperation use, so that page lengths and the search index look like a real archive's.

export interface CountryFacts {
  id: string;
  name: string;
  role: 'participant' | 'context';
  iso2: string;
  iso3?: string;
  isoNumeric?: string;
  capital: string;
  capitalCoords: [number, number];
  order: number;
  /** Title of the head of state or government, e.g. "President". */
  leaderTitle: string;
  adjective: string;
  /** Cities where projects are placed. */
  cities: string[];
}

/** The six participants and five context partners, as in the real briefing. */
export const COUNTRIES: CountryFacts[] = [
  { id: 'japan', name: 'Japan', role: 'participant', iso2: 'JP', iso3: 'JPN', isoNumeric: '392', capital: 'Tokyo', capitalCoords: [139.6917, 35.6895], order: 1, leaderTitle: 'Prime Minister', adjective: 'Japanese', cities: ['Tokyo', 'Osaka', 'Yokohama', 'Nagoya', 'Sendai', 'Fukuoka'] },
  { id: 'kazakhstan', name: 'Kazakhstan', role: 'participant', iso2: 'KZ', iso3: 'KAZ', isoNumeric: '398', capital: 'Astana', capitalCoords: [71.4491, 51.1694], order: 2, leaderTitle: 'President', adjective: 'Kazakh', cities: ['Astana', 'Almaty', 'Shymkent', 'Aktau', 'Karaganda', 'Atyrau', 'Pavlodar'] },
  { id: 'kyrgyzstan', name: 'Kyrgyzstan', role: 'participant', iso2: 'KG', iso3: 'KGZ', isoNumeric: '417', capital: 'Bishkek', capitalCoords: [74.5698, 42.8746], order: 3, leaderTitle: 'President', adjective: 'Kyrgyz', cities: ['Bishkek', 'Osh', 'Jalal-Abad', 'Karakol', 'Naryn'] },
  { id: 'tajikistan', name: 'Tajikistan', role: 'participant', iso2: 'TJ', iso3: 'TJK', isoNumeric: '762', capital: 'Dushanbe', capitalCoords: [68.787, 38.5598], order: 4, leaderTitle: 'President', adjective: 'Tajik', cities: ['Dushanbe', 'Khujand', 'Bokhtar', 'Kulob', 'Khorog'] },
  { id: 'turkmenistan', name: 'Turkmenistan', role: 'participant', iso2: 'TM', iso3: 'TKM', isoNumeric: '795', capital: 'Ashgabat', capitalCoords: [58.3261, 37.9601], order: 5, leaderTitle: 'President', adjective: 'Turkmen', cities: ['Ashgabat', 'Turkmenbashi', 'Mary', 'Turkmenabat', 'Balkanabat'] },
  { id: 'uzbekistan', name: 'Uzbekistan', role: 'participant', iso2: 'UZ', iso3: 'UZB', isoNumeric: '860', capital: 'Tashkent', capitalCoords: [69.2401, 41.2995], order: 6, leaderTitle: 'President', adjective: 'Uzbek', cities: ['Tashkent', 'Samarkand', 'Bukhara', 'Namangan', 'Andijan', 'Navoi', 'Nukus'] },
  { id: 'china', name: 'China', role: 'context', iso2: 'CN', iso3: 'CHN', isoNumeric: '156', capital: 'Beijing', capitalCoords: [116.4074, 39.9042], order: 10, leaderTitle: 'President', adjective: 'Chinese', cities: ['Beijing', "Xi'an"] },
  { id: 'united-states', name: 'United States', role: 'context', iso2: 'US', iso3: 'USA', isoNumeric: '840', capital: 'Washington, D.C.', capitalCoords: [-77.0369, 38.9072], order: 11, leaderTitle: 'President', adjective: 'American', cities: ['Washington', 'New York'] },
  { id: 'european-union', name: 'European Union', role: 'context', iso2: 'EU', capital: 'Brussels', capitalCoords: [4.3517, 50.8503], order: 12, leaderTitle: 'President of the European Council', adjective: 'European', cities: ['Brussels', 'Samarkand'] },
  { id: 'russia', name: 'Russia', role: 'context', iso2: 'RU', iso3: 'RUS', isoNumeric: '643', capital: 'Moscow', capitalCoords: [37.6173, 55.7558], order: 13, leaderTitle: 'President', adjective: 'Russian', cities: ['Moscow', 'Dushanbe'] },
  { id: 'south-korea', name: 'South Korea', role: 'context', iso2: 'KR', iso3: 'KOR', isoNumeric: '410', capital: 'Seoul', capitalCoords: [126.978, 37.5665], order: 14, leaderTitle: 'President', adjective: 'Korean', cities: ['Seoul', 'Busan'] },
];

export interface ThemeWords {
  id: string;
  title: string;
  order: number;
  /** Things a document in this sector is about, singular noun phrases. */
  objects: string[];
  /** Kinds of project in this sector, used to name them ("the Kara-Tash solar park"). */
  projects: string[];
}

/** The fifteen sectors of the real briefing, each with the phrases its documents use. */
export const THEMES: ThemeWords[] = [
  { id: 'transport-connectivity', title: 'Transport and connectivity', order: 1, objects: ['rail freight', 'the Trans-Caspian route', 'customs clearance', 'logistics hubs', 'road upgrades', 'container traffic', 'border crossings', 'air services', 'port capacity', 'transit tariffs'], projects: ['dry port', 'rail link', 'logistics centre', 'bypass road', 'ferry terminal', 'airport terminal'] },
  { id: 'green-energy', title: 'Green energy and energy transition', order: 2, objects: ['solar generation', 'wind power', 'green hydrogen', 'grid modernisation', 'energy efficiency', 'power purchase terms', 'battery storage', 'ammonia co-firing', 'transmission lines'], projects: ['solar park', 'wind farm', 'hydrogen pilot', 'substation', 'combined-cycle plant'] },
  { id: 'environment-climate', title: 'Environment, climate and disaster resilience', order: 3, objects: ['early warning of disasters', 'seismic monitoring', 'air quality', 'glacier monitoring', 'carbon credits', 'the Joint Crediting Mechanism', 'flood defences', 'desertification', 'the Aral Sea basin'], projects: ['monitoring network', 'warning centre', 'reforestation programme', 'climate observatory'] },
  { id: 'water', title: 'Water', order: 4, objects: ['irrigation', 'drinking water supply', 'water-saving technology', 'transboundary rivers', 'wastewater treatment', 'reservoir safety', 'canal lining', 'hydrological data'], projects: ['irrigation scheme', 'water treatment plant', 'pumping station', 'reservoir'] },
  { id: 'critical-minerals', title: 'Critical minerals', order: 5, objects: ['rare earths', 'gallium', 'tungsten', 'lithium exploration', 'geological surveys', 'mineral processing', 'supply-chain resilience', 'uranium', 'copper concentrate'], projects: ['processing plant', 'exploration licence', 'smelter', 'survey programme'] },
  { id: 'ai-digital', title: 'AI and digital', order: 6, objects: ['artificial intelligence', 'data centres', 'e-government', 'cybersecurity', 'optical networks', 'digital skills', 'satellite communication', 'IOWN photonics', 'mobile payments'], projects: ['data centre', 'digital hub', 'technopark', 'fibre backbone'] },
  { id: 'human-capital', title: 'Human capital and education', order: 7, objects: ['engineering education', 'scholarships', 'vocational training', 'university partnerships', 'Japanese-language teaching', 'joint degrees', 'teacher exchanges', 'research grants'], projects: ['training centre', 'joint faculty', 'campus', 'research institute'] },
  { id: 'health', title: 'Health', order: 8, objects: ['hospital equipment', 'medical training', 'telemedicine', 'maternal health', 'pharmaceutical supply', 'disease surveillance', 'cancer screening'], projects: ['hospital', 'clinic', 'diagnostic centre', 'laboratory'] },
  { id: 'agriculture', title: 'Agriculture', order: 9, objects: ['crop research', 'food processing', 'cold chains', 'livestock health', 'seed breeding', 'greenhouse farming', 'cotton yields', 'fruit exports'], projects: ['agro-park', 'cold store', 'breeding station', 'processing line'] },
  { id: 'finance-investment', title: 'Finance and investment', order: 10, objects: ['yen loans', 'export credit', 'investment protection', 'co-financing', 'double taxation', 'a joint investment fund', 'public–private partnership', 'green bonds', 'trade insurance'], projects: ['investment fund', 'credit line', 'guarantee facility', 'special economic zone'] },
  { id: 'industry', title: 'Industry', order: 11, objects: ['chemical production', 'automotive assembly', 'fertiliser plants', 'machine building', 'textile processing', 'gas chemistry', 'cement production', 'industrial standards'], projects: ['fertiliser plant', 'assembly plant', 'gas-chemical complex', 'industrial park'] },
  { id: 'security', title: 'Security and resilience', order: 12, objects: ['border management', 'counter-narcotics work', 'Afghan stability', 'mine clearance', 'cyber resilience', 'emergency response', 'arms control'], projects: ['border post', 'training facility', 'command centre'] },
  { id: 'law-justice', title: 'Law and justice', order: 13, objects: ['legal reform', 'judicial training', 'commercial arbitration', 'the rule of law', 'mutual legal assistance', 'law drafting', 'notary systems'], projects: ['legal centre', 'arbitration court', 'law academy'] },
  { id: 'people-exchange', title: 'People-to-people exchange', order: 14, objects: ['tourism', 'visa facilitation', 'youth exchanges', 'cultural heritage', 'sports cooperation', 'sister cities', 'direct flights', "women's leadership"], projects: ['cultural centre', 'exchange programme', 'heritage site', 'youth forum'] },
  { id: 'dialogue-mechanism', title: 'The dialogue and its mechanisms', order: 15, objects: ['regular summits', 'foreign ministers’ meetings', 'senior officials’ consultations', 'an expert forum', 'a secretariat', 'intergovernmental commissions', 'working groups'], projects: ['working group', 'commission', 'expert forum', 'dialogue mechanism'] },
];

/** Verbs for what documents and initiatives do, base forms. */
export const ACTIONS = ['expand', 'support', 'finance', 'study', 'modernise', 'build', 'develop', 'promote', 'strengthen', 'launch', 'review', 'coordinate', 'upgrade', 'assess', 'pilot', 'extend', 'simplify', 'fund', 'train staff for', 'survey'];

/** Adjectives for noun phrases, most frequent first (picked with a Zipf-like skew). */
export const ADJECTIVES = ['joint', 'regional', 'bilateral', 'new', 'long-term', 'sustainable', 'practical', 'public', 'private', 'technical', 'national', 'cross-border', 'strategic', 'local', 'digital', 'low-carbon', 'green', 'resilient', 'open', 'modern', 'further', 'concrete', 'initial', 'comprehensive', 'first', 'second', 'pilot', 'large-scale', 'small-scale', 'rural', 'urban', 'industrial', 'academic', 'commercial', 'multilateral', 'phased', 'annual', 'five-year', 'ten-year', 'feasibility'];

/** Nouns for filler phrases, most frequent first. */
export const NOUNS = ['cooperation', 'projects', 'investment', 'partnership', 'development', 'infrastructure', 'trade', 'capacity', 'technology', 'financing', 'training', 'programmes', 'consultations', 'exchanges', 'reforms', 'standards', 'studies', 'agreements', 'companies', 'officials', 'experts', 'ministries', 'markets', 'exports', 'imports', 'supply chains', 'production', 'research', 'pilot schemes', 'loans', 'grants', 'guarantees', 'surveys', 'roadmaps', 'targets', 'milestones', 'deadlines', 'reviews', 'reports', 'meetings', 'seminars', 'workshops', 'delegations', 'visits', 'contracts', 'tenders', 'licences', 'permits', 'procedures', 'regulations'];

/** Syllables that make plausible place and project names ("Kara-Tash", "Aksu-Dala"). */
export const NAME_SYLLABLES = ['ak', 'kara', 'tash', 'su', 'dala', 'kum', 'bel', 'tau', 'sai', 'ob', 'zar', 'kent', 'abad', 'nur', 'sary', 'kok', 'bulak', 'jol', 'tuz', 'ata', 'yol', 'chir', 'dar', 'kul', 'shah', 'min', 'ger', 'tepa', 'ish', 'ol'];

/** Given names and family names for the people of a generated corpus (not real people). */
export const GIVEN_NAMES = ['Aida', 'Bakyt', 'Dilnoza', 'Erlan', 'Farrukh', 'Gulnara', 'Hiroshi', 'Jamshid', 'Kenji', 'Laylo', 'Madina', 'Nurlan', 'Ozoda', 'Rustam', 'Sanjar', 'Takeshi', 'Umida', 'Yuki', 'Zarina', 'Aibek', 'Emi', 'Daniyar', 'Sayora', 'Haruto', 'Aigerim', 'Timur', 'Nodira', 'Kaito', 'Azamat', 'Mariko'];
export const FAMILY_NAMES = ['Abdullaev', 'Bekova', 'Chen', 'Dosmukhamedov', 'Ergashev', 'Fujita', 'Gafurov', 'Hasegawa', 'Ismailova', 'Jumabaev', 'Kurbanov', 'Matsuda', 'Nazarov', 'Ogawa', 'Rakhimov', 'Saito', 'Tashkentova', 'Usmonov', 'Watanabe', 'Yusupov', 'Zhakupova', 'Kobayashi', 'Sadykov', 'Tanaka', 'Akhmedov', 'Nakamura', 'Karimova', 'Suzuki', 'Orazov', 'Ito'];

/** Ministerial roles for non-leaders. */
export const MINISTRIES = ['Foreign Affairs', 'Economy', 'Energy', 'Transport', 'Finance', 'Agriculture', 'Education', 'Health', 'Justice', 'Digital Development', 'Industry', 'Water Resources', 'Trade', 'Environment'];

/** Publishers of generated sources, by source kind. */
export const PUBLISHERS: Record<'official' | 'press' | 'analysis' | 'reference', string[]> = {
  official: ['Ministry of Foreign Affairs of Japan', 'Prime Minister’s Office of Japan', 'Akorda', 'President of Uzbekistan', 'Government of Kyrgyzstan', 'President of Tajikistan', 'Turkmenistan Today', 'JICA', 'METI'],
  press: ['Jiji Press', 'Kyodo News', 'Nikkei Asia', 'Kazinform', 'Kun.uz', 'Asia-Plus', '24.kg', 'Trend', 'Anadolu Agency', 'The Japan Times', 'The Diplomat', 'Eurasianet', 'Daryo', 'Times of Central Asia'],
  analysis: ['Carnegie Endowment', 'CSIS', 'Japan Institute of International Affairs', 'Central Asia Barometer', 'Chatham House', 'Asian Development Bank Institute'],
  reference: ['Wikipedia', 'CIA World Factbook', 'World Bank Data'],
};

/** Organisation name patterns by kind; "{x}" becomes a generated name. */
export const ORGANISATION_PATTERNS: { kind: 'company' | 'bank' | 'agency' | 'ministry' | 'university' | 'city' | 'international'; pattern: string }[] = [
  { kind: 'company', pattern: '{x} Corporation' },
  { kind: 'company', pattern: '{x} Engineering' },
  { kind: 'company', pattern: '{x} Holdings' },
  { kind: 'company', pattern: '{x} Energy' },
  { kind: 'bank', pattern: '{x} Bank' },
  { kind: 'agency', pattern: '{x} Development Agency' },
  { kind: 'university', pattern: '{x} University' },
  { kind: 'city', pattern: 'City of {x}' },
  { kind: 'international', pattern: '{x} Regional Centre' },
  { kind: 'ministry', pattern: 'Ministry of {m}' },
];

/** Headings that documents of several paragraphs use. */
export const SECTION_HEADINGS = ['Background', 'What was agreed', 'Financing', 'Implementation', 'Reactions', 'Where sources differ', 'Next steps', 'Terms', 'Context'];

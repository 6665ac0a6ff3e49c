/**
 * The built-in sample dataset: a seeded, bilingual (French/English) organisation whose employee
 * survey and customer feedback are linked the way linkage research says they are, so that the
 * demo, the docs and the tests have data with known, plausible effects.
 *
 * Generating model (also returned as `generatingModel`, with the parameter values filled in):
 *
 * 1. Hierarchy. 4 regions > 20 sites > 96 teams. Only teams (leaves) have respondents and customers.
 * 2. Latent engagement. Each team has a mean μ = 3.55 + region effect + site effect + team effect
 *    (normal, on the 1–5 item scale). Across quarters the team's latent engagement follows an AR(1)
 *    around μ: E_q = μ + trend_q + d_q, d_q = φ·d_{q−1} + ε_q. A burn-in quarter (2024-Q4) is
 *    simulated so that 2025-Q1 customers have a previous quarter too.
 * 3. Items. A respondent's latent η = E_q + individual noise. Each item answer is the ordinal cut
 *    (rounding, clamped to 1–5) of η·loading + item offset + a team-and-quarter item deviation +
 *    item noise; inter-item correlations at the respondent level come out around 0.5–0.7.
 *    `workload` is worded "My workload is manageable", so higher is better like every other item
 *    and engagement stays the plain mean of the answered items (DESIGN §4); it loads less on η.
 *    eNPS (0–10) is a cut of η plus noise. Each item is skipped (NaN) by 3–8% of respondents.
 * 4. Customers. A team's customer climate in quarter q leans on the team's engagement of the
 *    PREVIOUS quarter more than of the same quarter (the service-profit chain lag: Heskett et al.
 *    1994; Koys 2001), plus a team baseline unrelated to engagement and quarterly noise. The
 *    strength is set so that the unit-level engagement ↔ NPS Pearson r is about 0.3 at lag 0 and
 *    about 0.4 at lag 1, in line with Harter, Schmidt & Hayes 2002 (JAP 87(2), 7,939 units:
 *    corrected ρ ≈ .33 for engagement ↔ customer satisfaction-loyalty; observed r's are smaller).
 *    Mirror pairs: the team's recognition deviation adds to its NPS climate, its autonomy deviation
 *    raises first-contact resolution (front-line latitude to fix things), and a less manageable
 *    workload raises customer effort (CES, 1–7, higher = more effort), all with the same lag.
 *    Per answer: resolved at first contact ~ Bernoulli(team-quarter rate); satisfaction
 *    s = climate + channel/segment effects + (resolved ? +a : −b) + noise; NPS, CSAT and CES are
 *    ordinal cuts of s. The resolution gap and a few incidents among unresolved contacts make NPS
 *    bimodal-ish (a hump at 0, a peak at 10).
 * 5. Edge cases on purpose: 8 teams are tiny (2–6 respondents a quarter, below the anonymity floor
 *    of 5 in some quarters) and the back-office teams get a handful of customers (often < 10).
 * 6. About 15% of answers carry a free-text comment in the site's language; some name one of the
 *    team's people ("Merci à Élodie pour sa patience", "Tom T. was brilliant"), a few contain
 *    commas, quotes, line breaks or a leading "+"/"-" to exercise CSV quoting and formula guards.
 * 7. About 60 recognition stories, more often from teams with high recognition scores; mostly
 *    published, some submitted, a few drafts and rejected; some quote a customer with consent, two
 *    quote one without consent (so they are not published).
 *
 * Only +, −, ×, ÷, √ and rounding are used on random numbers (see `random.ts`), so a seed gives the
 * same dataset in every engine. The default dataset takes well under a second in Node.
 */

import type { CategoricalColumn, CustomerTable, EmployeeTable, Story, Unit } from './types.ts';
import { Random } from './random.ts';

/** Options of {@link generateSampleDataset}. */
export interface SampleDatasetOptions {
  /** Seed of the random streams; the same seed gives identical tables. Default 2026. */
  seed?: number;
  /**
   * Multiplies the expected number of respondents and of customer answers (default 1: about
   * 25,000 and 150,000). The hierarchy, the tiny teams and the back-office volumes stay as they are.
   */
  scale?: number;
}

/** What {@link generateSampleDataset} returns. */
export interface SampleDataset {
  /** Regions, sites and teams, parents before children. */
  units: Unit[];
  employees: EmployeeTable;
  customers: CustomerTable;
  stories: Story[];
  /** Plain-text description of how the data were generated, with the parameter values used. */
  generatingModel: string;
}

/** Survey item ids of the sample, in column order. All are worded so that higher is better. */
export const SAMPLE_ITEM_IDS = ['autonomy', 'recognition', 'wellbeing', 'workload', 'manager_support', 'development'] as const;

/** Wording of the sample's survey items (our own wording, not a proprietary instrument). */
export const SAMPLE_ITEM_WORDING: Record<(typeof SAMPLE_ITEM_IDS)[number] | 'enps', { en: string; fr: string }> = {
  autonomy: { en: 'I have the freedom to decide how I do my work.', fr: 'J’ai la liberté de décider comment je fais mon travail.' },
  recognition: { en: 'When I do good work, it is recognised.', fr: 'Quand je fais du bon travail, c’est reconnu.' },
  wellbeing: { en: 'I feel well at work.', fr: 'Je me sens bien au travail.' },
  workload: { en: 'My workload is manageable.', fr: 'Ma charge de travail est gérable.' },
  manager_support: { en: 'My manager supports me when I need it.', fr: 'Mon manager me soutient quand j’en ai besoin.' },
  development: { en: 'I have opportunities to learn and grow.', fr: 'J’ai des occasions d’apprendre et de progresser.' },
  enps: {
    en: 'How likely are you to recommend this organisation as a place to work? (0–10)',
    fr: 'Recommanderiez-vous cette organisation comme employeur ? (0–10)',
  },
};

/** The eight quarters of the sample. */
export const SAMPLE_PERIODS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'] as const;

/** Customer channels of the sample, in dictionary order. */
export const SAMPLE_CHANNELS = ['phone', 'email', 'chat', 'store'] as const;

type Channel = (typeof SAMPLE_CHANNELS)[number];
type Segment = 'B2B' | 'B2C';
type Lang = 'fr' | 'en';

// ---------------------------------------------------------------------------------------------
// Parameters of the generating model. Tuned so that the default seed and neighbouring seeds give
// unit-level r(engagement, NPS) ≈ 0.3 at lag 0 and ≈ 0.4 at lag 1 (see tests/model).

const QUARTERS = SAMPLE_PERIODS.length;
const TARGET_RESPONDENTS = 25_000;
const TARGET_FEEDBACK = 150_000;
const TINY_TEAMS = 8;

const ENGAGEMENT_MEAN = 3.55;
const REGION_SD = 0.08;
const SITE_SD = 0.1;
const TEAM_SD = 0.16;
/** AR(1) coefficient of a team's engagement from one quarter to the next. */
const AR_PHI = 0.45;
const AR_INNOVATION_SD = 0.3;
const TREND_PER_QUARTER = 0.012;
const RESPONDENT_SD = 0.72;
const ITEM_NOISE_SD = 0.52;
/** Persistent and quarterly team deviations of single items (the mirror-pair levers). */
const ITEM_TEAM_SD = 0.14;
const ITEM_QUARTER_SD = 0.12;

interface ItemSpec {
  offset: number;
  loading: number;
  skip: number;
}
const ITEM_SPECS: Record<(typeof SAMPLE_ITEM_IDS)[number], ItemSpec> = {
  autonomy: { offset: 0.1, loading: 1, skip: 0.03 },
  recognition: { offset: -0.2, loading: 1, skip: 0.05 },
  wellbeing: { offset: 0, loading: 1, skip: 0.06 },
  workload: { offset: -0.35, loading: 0.75, skip: 0.04 },
  manager_support: { offset: 0.25, loading: 1, skip: 0.08 },
  development: { offset: -0.25, loading: 1, skip: 0.07 },
};
const ENPS_CENTRE = 7.5;
const ENPS_SLOPE = 2.2;
const ENPS_NOISE_SD = 1.5;
const ENPS_SKIP = 0.05;

/** Weight of the previous quarter's engagement in this quarter's customer climate (1 − this is same-quarter). */
const LAG_WEIGHT = 0.9;
/** Customer climate per unit of (lag-weighted) engagement deviation. */
const CLIMATE_PER_ENGAGEMENT = 0.42;
const CLIMATE_PER_RECOGNITION = 0.45;
const CLIMATE_TEAM_SD = 0.16;
const CLIMATE_QUARTER_SD = 0.14;
const SEASON = [0.02, 0.06, -0.02, -0.08];
const FCR_BASE = 0.76;
const FCR_PER_AUTONOMY = 0.3;
const FCR_PER_ENGAGEMENT = 0.06;
const CES_BASE = 2.85;
const CES_PER_WORKLOAD = -0.55;
const CES_PER_ENGAGEMENT = -0.3;
const RESOLVED_LIFT = 0.3;
const UNRESOLVED_DROP = 1.6;
/** Share of unresolved contacts that turn into an incident (the 0–2 hump of NPS answers), and its weight. */
const INCIDENT_SHARE = 0.25;
const INCIDENT_DROP = 3.5;
const NPS_CENTRE = 8.8;
const NPS_SLOPE = 2.1;
const CSAT_CENTRE = 4.6;
const CSAT_SLOPE = 0.75;
const COMMENT_RATE = { detractor: 0.22, passive: 0.1, promoter: 0.15 };

const CHANNEL_EFFECT: Record<Channel, number> = { phone: 0, email: -0.12, chat: 0.05, store: 0.12 };
const SEGMENT_EFFECT: Record<Segment, number> = { B2B: -0.15, B2C: 0 };

// ---------------------------------------------------------------------------------------------
// Names.

interface SiteSpec {
  name: string;
  lang: Lang;
}
interface RegionSpec {
  id: string;
  name: string;
  sites: SiteSpec[];
}

/** Sites of one language, in the order given (site order fixes the random draws). */
function sitesIn(lang: Lang, ...names: string[]): SiteSpec[] {
  return names.map((name) => ({ name, lang }));
}

const REGIONS: RegionSpec[] = [
  { id: 'fr-est', name: 'France Est', sites: sitesIn('fr', 'Lyon Part-Dieu', 'Saint-Étienne', 'Grenoble Europole', 'Dijon Darcy', 'Strasbourg Kléber') },
  { id: 'fr-ouest', name: 'France Ouest', sites: sitesIn('fr', 'Bordeaux Mériadeck', 'Nantes Île-de-Nantes', 'Rennes Colombier', 'Toulouse Capitole', 'Angers Saint-Serge') },
  { id: 'uk', name: 'United Kingdom', sites: sitesIn('en', 'London Bridge', 'Manchester Piccadilly', 'Leeds Wellington', 'Bristol Temple Meads', 'Glasgow Queen Street') },
  { id: 'ca', name: 'Canada', sites: [...sitesIn('fr', 'Montréal Centre', 'Québec Saint-Roch', 'Laval Chomedey'), ...sitesIn('en', 'Ottawa ByWard', 'Toronto Union')] },
];

interface TeamKind {
  id: string;
  fr: string;
  en: string;
  channel: Channel;
  segment: Segment;
  /** Relative headcount and customer volume. */
  headcount: number;
  volume: number;
  backOffice?: boolean;
}

const TEAM_KINDS: TeamKind[] = [
  { id: 'front', fr: 'Équipe Accueil', en: 'Front Desk', channel: 'store', segment: 'B2C', headcount: 0.85, volume: 1.15 },
  { id: 'care', fr: 'Service Client', en: 'Customer Care', channel: 'phone', segment: 'B2C', headcount: 1.35, volume: 1.4 },
  { id: 'chat', fr: 'Conseil en ligne', en: 'Live Chat', channel: 'chat', segment: 'B2C', headcount: 1, volume: 1.2 },
  { id: 'business', fr: 'Équipe Pro', en: 'Business Accounts', channel: 'phone', segment: 'B2B', headcount: 0.9, volume: 0.65 },
  { id: 'key-accounts', fr: 'Grands Comptes', en: 'Key Accounts', channel: 'email', segment: 'B2B', headcount: 0.7, volume: 0.35 },
  { id: 'complaints', fr: 'Réclamations', en: 'Complaints', channel: 'email', segment: 'B2C', headcount: 0.8, volume: 0.8 },
  { id: 'back-office', fr: 'Équipe Back-office', en: 'Back Office', channel: 'email', segment: 'B2C', headcount: 1, volume: 0, backOffice: true },
];
/** Customers per quarter of a back-office team: few on purpose (below the floor of 10 most quarters). */
const BACK_OFFICE_VOLUME = 7;

const FIRST_NAMES: Record<Lang, string[]> = {
  fr: [
    'Élodie', 'Loïc', 'Zoë', 'François', 'Chloé', 'Maëlle', 'Jérôme', 'Hélène', 'Bérénice', 'Mathéo', 'Léa', 'Noémie',
    'Gaël', 'Inès', 'Raphaël', 'Anaïs', 'Benoît', 'Céline', 'Clément', 'Cécile', 'Théo', 'Aurélien', 'Manon', 'Camille',
    'Thibault', 'Océane', 'Joël', 'Amélie', 'Étienne', 'Sébastien', 'Léonie', 'Gaëtan', 'Maxime', 'Yasmine', 'Karim',
    'Nadia', 'Mélanie', 'Lucas', 'Emma', 'Hugo', 'Frédéric', 'Valérie', 'Rémi', 'Agnès', 'Jérémy', 'Solène', 'Timothée',
  ],
  en: [
    'Tom', 'Siobhán', 'Seán', 'Aoife', 'Niamh', 'Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Priya', 'Raj', 'Grace',
    'Chloe', 'Liam', 'Emily', 'Daniel', 'Sophie', 'James', 'Olivia', 'Ciarán', 'Eilidh', 'Ruairí', 'Mohammed', 'Fatima',
    'Zoë', 'Noah', 'Ava', 'Ethan', 'Lucy', 'Ben', 'Hannah', 'Callum', 'Megan', 'Rhys', 'Bronwen', 'Dylan', 'Ana',
  ],
};
const LAST_INITIALS = 'ABCDEFGHIJKLMNOPRSTVWÉ';

// ---------------------------------------------------------------------------------------------
// Comments. {first} is a person's first name, {person} "First L.".

const COMMENTS: Record<Lang, { promoterNamed: string[]; promoter: string[]; passive: string[]; detractor: string[] }> = {
  fr: {
    promoterNamed: [
      'Merci à {first} pour sa patience.',
      '{person} a été d’une grande aide, vraiment à l’écoute.',
      'Bravo à {first} : problème réglé en cinq minutes !',
      'Accueil chaleureux, {first} m’a très bien conseillé.',
      'Un grand merci à {first}, qui a pris le temps de tout m’expliquer.',
      '{first} a rappelé comme promis, c’est rare et appréciable.',
    ],
    promoter: [
      'Service rapide et efficace.',
      'Très bon accueil, personnel souriant.',
      'Conseiller compétent, je recommande.',
      'Réponse claire, merci !',
      'Rien à redire, tout a été réglé du premier coup.',
      '+1 pour la réactivité de l’équipe.',
    ],
    passive: [
      'Correct, mais un peu d’attente au téléphone.',
      'Bien dans l’ensemble ; le suivi pourrait être plus rapide.',
      'Satisfait, même si j’ai dû renvoyer mes justificatifs deux fois.',
      'Pas mal, mais les horaires d’ouverture sont trop limités.',
    ],
    detractor: [
      'Trois appels pour le même problème, toujours pas résolu.',
      'Attente beaucoup trop longue en agence.',
      'On m’a renvoyé d’un service à l’autre, c’est épuisant.',
      'Réponse "automatique" qui ne répond pas à ma question.',
      '- attente interminable\n- aucune solution proposée',
      'Déçu, vraiment déçu. Personne ne sait qui est responsable, ni quand ce sera réglé.',
    ],
  },
  en: {
    promoterNamed: [
      '{person} was brilliant.',
      'Thanks to {first} for sorting it out so quickly!',
      '{first} went above and beyond, really patient.',
      'Huge thanks to {first}, very helpful and kind.',
      '{first} called back when promised, which almost never happens.',
      'Ask for {first}: knows the product inside out.',
    ],
    promoter: [
      'Quick, friendly and sorted first time.',
      'Great service, no fuss.',
      'Clear answer, thank you!',
      'Really easy, the whole thing took ten minutes.',
      '+1, helpful team.',
    ],
    passive: [
      'Fine, but I had to wait a while.',
      'OK overall, the follow-up email took a few days.',
      'Sorted in the end, though I had to explain it twice.',
      'Decent, but the opening hours are short.',
    ],
    detractor: [
      'Had to call three times, still not fixed.',
      'Waited 40 minutes on hold, then got cut off.',
      'Nobody seemed to know who was responsible, very frustrating.',
      '"We\'ll call you back" - nobody did.',
      '- long wait\n- no answer to my question',
      'Disappointed. The app said one thing, the agent another, and the bill a third.',
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Stories.

const STORY_VALUES = ['care', 'teamwork', 'initiative', 'expertise', 'listening', 'simplicity'] as const;

const STORY_TEXTS: Record<Lang, { title: string; body: string }[]> = {
  fr: [
    {
      title: '{first} a transformé une réclamation en fidélité',
      body: 'Un client très mécontent a appelé pour la troisième fois. {person} a repris le dossier depuis le début, a appelé le service concerné pendant que le client patientait et a tenu sa promesse de rappeler le lendemain. Le client a depuis renouvelé son contrat.',
    },
    {
      title: 'Un dossier débloqué grâce à {first}',
      body: 'Bloqué depuis trois semaines, le dossier d’une petite entreprise a été débloqué en une matinée : {person} a trouvé la pièce manquante et expliqué la suite en termes simples.',
    },
    {
      title: '{first} et l’entraide au quotidien',
      body: 'Pendant le pic de fin de trimestre, {person} a formé deux nouveaux collègues entre deux appels, sans que la file d’attente ne s’allonge.',
    },
    {
      title: 'Une cliente âgée accompagnée pas à pas',
      body: '{person} a pris quarante minutes pour aider une cliente à installer l’application, puis lui a laissé une fiche écrite à la main avec les étapes.',
    },
  ],
  en: [
    {
      title: '{first} turned a complaint into loyalty',
      body: 'A customer called for the third time, close to leaving. {person} took the case from the top, got the billing team on the line while the customer waited, and called back the next morning as promised. The customer has since renewed.',
    },
    {
      title: 'A stuck case solved by {first}',
      body: 'A small business had waited three weeks for a fix. {person} found the missing document in an hour and explained the next steps in plain words.',
    },
    {
      title: '{first} and everyday teamwork',
      body: 'During the quarter-end peak, {person} coached two new colleagues between calls without the queue growing.',
    },
    {
      title: 'Step by step with an older customer',
      body: '{person} spent forty minutes helping a customer set up the app, then wrote the steps down for her to keep.',
    },
  ],
};
const STORY_QUOTES: Record<Lang, string[]> = {
  fr: ['{first} m’a redonné confiance dans votre entreprise.', 'Enfin quelqu’un qui écoute ! Merci {first}.'],
  en: ['{first} restored my faith in your company.', 'Finally someone who listens. Thank you, {first}!'],
};
const CONSENT_WAYS = ['email', 'survey opt-in', 'phone call'];
const REJECTION_REASONS = ['Duplicate of an earlier story.', 'Names a colleague who has not agreed to be featured.'];
const NO_CONSENT_REASON = 'Quotes a customer who has not given consent.';
const STORY_STATUS_COUNTS = { published: 42, submitted: 11, draft: 4, rejected: 3 };

// ---------------------------------------------------------------------------------------------

interface Team {
  unit: Unit;
  kind: TeamKind;
  lang: Lang;
  /** Language of customer comments: mostly the site's, sometimes the other (Canada, tourists). */
  otherLangShare: number;
  regionIndex: number;
  siteIndex: number;
  tiny: boolean;
  headcount: number;
  rosterStart: number;
  responseRate: number;
  /** Latent engagement for the burn-in quarter and the 8 quarters (index q + 1). */
  engagement: Float64Array;
  /** Item deviations [item][q + 1]. */
  itemDeviation: Float64Array[];
  climateBaseline: number;
  volume: number;
  customerPoolStart: number;
  customerPoolSize: number;
}

/** Turns a name into an ASCII id: "Saint-Étienne" → "saint-etienne". */
function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function clampRound(x: number, lo: number, hi: number): number {
  const r = Math.round(x);
  return r < lo ? lo : r > hi ? hi : r;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** "Élodie M." → "Élodie". */
function firstName(person: string): string {
  return person.slice(0, person.lastIndexOf(' '));
}

function fill(template: string, person: string): string {
  return template.replaceAll('{person}', person).replaceAll('{first}', firstName(person));
}

/** Every day of a quarter as YYYY-MM-DD, by UTC arithmetic (no time zone involved). */
function quarterDays(period: string): string[] {
  const year = Number(period.slice(0, 4));
  const quarter = Number(period.slice(6));
  const days: string[] = [];
  const start = Date.UTC(year, (quarter - 1) * 3, 1);
  const end = Date.UTC(year, quarter * 3, 1);
  for (let t = start; t < end; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

function categorical(codes: Uint32Array, values: string[]): CategoricalColumn {
  return { codes, values };
}

/**
 * Generates the built-in sample dataset (see the model at the top of this file).
 * Deterministic: the same `seed` and `scale` give identical tables in any JavaScript engine.
 */
export function generateSampleDataset(options: SampleDatasetOptions = {}): SampleDataset {
  const seed = options.seed ?? 2026;
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);

  // Independent streams: changing how customers are drawn does not move the employee data.
  const { units, teams, regionCount, siteCount } = buildUnits(new Random(seed, 1), scale);
  simulateEngagement(new Random(seed, 2), teams, regionCount, siteCount);
  const employees = generateEmployees(new Random(seed, 3), teams);
  const customers = generateCustomers(new Random(seed, 4), teams, scale);
  const stories = generateStories(new Random(seed, 5), teams, customers);

  return { units, employees, customers, stories, generatingModel: describeModel(seed, scale) };
}

function buildUnits(rng: Random, scale: number): { units: Unit[]; teams: Team[]; regionCount: number; siteCount: number } {
  const units: Unit[] = [];
  const teams: Team[] = [];
  let siteIndex = 0;
  let fiveTeamSites = 0;
  REGIONS.forEach((region, regionIndex) => {
    const regionUnit: Unit = { id: region.id, name: region.name, attributes: { level: 'region', region: region.name, size: 0 } };
    units.push(regionUnit);
    for (const site of region.sites) {
      const siteUnit: Unit = {
        id: slug(site.name),
        name: site.name,
        parentId: region.id,
        attributes: { level: 'site', region: region.name, size: 0 },
      };
      units.push(siteUnit);
      // 16 sites with 5 teams and 4 with 4: 96 teams. The fifth team cycles through the
      // smaller kinds, which puts a back-office team (few customers) on 5 sites.
      const kinds = TEAM_KINDS.slice(0, 4);
      if (siteIndex % 5 !== 4) kinds.push(TEAM_KINDS[4 + (fiveTeamSites++ % 3)] as TeamKind);
      for (const kind of kinds) {
        const lang = site.lang;
        const unit: Unit = {
          id: `${siteUnit.id}-${kind.id}`,
          name: `${site.name} – ${lang === 'fr' ? kind.fr : kind.en}`,
          parentId: siteUnit.id,
          attributes: { level: 'team', region: region.name, segment: kind.segment, channel: kind.channel },
        };
        units.push(unit);
        teams.push({
          unit,
          kind,
          lang,
          otherLangShare: region.id === 'ca' ? 0.2 : 0.05,
          regionIndex,
          siteIndex,
          tiny: false,
          headcount: kind.headcount * clamp(1 + 0.3 * rng.normal(), 0.45, 2),
          rosterStart: 0,
          responseRate: 0.62 + 0.3 * rng.uniform(),
          engagement: new Float64Array(QUARTERS + 1),
          itemDeviation: [],
          climateBaseline: 0,
          volume: kind.volume * clamp(1 + 0.35 * rng.normal(), 0.35, 2.2),
          customerPoolStart: 0,
          customerPoolSize: 0,
        });
      }
      siteIndex++;
    }
  });

  for (const index of rng.shuffle(teams.map((_, i) => i)).slice(0, TINY_TEAMS)) {
    const team = teams[index] as Team;
    team.tiny = true;
    team.headcount = rng.int(3, 6);
    team.responseRate = 0.75;
  }

  // Scale headcounts so that the expected number of responses hits the target.
  const quarterlyTarget = (TARGET_RESPONDENTS * scale) / QUARTERS;
  let tinyExpected = 0;
  let relativeExpected = 0;
  for (const team of teams) {
    if (team.tiny) tinyExpected += Math.max(2, team.headcount * team.responseRate);
    else relativeExpected += team.headcount * team.responseRate;
  }
  const headcountFactor = Math.max(0, quarterlyTarget - tinyExpected) / relativeExpected;
  let roster = 0;
  for (const team of teams) {
    if (!team.tiny) team.headcount = Math.max(3, Math.round(team.headcount * headcountFactor));
    team.rosterStart = roster;
    roster += team.headcount;
  }

  // People customers can name: a subset of the team with unique first names.
  for (const team of teams) {
    const count = Math.min(team.headcount, rng.int(4, 25));
    const pool = team.lang === 'fr' && team.otherLangShare > 0.1
      ? [...FIRST_NAMES.fr, ...FIRST_NAMES.en.slice(0, 12)]
      : FIRST_NAMES[team.lang];
    const firstNames = rng.shuffle([...new Set(pool)]).slice(0, count);
    team.unit.people = firstNames.map((first) => `${first} ${LAST_INITIALS[rng.int(0, LAST_INITIALS.length - 1)]}.`);
    (team.unit.attributes as NonNullable<Unit['attributes']>).size = team.headcount;
  }

  // Sites and regions carry the headcount of their teams.
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const team of teams) {
    let parentId = team.unit.parentId;
    while (parentId !== undefined) {
      const parent = byId.get(parentId);
      if (!parent?.attributes) break;
      parent.attributes.size = (parent.attributes.size ?? 0) + team.headcount;
      parentId = parent.parentId;
    }
  }
  return { units, teams, regionCount: REGIONS.length, siteCount: siteIndex };
}

function simulateEngagement(rng: Random, teams: Team[], regionCount: number, siteCount: number): void {
  const regionEffect = Array.from({ length: regionCount }, () => rng.normal(0, REGION_SD));
  const siteEffect = Array.from({ length: siteCount }, () => rng.normal(0, SITE_SD));
  const stationarySd = AR_INNOVATION_SD / Math.sqrt(1 - AR_PHI * AR_PHI);
  for (const team of teams) {
    const mean = ENGAGEMENT_MEAN + (regionEffect[team.regionIndex] as number) + (siteEffect[team.siteIndex] as number) + rng.normal(0, TEAM_SD);
    let deviation = rng.normal(0, stationarySd);
    for (let q = 0; q <= QUARTERS; q++) {
      if (q > 0) deviation = AR_PHI * deviation + rng.normal(0, AR_INNOVATION_SD);
      team.engagement[q] = mean + TREND_PER_QUARTER * (q - 1) + deviation;
    }
    team.itemDeviation = SAMPLE_ITEM_IDS.map(() => {
      const persistent = rng.normal(0, ITEM_TEAM_SD);
      const column = new Float64Array(QUARTERS + 1);
      for (let q = 0; q <= QUARTERS; q++) column[q] = persistent + rng.normal(0, ITEM_QUARTER_SD);
      return column;
    });
    team.climateBaseline = rng.normal(0, CLIMATE_TEAM_SD);
  }
}

function generateEmployees(rng: Random, teams: Team[]): EmployeeTable {
  const capacity = teams.reduce((sum, team) => sum + team.headcount, 0) * QUARTERS;
  const unitCodes = new Uint32Array(capacity);
  const periodCodes = new Uint32Array(capacity);
  const respondentCodes = new Uint32Array(capacity);
  const items = SAMPLE_ITEM_IDS.map(() => new Float64Array(capacity));
  const enps = new Float64Array(capacity);
  const specs = SAMPLE_ITEM_IDS.map((id) => ITEM_SPECS[id]);
  let n = 0;

  teams.forEach((team, teamIndex) => {
    const members = Array.from({ length: team.headcount }, (_, i) => team.rosterStart + i);
    for (let q = 0; q < QUARTERS; q++) {
      const rate = clamp(team.responseRate + rng.normal(0, 0.05), 0.3, 0.98);
      const respondents = members.filter(() => rng.chance(rate));
      // At least 2 respondents, so every team-quarter has rows and the tiny teams give 2–4.
      if (respondents.length < 2) {
        for (const member of rng.shuffle([...members])) {
          if (respondents.length >= Math.min(2, members.length)) break;
          if (!respondents.includes(member)) respondents.push(member);
        }
        respondents.sort((a, b) => a - b);
      }
      const latent = team.engagement[q + 1] as number;
      for (const member of respondents) {
        const eta = latent + rng.normal(0, RESPONDENT_SD);
        for (let k = 0; k < specs.length; k++) {
          const spec = specs[k] as ItemSpec;
          const column = items[k] as Float64Array;
          if (rng.chance(spec.skip)) {
            column[n] = NaN;
            continue;
          }
          const x = ENGAGEMENT_MEAN + spec.loading * (eta - ENGAGEMENT_MEAN) + spec.offset
            + ((team.itemDeviation[k] as Float64Array)[q + 1] as number) + rng.normal(0, ITEM_NOISE_SD);
          column[n] = clampRound(x, 1, 5);
        }
        enps[n] = rng.chance(ENPS_SKIP)
          ? NaN
          : clampRound(ENPS_CENTRE + ENPS_SLOPE * (eta - ENGAGEMENT_MEAN) + rng.normal(0, ENPS_NOISE_SD), 0, 10);
        unitCodes[n] = teamIndex;
        periodCodes[n] = q;
        respondentCodes[n] = member;
        n++;
      }
    }
  });

  const rosterSize = teams.reduce((sum, team) => sum + team.headcount, 0);
  const respondentIds = Array.from({ length: rosterSize }, (_, i) => `E${String(i + 1).padStart(5, '0')}`);
  return {
    kind: 'employees',
    length: n,
    unit: categorical(unitCodes.slice(0, n), teams.map((t) => t.unit.id)),
    period: categorical(periodCodes.slice(0, n), [...SAMPLE_PERIODS]),
    respondent: categorical(respondentCodes.slice(0, n), respondentIds),
    itemIds: [...SAMPLE_ITEM_IDS],
    items: items.map((column) => column.slice(0, n)),
    itemScale: { min: 1, max: 5 },
    enps: enps.slice(0, n),
  };
}

/** Lag-weighted value of a per-quarter series: mostly the previous quarter (service-profit chain). */
function lagged(series: Float64Array, q: number): number {
  return LAG_WEIGHT * (series[q] as number) + (1 - LAG_WEIGHT) * (series[q + 1] as number);
}

function generateCustomers(rng: Random, teams: Team[], scale: number): CustomerTable {
  const autonomy = SAMPLE_ITEM_IDS.indexOf('autonomy');
  const recognition = SAMPLE_ITEM_IDS.indexOf('recognition');
  const workload = SAMPLE_ITEM_IDS.indexOf('workload');

  // Volumes first, so the columns are allocated once at their exact size.
  const frontVolume = teams.reduce((sum, team) => sum + team.volume, 0);
  const backOfficeTotal = teams.filter((t) => t.kind.backOffice).length * BACK_OFFICE_VOLUME * QUARTERS;
  const perUnitVolume = Math.max(0, TARGET_FEEDBACK * scale - backOfficeTotal) / QUARTERS / frontVolume;
  const volumes = new Int32Array(teams.length * QUARTERS);
  let total = 0;
  let pool = 0;
  teams.forEach((team, t) => {
    const mean = team.kind.backOffice ? BACK_OFFICE_VOLUME : team.volume * perUnitVolume;
    let teamTotal = 0;
    for (let q = 0; q < QUARTERS; q++) {
      const v = Math.max(1, Math.round(mean * clamp(1 + 0.12 * rng.normal(), 0.6, 1.4) + Math.sqrt(mean) * rng.normal()));
      volumes[t * QUARTERS + q] = v;
      teamTotal += v;
    }
    total += teamTotal;
    // Business customers come back more often than consumers.
    team.customerPoolStart = pool;
    team.customerPoolSize = Math.max(3, Math.round(teamTotal * (team.kind.segment === 'B2B' ? 0.3 : 0.85)));
    pool += team.customerPoolSize;
  });

  const days = SAMPLE_PERIODS.map(quarterDays);
  const dayOffset: number[] = [];
  let dayCount = 0;
  for (const list of days) {
    dayOffset.push(dayCount);
    dayCount += list.length;
  }

  const unitCodes = new Uint32Array(total);
  const periodCodes = new Uint32Array(total);
  const customerCodes = new Uint32Array(total);
  const channelCodes = new Uint32Array(total);
  const segmentCodes = new Uint32Array(total);
  const nps = new Float64Array(total);
  const csat = new Float64Array(total);
  const ces = new Float64Array(total);
  const fcr = new Float64Array(total);
  const comment: string[] = new Array<string>(total).fill('');
  let n = 0;

  teams.forEach((team, t) => {
    const engagementDeviation = team.engagement.map((e) => e - ENGAGEMENT_MEAN);
    const rec = team.itemDeviation[recognition] as Float64Array;
    const aut = team.itemDeviation[autonomy] as Float64Array;
    const work = team.itemDeviation[workload] as Float64Array;
    const primaryChannel = SAMPLE_CHANNELS.indexOf(team.kind.channel);
    const primarySegment = team.kind.segment === 'B2B' ? 0 : 1;
    const people = team.unit.people ?? [];
    for (let q = 0; q < QUARTERS; q++) {
      const engagementLevel = lagged(engagementDeviation, q);
      const climate = team.climateBaseline + CLIMATE_PER_ENGAGEMENT * engagementLevel + CLIMATE_PER_RECOGNITION * lagged(rec, q)
        + (SEASON[q % 4] as number) + rng.normal(0, CLIMATE_QUARTER_SD);
      const fcrRate = clamp(FCR_BASE + FCR_PER_AUTONOMY * lagged(aut, q) + FCR_PER_ENGAGEMENT * engagementLevel
        + (team.kind.channel === 'store' ? 0.04 : team.kind.channel === 'email' ? -0.05 : 0) + rng.normal(0, 0.03), 0.35, 0.97);
      const effort = CES_BASE + CES_PER_WORKLOAD * lagged(work, q) + CES_PER_ENGAGEMENT * engagementLevel + rng.normal(0, 0.1);
      const volume = volumes[t * QUARTERS + q] as number;
      const quarterDayList = days[q] as string[];
      for (let i = 0; i < volume; i++) {
        const channel = rng.chance(team.kind.channel === 'store' ? 0.85 : 0.7) ? primaryChannel : rng.int(0, SAMPLE_CHANNELS.length - 1);
        const segment = rng.chance(0.9) ? primarySegment : 1 - primarySegment;
        const resolved = rng.chance(fcrRate);
        const s = climate + CHANNEL_EFFECT[SAMPLE_CHANNELS[channel] as Channel] + SEGMENT_EFFECT[segment === 0 ? 'B2B' : 'B2C']
          + (resolved ? RESOLVED_LIFT : rng.chance(INCIDENT_SHARE) ? -UNRESOLVED_DROP - INCIDENT_DROP : -UNRESOLVED_DROP) + rng.normal();
        const npsValue = rng.chance(0.02) ? NaN : clampRound(NPS_CENTRE + NPS_SLOPE * s, 0, 10);
        nps[n] = npsValue;
        csat[n] = rng.chance(0.08) ? NaN : clampRound(CSAT_CENTRE + CSAT_SLOPE * s + rng.normal(0, 0.55), 1, 5);
        ces[n] = rng.chance(0.15) ? NaN : clampRound(effort - 0.55 * s + (resolved ? -0.2 : 0.9) + rng.normal(0, 0.9), 1, 7);
        fcr[n] = rng.chance(0.03) ? NaN : resolved ? 1 : 0;
        unitCodes[n] = t;
        periodCodes[n] = (dayOffset[q] as number) + rng.int(0, quarterDayList.length - 1);
        customerCodes[n] = team.customerPoolStart + rng.int(0, team.customerPoolSize - 1);
        channelCodes[n] = channel;
        segmentCodes[n] = segment;

        const answer = Number.isNaN(npsValue) ? 7 : npsValue;
        const mood = answer >= 9 ? 'promoter' : answer >= 7 ? 'passive' : 'detractor';
        if (rng.chance(COMMENT_RATE[mood])) {
          const lang: Lang = rng.chance(team.otherLangShare) ? (team.lang === 'fr' ? 'en' : 'fr') : team.lang;
          const texts = COMMENTS[lang];
          if (mood === 'promoter' && people.length > 0 && lang === team.lang && rng.chance(0.4)) {
            comment[n] = fill(rng.pick(texts.promoterNamed), rng.pick(people));
          } else {
            comment[n] = rng.pick(texts[mood]);
          }
        }
        n++;
      }
    }
  });

  const customerIds = Array.from({ length: pool }, (_, i) => `C${String(i + 1).padStart(6, '0')}`);
  return {
    kind: 'customers',
    length: total,
    unit: categorical(unitCodes, teams.map((team) => team.unit.id)),
    period: categorical(periodCodes, days.flat()),
    customer: Array.from(customerCodes, (code) => customerIds[code]!),
    nps,
    csat,
    ces,
    fcr,
    channel: categorical(channelCodes, [...SAMPLE_CHANNELS]),
    segment: categorical(segmentCodes, ['B2B', 'B2C']),
    comment,
  };
}

function isoDate(year: number, dayOfYear: number, hour: number, minute: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear, hour, minute)).toISOString().replace('.000Z', 'Z');
}

function generateStories(rng: Random, teams: Team[], customers: CustomerTable): Story[] {
  const recognition = SAMPLE_ITEM_IDS.indexOf('recognition');
  const total = STORY_STATUS_COUNTS.published + STORY_STATUS_COUNTS.submitted + STORY_STATUS_COUNTS.draft + STORY_STATUS_COUNTS.rejected;
  const statuses: Story['status'][] = [
    ...new Array<Story['status']>(STORY_STATUS_COUNTS.published).fill('published'),
    ...new Array<Story['status']>(STORY_STATUS_COUNTS.submitted).fill('submitted'),
    ...new Array<Story['status']>(STORY_STATUS_COUNTS.draft).fill('draft'),
    ...new Array<Story['status']>(STORY_STATUS_COUNTS.rejected).fill('rejected'),
  ];
  rng.shuffle(statuses);

  // Teams that recognise more tell more stories: weight by mean latent recognition.
  const eligible = teams.filter((team) => (team.unit.people?.length ?? 0) > 0);
  const weights = eligible.map((team) => {
    const rec = team.itemDeviation[recognition] as Float64Array;
    let sum = 0;
    for (let q = 1; q <= QUARTERS; q++) sum += (team.engagement[q] as number) + (rec[q] as number);
    return Math.max(0.05, sum / QUARTERS - 2.9);
  });
  const weightTotal = weights.reduce((a, b) => a + b, 0);
  const pickTeam = (): Team => {
    let u = rng.uniform() * weightTotal;
    for (let i = 0; i < eligible.length; i++) {
      u -= weights[i] as number;
      if (u < 0) return eligible[i] as Team;
    }
    return eligible[eligible.length - 1] as Team;
  };

  // Real comments that name someone, by team, to quote in stories.
  const namedComments = new Map<number, string[]>();
  const comments = customers.comment ?? [];
  const firstNames = teams.map((team) => (team.unit.people ?? []).map(firstName));
  for (let i = 0; i < customers.length; i++) {
    const text = comments[i];
    if (!text) continue;
    const teamIndex = customers.unit.codes[i] as number;
    if ((firstNames[teamIndex] ?? []).some((first) => text.includes(first))) {
      const list = namedComments.get(teamIndex) ?? [];
      list.push(text);
      namedComments.set(teamIndex, list);
    }
  }

  // Two stories quote a customer who has not consented: one waits in moderation, one was rejected.
  const noConsentIndices = new Set([statuses.indexOf('submitted'), statuses.indexOf('rejected')]);
  const stories: Story[] = [];
  for (let i = 0; i < total; i++) {
    const status = statuses[i] as Story['status'];
    const team = pickTeam();
    const teamIndex = teams.indexOf(team);
    const people = rng.shuffle([...(team.unit.people ?? [])]).slice(0, rng.chance(0.25) ? 2 : 1);
    const lead = people[0] as string;
    const text = rng.pick(STORY_TEXTS[team.lang]);
    const quarter = rng.int(0, QUARTERS - 1);
    const year = 2025 + Math.floor(quarter / 4);
    const dayOfYear = (quarter % 4) * 91 + rng.int(0, 89);
    const createdAt = isoDate(year, dayOfYear, rng.int(8, 18), rng.int(0, 59));
    const values = rng.shuffle([...STORY_VALUES]).slice(0, rng.int(1, 2));

    const quotesWithoutConsent = noConsentIndices.has(i);
    let customerQuote: string | undefined;
    if (quotesWithoutConsent || rng.chance(0.4)) {
      const real = (namedComments.get(teamIndex) ?? []).filter((c) => c.includes(firstName(lead)));
      customerQuote = real.length > 0 ? rng.pick(real) : fill(rng.pick(STORY_QUOTES[team.lang]), lead);
    }
    const consentAt = isoDate(year, dayOfYear, 7, 30).slice(0, 10);
    const consent: Story['consent'] = customerQuote === undefined || quotesWithoutConsent
      ? { given: false }
      : { given: true, at: consentAt, how: rng.pick(CONSENT_WAYS) };

    const story: Story = {
      id: `story-${String(i + 1).padStart(3, '0')}`,
      title: fill(text.title, lead),
      body: fill(text.body, lead),
      unit: team.unit.id,
      people,
      values,
      consent,
      status,
      reactions: status === 'published' ? rng.int(2, 80) : 0,
      createdAt,
    };
    if (customerQuote !== undefined) story.customerQuote = customerQuote;
    story.peopleConsent = Object.fromEntries(
      people.map((p) => [p, status === 'published' ? { given: true, at: consentAt, how: 'in app' } : { given: status !== 'draft' }]),
    );
    if (status === 'rejected') {
      story.moderation = {
        at: isoDate(year, dayOfYear + 3, 10, 0),
        reason: quotesWithoutConsent ? NO_CONSENT_REASON : rng.pick(REJECTION_REASONS),
      };
    }
    if (status === 'published' && quarter < QUARTERS - 2 && rng.chance(0.35)) {
      story.metricLink = {
        unit: team.unit.id,
        metric: rng.pick(['nps', 'csat', 'fcr']),
        from: SAMPLE_PERIODS[quarter] as string,
        to: SAMPLE_PERIODS[quarter + 2] as string,
      };
    }
    stories.push(story);
  }
  return stories;
}

/** A parameter as text without binary floating-point noise (0.07·100 → "7", not "7.000000000000001"). */
function num(x: number): string {
  return String(Number(x.toFixed(6)));
}

function describeModel(seed: number, scale: number): string {
  return [
    `Sample dataset, seed ${seed}, scale ${scale}. Synthetic: no real person, customer or company.`,
    `Hierarchy: ${REGIONS.length} regions > 20 sites > 96 teams; respondents and customers on teams only; ${QUARTERS} quarters ${SAMPLE_PERIODS[0]}–${SAMPLE_PERIODS[QUARTERS - 1]}.`,
    `Latent team engagement (1–5 scale): mu = ${ENGAGEMENT_MEAN} + region N(0, ${REGION_SD}) + site N(0, ${SITE_SD}) + team N(0, ${TEAM_SD}); per quarter E_q = mu + ${TREND_PER_QUARTER}·q + d_q, d_q = ${AR_PHI}·d_(q−1) + N(0, ${AR_INNOVATION_SD}) (AR(1), burn-in quarter 2024-Q4).`,
    `Respondent: eta = E_q + N(0, ${RESPONDENT_SD}). Item = round(clamp(${ENGAGEMENT_MEAN} + loading·(eta − ${ENGAGEMENT_MEAN}) + offset + team item deviation (N(0, ${ITEM_TEAM_SD}) persistent + N(0, ${ITEM_QUARTER_SD}) per quarter) + N(0, ${ITEM_NOISE_SD}), 1, 5)); ` +
      SAMPLE_ITEM_IDS.map((id) => `${id}: offset ${ITEM_SPECS[id].offset}, loading ${ITEM_SPECS[id].loading}, skipped ${num(ITEM_SPECS[id].skip * 100)}%`).join('; ') + '.',
    `"workload" is worded "My workload is manageable": higher is better, like every item, so engagement = mean of the answered items. eNPS = round(clamp(${ENPS_CENTRE} + ${ENPS_SLOPE}·(eta − ${ENGAGEMENT_MEAN}) + N(0, ${ENPS_NOISE_SD}), 0, 10)), skipped ${num(ENPS_SKIP * 100)}%.`,
    `Customer climate of a team in quarter q = baseline N(0, ${CLIMATE_TEAM_SD}) + ${CLIMATE_PER_ENGAGEMENT}·L(engagement − ${ENGAGEMENT_MEAN}) + ${CLIMATE_PER_RECOGNITION}·L(recognition deviation) + season + N(0, ${CLIMATE_QUARTER_SD}), where L(x) = ${num(LAG_WEIGHT)}·x_(q−1) + ${num(1 - LAG_WEIGHT)}·x_q: the previous quarter weighs more (service-profit chain lag; Harter, Schmidt & Hayes 2002 report corrected rho ≈ .33 between engagement and customer satisfaction-loyalty).`,
    `First-contact resolution rate = ${FCR_BASE} + ${FCR_PER_AUTONOMY}·L(autonomy deviation) + ${FCR_PER_ENGAGEMENT}·L(engagement) + channel; expected effort = ${CES_BASE} − ${num(-CES_PER_WORKLOAD)}·L(workload deviation) − ${num(-CES_PER_ENGAGEMENT)}·L(engagement) (a less manageable workload means more customer effort).`,
    `Per answer: resolved ~ Bernoulli(rate); s = climate + channel + segment + (resolved ? +${RESOLVED_LIFT} : −${UNRESOLVED_DROP}, and −${INCIDENT_DROP} more for the ${num(INCIDENT_SHARE * 100)}% of those that turn into an incident) + N(0, 1); NPS = round(clamp(${NPS_CENTRE} + ${NPS_SLOPE}·s, 0, 10)); CSAT = round(clamp(${CSAT_CENTRE} + ${CSAT_SLOPE}·s + N(0, 0.55), 1, 5)); CES (1–7, higher = more effort) = round(clamp(effort − 0.55·s + (resolved ? −0.2 : +0.9) + N(0, 0.9), 1, 7)). Missing: NPS 2%, CSAT 8%, CES 15%, FCR 3%.`,
    `Edge cases: ${TINY_TEAMS} tiny teams (3–6 people, at least 2 respondents a quarter, below the anonymity floor of 5 in some quarters); back-office teams get about ${BACK_OFFICE_VOLUME} customers a quarter (below 10 most quarters).`,
    `Comments on about 15% of answers (detractors ${num(COMMENT_RATE.detractor * 100)}%, passives ${num(COMMENT_RATE.passive * 100)}%, promoters ${num(COMMENT_RATE.promoter * 100)}%), in the site's language; 40% of same-language promoter comments name one of the team's people.`,
    `Stories: ${STORY_STATUS_COUNTS.published} published, ${STORY_STATUS_COUNTS.submitted} submitted, ${STORY_STATUS_COUNTS.draft} drafts, ${STORY_STATUS_COUNTS.rejected} rejected; teams with higher recognition tell more; about 40% quote a customer, with consent except two unpublished ones.`,
  ].join('\n');
}

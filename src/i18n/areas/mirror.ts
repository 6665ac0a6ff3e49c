/** Strings of the mirror area. A key missing from the French catalog fails to compile. */
type Verdict = 'as-expected' | 'opposite' | 'no-estimate';
type Sign = 'positive' | 'negative';

export interface MirrorStrings {
  title: string;
  label: string;
  corner: string;
  verdict: Record<Verdict, string>;
  /** Short mark shown beside the verdict: a shape, so colour is never the only channel. */
  verdictMark: Record<Verdict, string>;
  expected: Record<Sign, string>;
  observed: Record<Sign | 'none', string>;
  expectedHeading: string;
  observedHeading: string;
  verdictHeading: string;
  significanceHeading: string;
  notPaired: string;
  cellLabel: (c: { employee: string; customer: string; r: string; lo: string; hi: string; n: number; p: string; expected: string; verdict: string; significant: boolean }) => string;
  noEstimateLabel: (employee: string, customer: string, n: number) => string;
  summary: (s: { pairs: number; asExpected: number; significant: number; asExpectedSignificant: number; oppositeSignificant: number }) => string;
  missing: (pairs: string) => string;
  method: string;
  empty: string;
  legendAsExpected: string;
  legendOpposite: string;
  legendNoEstimate: string;
}

export const mirrorEn: MirrorStrings = {
  title: 'Attention mirror',
  label: 'Attention mirror: employee items against the customer measures they mirror',
  corner: 'Employee item / customer measure',
  verdict: { 'as-expected': 'as expected', opposite: 'opposite to expected', 'no-estimate': 'no estimate' },
  verdictMark: { 'as-expected': '✓', opposite: '✗', 'no-estimate': '–' },
  expected: { positive: 'positive', negative: 'negative' },
  observed: { positive: 'positive', negative: 'negative', none: 'none' },
  expectedHeading: 'Expected direction',
  observedHeading: 'Observed direction',
  verdictHeading: 'As expected?',
  significanceHeading: 'After BH',
  notPaired: 'not paired',
  cellLabel: (c) => `${c.employee} and ${c.customer}: r = ${c.r} (95% CI ${c.lo} to ${c.hi}), n = ${c.n} units, adjusted p ${c.p}; expected ${c.expected}, ${c.verdict}, ${c.significant ? 'significant after Benjamini–Hochberg adjustment' : 'not significant after Benjamini–Hochberg adjustment'}`,
  noEstimateLabel: (employee, customer, n) => `${employee} and ${customer}: no estimate (n = ${n} units)`,
  summary: (s) => `${s.pairs} mirrored ${s.pairs === 1 ? 'pair' : 'pairs'}: ${s.asExpected} ${s.asExpected === 1 ? 'goes' : 'go'} the expected way, ${s.significant} ${s.significant === 1 ? 'is' : 'are'} significant after Benjamini–Hochberg adjustment (${s.asExpectedSignificant} as expected, ${s.oppositeSignificant} opposite to expected).`,
  missing: (pairs) => `Not in the data: ${pairs}.`,
  method: 'Pearson r across units, all periods pooled; 95% CI by Fisher z; p adjusted by Benjamini–Hochberg across the mirror.',
  empty: 'No mirror pairs to show yet.',
  legendAsExpected: '✓ as expected',
  legendOpposite: '✗ opposite to expected',
  legendNoEstimate: '– no estimate',
};

export const mirrorFr: MirrorStrings = {
  title: 'Symétrie des attentions',
  label: 'Symétrie des attentions : items collaborateurs face aux mesures clients qui leur font écho',
  corner: 'Item collaborateurs / mesure clients',
  verdict: { 'as-expected': 'conforme à l’attendu', opposite: 'contraire à l’attendu', 'no-estimate': 'pas d’estimation' },
  verdictMark: { 'as-expected': '✓', opposite: '✗', 'no-estimate': '–' },
  expected: { positive: 'positive', negative: 'négative' },
  observed: { positive: 'positive', negative: 'négative', none: 'aucune' },
  expectedHeading: 'Sens attendu',
  observedHeading: 'Sens observé',
  verdictHeading: 'Conforme ?',
  significanceHeading: 'Après BH',
  notPaired: 'non apparié',
  cellLabel: (c) => `${c.employee} et ${c.customer} : r = ${c.r} (IC à 95 % de ${c.lo} à ${c.hi}), n = ${c.n} unités, p ajusté ${c.p} ; attendu ${c.expected}, ${c.verdict}, ${c.significant ? 'significatif après correction de Benjamini–Hochberg' : 'non significatif après correction de Benjamini–Hochberg'}`,
  noEstimateLabel: (employee, customer, n) => `${employee} et ${customer} : pas d’estimation (n = ${n} unités)`,
  summary: (s) => `${s.pairs} paire${s.pairs > 1 ? 's' : ''} en miroir : ${s.asExpected} ${s.asExpected > 1 ? 'vont' : 'va'} dans le sens attendu, ${s.significant} ${s.significant > 1 ? 'sont significatives' : 'est significative'} après correction de Benjamini–Hochberg (${s.asExpectedSignificant} conforme${s.asExpectedSignificant > 1 ? 's' : ''} à l’attendu, ${s.oppositeSignificant} contraire${s.oppositeSignificant > 1 ? 's' : ''}).`,
  missing: (pairs) => `Absent des données : ${pairs}.`,
  method: 'r de Pearson entre unités, toutes périodes regroupées ; IC à 95 % par z de Fisher ; p ajusté par Benjamini–Hochberg sur l’ensemble du miroir.',
  empty: 'Aucune paire en miroir à afficher pour l’instant.',
  legendAsExpected: '✓ conforme à l’attendu',
  legendOpposite: '✗ contraire à l’attendu',
  legendNoEstimate: '– pas d’estimation',
};

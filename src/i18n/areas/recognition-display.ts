/**
 * Strings of the recognition display area: `<sym-story-card>`, `<sym-story-wall>` and
 * `<sym-story-spotlight>`. A key missing from the French catalog fails to compile.
 */

import type { FeedProblemCode } from '../../recognition/story-feed.ts';
import { countText } from '../intl-formats.ts';

export interface RecognitionDisplayStrings {
  title: string;
  /** Shown for a named person who has not agreed to be named. */
  anonymousPerson: string;
  /** Label before the names, with its punctuation ("Recognised:", "Mis à l’honneur :"). */
  recognised: string;
  values: string;
  /** Display names of the built-in company values; other values are shown as written. */
  valueLabel: Record<string, string>;
  customerSaid: string;
  /** "Moved NPS from +32 (Q1 2025) to +41 (Q3 2025)". */
  metricMoved: (s: { metric: string; from: string; fromPeriod: string; to: string; toPeriod: string }) => string;
  /** When the numbers are not at hand: "Linked to NPS, Q1 2025 to Q3 2025". */
  metricLinked: (s: { metric: string; fromPeriod: string; toPeriod: string }) => string;
  reactions: (n: number) => string;
  publishedOn: (date: string) => string;
  share: string;
  sharePng: string;
  shareHtml: string;
  copyHtml: string;
  copied: string;
  shareFailed: string;
  noStory: string;

  wallLabel: string;
  filters: string;
  filterUnit: string;
  filterValue: string;
  filterPeriod: string;
  all: string;
  clearFilters: string;
  storyCount: (shown: number, total: number) => string;
  wallEmpty: string;
  wallNoMatch: string;
  loadingStories: string;
  slideLabel: (index: number, count: number) => string;
  previous: string;
  next: string;
  pause: string;
  play: string;
  feedFetchFailed: (detail: string) => string;
  feedInvalid: string;
  feedProblem: (code: FeedProblemCode, path: string, detail: string) => string;
  moreProblems: (n: number) => string;

  spotlightLabel: string;
  spotlightChart: (unit: string) => string;
  storyMarker: (period: string) => string;
  trendSummary: (s: { metric: string; before?: string; beforePeriod?: string; after?: string; afterPeriod?: string }) => string;
  notCausal: string;
  gapsHeading: string;
  gap: (s: { metric: string; period: string; reason: string }) => string;
  reasonBelowThreshold: (min: number) => string;
  reasonComplementary: string;
  reasonFewCustomers: (min: number) => string;
  reasonNoData: string;
  periodHeading: string;
  storyPeriodCell: string;
  spotlightEmpty: string;
  spotlightNoTrend: string;
  pointLabel: (s: { metric: string; period: string; value: string }) => string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const recognitionDisplayEn: RecognitionDisplayStrings = {
  title: 'Customer stories',
  anonymousPerson: 'a team member',
  recognised: 'Recognised:',
  values: 'Values',
  valueLabel: { care: 'Care', teamwork: 'Teamwork', initiative: 'Initiative', expertise: 'Expertise', listening: 'Listening', simplicity: 'Simplicity' },
  customerSaid: 'The customer said',
  metricMoved: (s) => `Moved ${s.metric} from ${s.from} (${s.fromPeriod}) to ${s.to} (${s.toPeriod})`,
  metricLinked: (s) => `Linked to ${s.metric}, ${s.fromPeriod} to ${s.toPeriod}`,
  reactions: (n) => `${n} ${plural(n, 'reaction', 'reactions')}`,
  publishedOn: (date) => `Shared on ${date}`,
  share: 'Share this story',
  sharePng: 'Download image',
  shareHtml: 'Download HTML snippet',
  copyHtml: 'Copy HTML snippet',
  copied: 'HTML snippet copied.',
  shareFailed: 'The story could not be shared.',
  noStory: 'No story to show.',

  wallLabel: 'Customer stories',
  filters: 'Filter stories',
  filterUnit: 'Unit',
  filterValue: 'Value',
  filterPeriod: 'Period',
  all: 'All',
  clearFilters: 'Clear filters',
  storyCount: (shown, total) => (shown === total ? `${total} ${plural(total, 'story', 'stories')}` : `${shown} of ${total} stories`),
  wallEmpty: 'No published stories yet.',
  wallNoMatch: 'No stories match these filters.',
  loadingStories: 'Loading stories…',
  slideLabel: (index, count) => `${index} of ${count}`,
  previous: 'Previous story',
  next: 'Next story',
  pause: 'Stop automatic slide show',
  play: 'Start automatic slide show',
  feedFetchFailed: (detail) => `The stories could not be loaded: ${detail}.`,
  feedInvalid: 'This file is not a valid story export:',
  feedProblem: (code, path, detail) => {
    const where = path ? `${path}: ` : '';
    switch (code) {
      case 'not-json': return `${where}the file is not JSON (${detail}).`;
      case 'not-object': return `${where}expected an object.`;
      case 'wrong-format': return `${where}expected "symmetry-insights-stories", found ${detail}.`;
      case 'unsupported-version': return `${where}version ${detail} is not supported (expected 1).`;
      case 'missing-field': return `${where}this field is required.`;
      case 'wrong-type': return `${where}expected ${detail}.`;
      case 'not-published': return `${where}only published stories can be exported, found "${detail}".`;
      case 'quote-without-consent': return `${where}a customer quote without the customer's recorded consent (given, when and how).`;
      case 'invalid-date': return `${where}expected an ISO date, found ${detail}.`;
      case 'duplicate-id': return `${where}the id ${detail} appears twice.`;
      case 'too-large': return `${where}too long (${detail}).`;
    }
  },
  moreProblems: (n) => `… and ${countText('en', n)} more ${plural(n, 'problem', 'problems')}.`,

  spotlightLabel: 'The story behind the number',
  spotlightChart: (unit) => `eNPS and NPS of ${unit} by period; the story's period is marked`,
  storyMarker: (period) => `Story, ${period}`,
  trendSummary: (s) => {
    if (s.before === undefined && s.after === undefined) return `${s.metric}: no value around the story.`;
    if (s.before === undefined) return `${s.metric}: no value before the story; ${s.after} in ${s.afterPeriod} after it.`;
    if (s.after === undefined) return `${s.metric}: ${s.before} in ${s.beforePeriod} before the story; no value after it yet.`;
    return `${s.metric}: ${s.before} in ${s.beforePeriod} before the story, ${s.after} in ${s.afterPeriod} after it.`;
  },
  notCausal: 'Shown side by side: a story does not prove it moved the number.',
  gapsHeading: 'Gaps in the lines',
  gap: (s) => `${s.metric}, ${s.period}: ${s.reason}`,
  reasonBelowThreshold: (min) => `fewer than ${min} answers, hidden to protect anonymity`,
  reasonComplementary: 'hidden so that a smaller group cannot be worked out',
  reasonFewCustomers: (min) => `fewer than ${min} customer answers, too few to be reliable`,
  reasonNoData: 'no answers',
  periodHeading: 'Period',
  storyPeriodCell: 'story',
  spotlightEmpty: 'Choose a story to see the numbers around it.',
  spotlightNoTrend: 'No numbers for this unit yet.',
  pointLabel: (s) => `${s.metric}, ${s.period}: ${s.value}`,
};

export const recognitionDisplayFr: RecognitionDisplayStrings = {
  title: 'Histoires clients',
  anonymousPerson: 'un membre de l’équipe',
  recognised: 'Mis à l’honneur :',
  values: 'Valeurs',
  valueLabel: { care: 'Bienveillance', teamwork: 'Esprit d’équipe', initiative: 'Initiative', expertise: 'Expertise', listening: 'Écoute', simplicity: 'Simplicité' },
  customerSaid: 'Le client a dit',
  metricMoved: (s) => `A fait passer le ${s.metric} de ${s.from} (${s.fromPeriod}) à ${s.to} (${s.toPeriod})`,
  metricLinked: (s) => `Liée au ${s.metric}, de ${s.fromPeriod} à ${s.toPeriod}`,
  reactions: (n) => `${n} ${plural(n, 'réaction', 'réactions')}`,
  publishedOn: (date) => `Partagée le ${date}`,
  share: 'Partager cette histoire',
  sharePng: 'Télécharger l’image',
  shareHtml: 'Télécharger l’extrait HTML',
  copyHtml: 'Copier l’extrait HTML',
  copied: 'Extrait HTML copié.',
  shareFailed: 'Impossible de partager cette histoire.',
  noStory: 'Aucune histoire à afficher.',

  wallLabel: 'Histoires clients',
  filters: 'Filtrer les histoires',
  filterUnit: 'Unité',
  filterValue: 'Valeur',
  filterPeriod: 'Période',
  all: 'Toutes',
  clearFilters: 'Effacer les filtres',
  storyCount: (shown, total) => (shown === total ? `${total} ${plural(total, 'histoire', 'histoires')}` : `${shown} histoires sur ${total}`),
  wallEmpty: 'Aucune histoire publiée pour l’instant.',
  wallNoMatch: 'Aucune histoire ne correspond à ces filtres.',
  loadingStories: 'Chargement des histoires…',
  slideLabel: (index, count) => `${index} sur ${count}`,
  previous: 'Histoire précédente',
  next: 'Histoire suivante',
  pause: 'Arrêter le défilement automatique',
  play: 'Lancer le défilement automatique',
  feedFetchFailed: (detail) => `Impossible de charger les histoires : ${detail}.`,
  feedInvalid: 'Ce fichier n’est pas un export d’histoires valide :',
  feedProblem: (code, path, detail) => {
    const where = path ? `${path} : ` : '';
    switch (code) {
      case 'not-json': return `${where}le fichier n’est pas du JSON (${detail}).`;
      case 'not-object': return `${where}un objet est attendu.`;
      case 'wrong-format': return `${where}« symmetry-insights-stories » attendu, ${detail} trouvé.`;
      case 'unsupported-version': return `${where}la version ${detail} n’est pas prise en charge (1 attendue).`;
      case 'missing-field': return `${where}ce champ est obligatoire.`;
      case 'wrong-type': return `${where}${detail} attendu.`;
      case 'not-published': return `${where}seules les histoires publiées peuvent être exportées, « ${detail} » trouvé.`;
      case 'quote-without-consent': return `${where}une citation client sans le consentement enregistré du client (donné, quand et comment).`;
      case 'invalid-date': return `${where}date ISO attendue, ${detail} trouvé.`;
      case 'duplicate-id': return `${where}l’identifiant ${detail} apparaît deux fois.`;
      case 'too-large': return `${where}trop long (${detail}).`;
    }
  },
  moreProblems: (n) => `… et ${countText('fr', n)} ${plural(n, 'autre problème', 'autres problèmes')}.`,

  spotlightLabel: 'L’histoire derrière le chiffre',
  spotlightChart: (unit) => `eNPS et NPS de ${unit} par période ; la période de l’histoire est marquée`,
  storyMarker: (period) => `Histoire, ${period}`,
  trendSummary: (s) => {
    if (s.before === undefined && s.after === undefined) return `${s.metric} : aucune valeur autour de l’histoire.`;
    if (s.before === undefined) return `${s.metric} : aucune valeur avant l’histoire ; ${s.after} en ${s.afterPeriod} après.`;
    if (s.after === undefined) return `${s.metric} : ${s.before} en ${s.beforePeriod} avant l’histoire ; pas encore de valeur après.`;
    return `${s.metric} : ${s.before} en ${s.beforePeriod} avant l’histoire, ${s.after} en ${s.afterPeriod} après.`;
  },
  notCausal: 'Présentés côte à côte : une histoire ne prouve pas qu’elle a fait bouger le chiffre.',
  gapsHeading: 'Trous dans les courbes',
  gap: (s) => `${s.metric}, ${s.period} : ${s.reason}`,
  reasonBelowThreshold: (min) => `moins de ${min} réponses, masqué pour protéger l’anonymat`,
  reasonComplementary: 'masqué pour qu’un plus petit groupe ne puisse pas être déduit',
  reasonFewCustomers: (min) => `moins de ${min} réponses clients, trop peu pour être fiable`,
  reasonNoData: 'aucune réponse',
  periodHeading: 'Période',
  storyPeriodCell: 'histoire',
  spotlightEmpty: 'Choisissez une histoire pour voir les chiffres qui l’entourent.',
  spotlightNoTrend: 'Pas encore de chiffres pour cette unité.',
  pointLabel: (s) => `${s.metric}, ${s.period} : ${s.value}`,
};

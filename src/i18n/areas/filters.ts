/** Strings of the filters area. A key missing from the French catalog fails to compile. */
export interface FiltersStrings {
  title: string;
  periodFrom: string;
  periodTo: string;
  units: string;
  region: string;
  site: string;
  team: string;
  allRegions: string;
  allSites: string;
  allTeams: string;
  segment: string;
  allSegments: string;
  channel: string;
  allChannels: string;
  /** A customer channel of the data (`store`, `phone`…); unknown ids are shown as they are. */
  channelName: (id: string) => string;
  reset: string;
  updating: string;
  /** How many filters are active. */
  active: (count: number) => string;
  /** Why filtering keeps employees anonymous. */
  privacyNote: string;
  /** The organisation as a whole, in KPI tiles. */
  organisation: string;
  /** The unit clicked in a chart, which every view highlights. */
  highlighted: (name: string) => string;
  clearHighlight: string;
}

const CHANNELS_EN: Record<string, string> = { store: 'Store', phone: 'Phone', chat: 'Chat', email: 'Email', web: 'Web' };
const CHANNELS_FR: Record<string, string> = { store: 'Magasin', phone: 'Téléphone', chat: 'Chat', email: 'E-mail', web: 'Web' };

export const filtersEn: FiltersStrings = {
  title: 'Filters',
  periodFrom: 'From',
  periodTo: 'To',
  units: 'Units',
  region: 'Region',
  site: 'Site',
  team: 'Team',
  allRegions: 'All regions',
  allSites: 'All sites',
  allTeams: 'All teams',
  segment: 'Customer segment',
  allSegments: 'All segments',
  channel: 'Channel',
  allChannels: 'All channels',
  channelName: (id) => (Object.hasOwn(CHANNELS_EN, id) ? CHANNELS_EN[id]! : id),
  reset: 'Reset filters',
  updating: 'Updating…',
  active: (count) => (count === 0 ? 'No filter: the whole organisation, every period.' : count === 1 ? '1 filter applied.' : `${count} filters applied.`),
  privacyNote: 'Employee figures always come from the full, protected table: filters choose which are shown, they never recount small groups.',
  organisation: 'Whole organisation',
  highlighted: (name) => `Highlighted in every view: ${name}.`,
  clearHighlight: 'Clear highlight',
};

export const filtersFr: FiltersStrings = {
  title: 'Filtres',
  periodFrom: 'Du',
  periodTo: 'Au',
  units: 'Unités',
  region: 'Région',
  site: 'Site',
  team: 'Équipe',
  allRegions: 'Toutes les régions',
  allSites: 'Tous les sites',
  allTeams: 'Toutes les équipes',
  segment: 'Segment client',
  allSegments: 'Tous les segments',
  channel: 'Canal',
  allChannels: 'Tous les canaux',
  channelName: (id) => (Object.hasOwn(CHANNELS_FR, id) ? CHANNELS_FR[id]! : id),
  reset: 'Réinitialiser les filtres',
  updating: 'Mise à jour…',
  active: (count) => (count === 0 ? 'Aucun filtre : toute l’organisation, toutes les périodes.' : count === 1 ? '1 filtre appliqué.' : `${count} filtres appliqués.`),
  privacyNote: 'Les chiffres des salariés viennent toujours du tableau complet et protégé : les filtres choisissent ceux qui s’affichent, sans jamais recompter de petits groupes.',
  organisation: 'Toute l’organisation',
  highlighted: (name) => `Mis en évidence dans chaque vue : ${name}.`,
  clearHighlight: 'Retirer la mise en évidence',
};

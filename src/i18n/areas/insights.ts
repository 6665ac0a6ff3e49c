/** Strings of the insights list (grouping and "show all"). A key missing from the French catalog fails to compile. */
import { countText } from '../intl-formats.ts';

/**
 * Groups of `<sym-insights>`, in the order they are shown: significant linkages and lags, key
 * drivers, quadrants, reliability, then effects not significant after adjustment, then findings
 * without an estimate.
 */
export type InsightSectionId = 'associations' | 'drivers' | 'quadrants' | 'reliability' | 'not-significant' | 'no-estimate';

export interface InsightsAreaStrings {
  sectionHeading: Record<InsightSectionId, string>;
  /** Button that reveals the whole list; `total` is at least 2. */
  showAll: (total: number) => string;
  showFewer: string;
  /** What the shortened list leaves out, naming the non-significant ones so they are never silently hidden. */
  notShown: (hidden: number, notSignificant: number) => string;
}

export const insightsAreaEn: InsightsAreaStrings = {
  sectionHeading: {
    associations: 'Significant associations',
    drivers: 'Key drivers',
    quadrants: 'Quadrants',
    reliability: 'Reliability of unit scores',
    'not-significant': 'Not significant after adjustment',
    'no-estimate': 'No estimate',
  },
  showAll: (total) => `Show all ${countText('en', total)} insights`,
  showFewer: 'Show fewer',
  notShown: (hidden, notSignificant) => {
    const more = hidden === 1 ? '1 more insight is not shown' : `${hidden} more insights are not shown`;
    if (notSignificant === 0) return `${more}.`;
    if (notSignificant === hidden) {
      return hidden === 1
        ? `${more}: it is not significant after Benjamini–Hochberg adjustment.`
        : `${more}: none of them is significant after Benjamini–Hochberg adjustment.`;
    }
    return `${more}, ${notSignificant} of them not significant after Benjamini–Hochberg adjustment.`;
  },
};

export const insightsAreaFr: InsightsAreaStrings = {
  sectionHeading: {
    associations: 'Associations significatives',
    drivers: 'Principaux leviers',
    quadrants: 'Quadrants',
    reliability: 'Fiabilité des scores d’unité',
    'not-significant': 'Non significatifs après correction',
    'no-estimate': 'Sans estimation',
  },
  showAll: (total) => `Afficher les ${countText('fr', total)} enseignements`,
  showFewer: 'Afficher moins',
  notShown: (hidden, notSignificant) => {
    const more = hidden === 1 ? '1 autre enseignement n’est pas affiché' : `${hidden} autres enseignements ne sont pas affichés`;
    if (notSignificant === 0) return `${more}.`;
    if (notSignificant === hidden) {
      return hidden === 1
        ? `${more} : il n’est pas significatif après correction de Benjamini–Hochberg.`
        : `${more} : aucun n’est significatif après correction de Benjamini–Hochberg.`;
    }
    return `${more}, dont ${notSignificant} ${notSignificant === 1 ? 'non significatif' : 'non significatifs'} après correction de Benjamini–Hochberg.`;
  },
};

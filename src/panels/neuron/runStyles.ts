import { SERIES_STYLES } from '../../charts/palette';
import type { RunId } from './definition';

/**
 * Colour says which start, line style says which cost (solid quadratic, dashed cross-entropy),
 * marker shape says which start again, so the runs read apart in greyscale too.
 */
export const RUN_STYLES: Record<RunId, { color: string; dash: string; marker: 'circle' | 'triangle' }> = {
  quad1: { color: SERIES_STYLES[1].color, dash: '', marker: 'circle' },
  quad2: { color: SERIES_STYLES[2].color, dash: '', marker: 'triangle' },
  ce1: { color: SERIES_STYLES[1].color, dash: '7 4', marker: 'circle' },
  ce2: { color: SERIES_STYLES[2].color, dash: '7 4', marker: 'triangle' },
};

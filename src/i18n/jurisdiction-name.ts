import { layerIdsOf } from '../engine/layers.ts';
import type { Translate } from './translate.ts';

/** "European Union · Germany": the layers a negotiation is held under, as the user chose them. */
export function jurisdictionName(t: Translate, key: string): string {
  return layerIdsOf(key)
    .map((id) => t(`ui:regions.${id}.name`))
    .join(t('ui:regions.separator'));
}

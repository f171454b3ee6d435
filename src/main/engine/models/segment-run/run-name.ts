import type { ModelSpec } from '../../../../shared/segments';
import type { SegmentName } from '../../../../shared/segment-name';
import { translatedName } from '../../../../shared/translated-name';

/** A model and scheme's short name, e.g. "RFM · 11" or "k-means · 4". */
function modelName(spec: ModelSpec): SegmentName {
  switch (spec.model) {
    case 'rfm':
      return translatedName(
        spec.scheme === 'eight'
          ? 'runNames.rfmEight'
          : spec.scheme === 'eleven'
            ? 'runNames.rfmEleven'
            : 'runNames.rfmCustom',
      );
    case 'rules':
      return translatedName('runNames.rules');
    case 'orders':
      return translatedName('runNames.orders');
    case 'clv':
      return translatedName(spec.scheme === 'grid' ? 'runNames.clvGrid' : 'runNames.clvTiers');
    default:
      return translatedName(spec.model === 'kmeans' ? 'runNames.kmeans' : 'runNames.kprototypes', { k: spec.k });
  }
}

/** A new run's default name in both UI languages: the model and scheme, then the dataset's name. */
export function runName(spec: ModelSpec, datasetName: string): SegmentName {
  return translatedName('runNames.ofDataset', { model: modelName(spec), dataset: datasetName });
}

import { describe, expect, it } from 'vitest';
import {
  buildCentroidRadarOption,
  buildClusterScatterOption,
} from '../../../../src/shared/charts/build-cluster-options';
import { escapeHtml } from '../../../../src/shared/escape-html';

type Formatter = (p: unknown) => string;
const formatterOf = (option: { tooltip?: unknown }) => (option.tooltip as { formatter: Formatter }).formatter;

describe('chart tooltips with names the user typed or the file holds', () => {
  it('escapes HTML: a cluster named <img src=x onerror=alert(1)> is shown as text', () => {
    expect(escapeHtml(`<b a="1">&'`)).toBe('&lt;b a=&quot;1&quot;&gt;&amp;&#39;');
    const name = '<img src=x onerror=alert(1)>';
    const scatter = buildClusterScatterOption({ points: [], explained: [0.5, 0.3] } as never, [name], {
      pc1: 'PC1',
      pc2: 'PC2',
    });
    expect(formatterOf(scatter)({ seriesName: name })).toBe('&lt;img src=x onerror=alert(1)&gt;');
    const radar = buildCentroidRadarOption([{ values: [1] }] as never, ['<i>spend</i>'], [name], (v) => String(v));
    expect(formatterOf(radar)({ name, dataIndex: 0 })).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<br>&lt;i&gt;spend&lt;/i&gt;: 1',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { kindFromPersona, PLAYBOOK, playbookFor } from '../../../src/shared/playbook';

const persona = (traits: Record<string, number>) => ({
  numeric: Object.entries(traits).map(([field, difference]) => ({ field, difference })),
});

describe('suggested actions for segments without a built-in entry', () => {
  it('reads the kind from recency, purchases and spend when the customers have purchases', () => {
    // The UK file's Others (RFM, 5 quantile scores): recent, a little below average in spend.
    expect(kindFromPersona(persona({ aov: -0.43, recency: -0.38, gap: 0.36, monetary: -0.26 }))).toBe('promising');
    expect(kindFromPersona(persona({ tenure: -1.71, recency: -0.88, frequency: -0.42 }))).toBe('new');
    expect(kindFromPersona(persona({ frequency: 0.95, recency: -0.82, monetary: 0.9 }))).toBe('champions');
    expect(kindFromPersona(persona({ recency: 0.66, frequency: 0.4 }))).toBe('at_risk');
    expect(kindFromPersona(persona({ recency: 1.82, frequency: -0.42 }))).toBe('lost');
    expect(kindFromPersona(persona({ recency: 0.1, monetary: -0.1 }))).toBe('need_attention');
  });

  it('reads spend and income columns of a customer table (Mall customers’ clusters)', () => {
    expect(kindFromPersona(persona({ 'Spending Score (1-100)': 1.24, 'Annual Income (k$)': 0.99 }))).toBe('high_value');
    expect(kindFromPersona(persona({ 'Spending Score (1-100)': -1.28, 'Annual Income (k$)': 1.05 }))).toBe(
      'medium_value',
    );
    expect(kindFromPersona(persona({ 'Annual Income (k$)': -1.3, 'Spending Score (1-100)': -1.13 }))).toBe(
      'price_sensitive',
    );
    expect(kindFromPersona(persona({ Age: 1.2 }))).toBeNull();
  });

  it('gives Others, clusters and own rules the actions of their kind; the key’s own entry comes first', () => {
    expect(playbookFor('others', persona({ recency: -0.38, monetary: -0.26 }))).toBe(PLAYBOOK.promising.actions);
    expect(playbookFor('cluster_2', persona({ 'Spending Score (1-100)': 1.24 }))[0]).toEqual({
      en: 'VIP tier and personal service',
      'zh-CN': 'VIP 等级与专属服务',
    });
    expect(playbookFor('lost', persona({ recency: -2 }))).toBe(PLAYBOOK.lost.actions);
    expect(playbookFor('segment_7', persona({ Age: 1.2 }))).toEqual([]);
  });
});

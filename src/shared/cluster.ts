import { z } from 'zod';
import { runDataFields } from './run-data';
import { segmentNamesSchema } from './segment-name';

export const SCALINGS = ['zscore', 'minmax', 'robust', 'none'] as const;

/** A numeric customer field a clustering uses, and how it is prepared. */
export const clusterFeatureSchema = z.object({
  field: z.string().min(1).max(300),
  /** z-score (default), min-max to [0, 1], robust (median and IQR), or as is. */
  scaling: z.enum(SCALINGS).default('zscore'),
  /** log1p before scaling, for skewed money columns. */
  log: z.boolean().default(false),
});
export type ClusterFeature = z.infer<typeof clusterFeatureSchema>;

/** k-means or k-prototypes settings. */
export const clusterSpecSchema = z
  .object({
    model: z.enum(['kmeans', 'kprototypes']),
    k: z.number().int().min(2).max(30).default(4),
    /** Numeric fields (features such as recency and spend, or customer columns such as age and income). */
    features: z.array(clusterFeatureSchema).max(60).default([]),
    /** Categorical fields: k-prototypes' mismatch part, or one-hot columns for k-means with `oneHot`. */
    categories: z.array(z.string().min(1).max(300)).max(30).default([]),
    oneHot: z.boolean().default(false),
    /** Customers missing a numeric value: the column's median in their place, or left out of the clustering (counted). */
    missing: z.enum(['median', 'drop']).default('median'),
    /** k-prototypes' weight of a categorical mismatch; by default the mean standard deviation of the scaled numerics. */
    gamma: z.number().min(0).max(1e6).optional(),
    nInit: z.number().int().min(1).max(50).default(10),
    maxIter: z.number().int().min(1).max(1000).default(300),
    tol: z.number().min(0).max(1).default(1e-4),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(42),
    ...runDataFields,
    names: segmentNamesSchema,
  })
  .superRefine((spec, ctx) => {
    if (spec.features.length + spec.categories.length === 0)
      ctx.addIssue({ code: 'custom', path: ['features'], message: 'choose at least one field' });
    if (spec.model === 'kmeans' && spec.categories.length > 0 && !spec.oneHot)
      ctx.addIssue({
        code: 'custom',
        path: ['categories'],
        message:
          'k-means takes categorical fields only as one-hot columns (oneHot: true); k-prototypes takes them as they are',
      });
    if (spec.model === 'kmeans' && spec.features.length === 0 && !spec.oneHot)
      ctx.addIssue({ code: 'custom', path: ['features'], message: 'k-means needs numeric fields' });
  });
export type ClusterSpec = z.infer<typeof clusterSpecSchema>;

/** One test on the path to a leaf of the rules tree. */
export const treeTestSchema = z.discriminatedUnion('op', [
  z.object({ feature: z.string(), op: z.enum(['below', 'atLeast']), threshold: z.number() }),
  z.object({ feature: z.string(), op: z.enum(['is', 'isNot']), value: z.string(), others: z.array(z.string()) }),
]);

/** What a clustering found, kept with its run. */
export const clusterResultSchema = z.object({
  k: z.number().int(),
  seed: z.number().int(),
  iterations: z.number().int(),
  converged: z.boolean(),
  /** Inertia (k-means) or cost (k-prototypes). */
  objective: z.number(),
  gamma: z.number().nullable(),
  silhouette: z.number().nullable(),
  /** Customers the silhouette was computed on, when a sample (null: all). */
  silhouetteSample: z.number().int().nullable(),
  calinskiHarabasz: z.number().nullable(),
  daviesBouldin: z.number().nullable(),
  /** Bootstrap stability of the clusters: mean adjusted Rand index over the resamples. */
  stability: z
    .object({ mean: z.number(), resamples: z.number().int(), sample: z.number().int().nullable() })
    .nullable(),
  /** The numeric columns as the fit saw them: how each was scaled. */
  features: z.array(
    z.object({ field: z.string(), scaling: z.enum(SCALINGS), log: z.boolean(), center: z.number(), scale: z.number() }),
  ),
  /** One-hot columns (k-means) or categorical fields (k-prototypes). */
  categories: z.array(z.string()),
  /** The categorical fields, in the order of each centroid's `modes`. */
  categoryFields: z.array(z.string()).default([]),
  customers: z.object({
    clustered: z.number().int(),
    dropped: z.number().int(),
    imputed: z.record(z.string(), z.number().int()),
  }),
  /** Per cluster: numeric centroids in the fields' own units, and categorical modes. */
  centroids: z.array(z.object({ values: z.array(z.number()), modes: z.array(z.string()) })),
  pca: z
    .object({
      explained: z.array(z.number()),
      points: z.array(z.tuple([z.number(), z.number(), z.number().int()])),
      sample: z.number().int().nullable(),
    })
    .nullable(),
  tree: z.object({
    agreement: z.number(),
    sample: z.number().int().nullable(),
    leaves: z.array(
      z.object({
        tests: z.array(treeTestSchema),
        label: z.number().int(),
        customers: z.number().int(),
        agreeing: z.number().int(),
      }),
    ),
  }),
});
export type ClusterResult = z.infer<typeof clusterResultSchema>;

/** k-means for each k of a range, with the yardsticks and the recommended k. */
export const chooseKResultSchema = z.object({
  rows: z.array(
    z.object({
      k: z.number().int(),
      inertia: z.number(),
      iterations: z.number().int(),
      silhouette: z.number().nullable(),
      calinskiHarabasz: z.number().nullable(),
      daviesBouldin: z.number().nullable(),
    }),
  ),
  silhouetteSample: z.number().int().nullable(),
  recommended: z.object({
    k: z.number().int(),
    calinskiHarabaszBest: z.number().int(),
    daviesBouldinBest: z.number().int(),
  }),
  customers: z.number().int(),
});
export type ChooseKResult = z.infer<typeof chooseKResultSchema>;

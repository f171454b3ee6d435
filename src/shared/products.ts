import { z } from 'zod';
import { idSchema } from './schemas';

/**
 * What each segment buys and what sells together (issue 26): products and categories per
 * segment with their lift, basket rules over orders, and cross-sell target lists kept with a run.
 */

/** What items are: a product (the product id role, else the product name) or a category (the category role). */
export const ITEM_LEVELS = ['product', 'category'] as const;
export const itemLevelSchema = z.enum(ITEM_LEVELS);
export type ItemLevel = z.infer<typeof itemLevelSchema>;

/**
 * Product codes that are not products (postage, carriage, manual lines, fees, charity …), left
 * out of products per segment, basket rules and cross-sell lists. An entry ending in `*` matches
 * every code that starts with what comes before it; matching ignores case and surrounding spaces.
 * The defaults are the service codes of the UCI Online Retail data (README: "What counts as a product").
 */
export const DEFAULT_NON_PRODUCT_CODES: readonly string[] = [
  'POST',
  'DOT',
  'C2',
  'M',
  'D',
  'S',
  'B',
  'BANK CHARGES',
  'AMAZONFEE',
  'PADS',
  'CRUK',
  'ADJUST*',
  'TEST*',
  'gift_0001_*',
];
export const nonProductCodesSchema = z.array(z.string().trim().min(1).max(100)).max(1000);

/** The non-product codes of a dataset (the defaults until the user edits them) and the defaults. */
export const nonProductSettingsSchema = z.object({
  codes: nonProductCodesSchema,
  defaults: nonProductCodesSchema,
  /** Whether `codes` is the user's own list (false: the defaults). */
  edited: z.boolean(),
});
export type NonProductSettings = z.infer<typeof nonProductSettingsSchema>;

/** An item as people read it: its key (product code, or the product name / category value itself) and its name (a code's most frequent description). */
export const itemRefSchema = z.object({ key: z.string(), name: z.string() });
export type ItemRef = z.infer<typeof itemRefSchema>;

/** What a run's products need that the dataset lacks: a transactions dataset, a product or category column. */
export const PRODUCTS_NEEDS = ['transactions', 'productOrCategory'] as const;
export const productsNeedSchema = z.enum(PRODUCTS_NEEDS);
export type ProductsNeed = z.infer<typeof productsNeedSchema>;

/** One item within one segment. Shares are of customers who bought anything (with an item) in the data. */
export const itemStatSchema = itemRefSchema.extend({
  /** The segment's revenue on the item (lines kept by the import; exact, rounded only for display). */
  revenue: z.number(),
  /** The segment's customers who bought it. */
  buyers: z.number().int(),
  /** buyers ÷ the segment's customers with at least one item. */
  share: z.number(),
  /** All customers who bought it, and their share of all customers with at least one item. */
  allBuyers: z.number().int(),
  allShare: z.number(),
  /** share ÷ allShare: how much more often the segment buys it than the average customer. */
  lift: z.number(),
});
export type ItemStat = z.infer<typeof itemStatSchema>;

/** Items a segment's customers bought before the last `days` days of the analysis and not since. */
export const stoppedItemsSchema = z.object({
  days: z.number().int(),
  items: z.array(
    itemRefSchema.extend({
      /** The segment's customers who bought it before the window and not within it. */
      customers: z.number().int(),
      /** Of the segment's customers who bought it before the window. */
      share: z.number(),
    }),
  ),
});

export const segmentItemsSchema = z.object({
  /** The segment's index in the run. */
  segment: z.number().int(),
  /** The segment's customers with at least one item. */
  buyers: z.number().int(),
  /** The fewest of them who bought an item for it to count as distinctive: max(5, 2 % of `buyers`) (added by issue 26 A; optional for results made without it). */
  minBuyers: z.number().int().optional(),
  byRevenue: z.array(itemStatSchema),
  byBuyers: z.array(itemStatSchema),
  /** The items that set the segment apart: highest lift among items enough of its customers bought. */
  distinctive: z.array(itemStatSchema),
  stopped: z.array(stoppedItemsSchema),
});
export type SegmentItems = z.infer<typeof segmentItemsSchema>;

export const levelItemsSchema = z.object({
  level: itemLevelSchema,
  /** Distinct items in the kept lines, and customers with at least one. */
  items: z.number().int(),
  customers: z.number().int(),
  /** The fewest buyers in any segment for an item to count as distinctive (the floor of each segment's `minBuyers`). */
  minBuyers: z.number().int(),
  segments: z.array(segmentItemsSchema),
});
export type LevelItems = z.infer<typeof levelItemsSchema>;

/** Lines left out as not products, by the dataset's non-product codes. */
export const excludedLinesSchema = z.object({
  codes: z.array(itemRefSchema.extend({ lines: z.number().int(), revenue: z.number() })),
  lines: z.number().int(),
  revenue: z.number(),
});
export type ExcludedLines = z.infer<typeof excludedLinesSchema>;

/** What each segment of a run buys: by product and by category, whichever columns the dataset has. */
export const runProductsSchema = z.object({
  runId: idSchema,
  /** null when the run's dataset can give them; else what it lacks. */
  needs: productsNeedSchema.nullable(),
  analysisDate: z.string().nullable(),
  product: levelItemsSchema.nullable(),
  category: levelItemsSchema.nullable(),
  excluded: excludedLinesSchema.nullable(),
});
export type RunProducts = z.infer<typeof runProductsSchema>;

export const DEFAULT_MIN_SUPPORT = 0.01;
export const DEFAULT_MIN_CONFIDENCE = 0.3;
export const DEFAULT_MAX_ITEMS = 3;
export const MAX_RULES = 2000;

/** Which orders basket rules are found in, and how. */
export const basketSpecSchema = z
  .object({
    datasetId: idSchema,
    /** Only the orders of one segment of a run (both or neither). */
    runId: idSchema.optional(),
    segment: z.number().int().min(0).max(100).optional(),
    by: itemLevelSchema.default('product'),
    /** Share of orders holding every item of a rule. */
    minSupport: z.number().min(0.0001).max(1).default(DEFAULT_MIN_SUPPORT),
    /** Share of orders with the first items that also hold the last. */
    minConfidence: z.number().min(0).max(1).default(DEFAULT_MIN_CONFIDENCE),
    /** The most items in one rule (both sides). */
    maxItems: z.number().int().min(2).max(5).default(DEFAULT_MAX_ITEMS),
  })
  .strict();
export type BasketSpec = z.infer<typeof basketSpecSchema>;

/** "Orders with {antecedent} also hold {consequent}". */
export const basketRuleSchema = z.object({
  antecedent: z.array(itemRefSchema).min(1),
  consequent: z.array(itemRefSchema).min(1),
  /** Orders holding every item of the rule, and their share of all orders. */
  orders: z.number().int(),
  support: z.number(),
  /** Orders holding the antecedent, the consequent. */
  antecedentOrders: z.number().int(),
  consequentOrders: z.number().int(),
  /** orders ÷ antecedentOrders. */
  confidence: z.number(),
  /** confidence ÷ (consequentOrders ÷ all orders). */
  lift: z.number(),
});
export type BasketRule = z.infer<typeof basketRuleSchema>;

export const basketResultSchema = z.object({
  needs: productsNeedSchema.nullable(),
  by: itemLevelSchema,
  /** Distinct orders looked at, with at least one item. */
  orders: z.number().int(),
  /** Distinct items in them, and those in at least minSupport of the orders. */
  items: z.number().int(),
  frequentItems: z.number().int(),
  /** Rules by lift, highest first (then support); at most MAX_RULES. */
  rules: z.array(basketRuleSchema),
  /** More rules met the thresholds than were kept. */
  truncated: z.boolean(),
  /** Rules that met the thresholds. */
  found: z.number().int(),
  excluded: excludedLinesSchema.nullable(),
  /** How orders were told apart: by the order id, or (no order id mapped) a customer's lines on one day. */
  orderedBy: z.enum(['orderId', 'customerDay']).optional(),
});
export type BasketResult = z.infer<typeof basketResultSchema>;

/** Where a cross-sell list came from: a basket rule, a segment's top products, or the user's own choice. */
export const LIST_SOURCES = ['rule', 'topProducts', 'manual'] as const;

/**
 * A cross-sell list: the customers of a run (one segment, or all) who bought every item of
 * `bought` and none of `notBought`.
 */
export const crossSellSpecSchema = z
  .object({
    segment: z.number().int().min(0).max(100).nullable(),
    by: itemLevelSchema.default('product'),
    bought: z.array(itemRefSchema).max(20).default([]),
    notBought: z.array(itemRefSchema).min(1).max(20),
    source: z.enum(LIST_SOURCES).default('manual'),
  })
  .strict();
export type CrossSellSpec = z.infer<typeof crossSellSpecSchema>;

/** A cross-sell list kept with its run. */
export const targetListSchema = z.object({
  id: idSchema,
  runId: idSchema,
  name: z.string(),
  createdAt: z.string(),
  spec: crossSellSpecSchema,
  /** Customers on the list when it was made. */
  customers: z.number().int(),
});
export type TargetList = z.infer<typeof targetListSchema>;

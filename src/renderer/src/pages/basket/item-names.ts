import type { ItemRef } from '../../../../shared/products';

/** An item as people read it: its name (a product code's most frequent description), else its key. */
export const itemName = (item: ItemRef): string => item.name || item.key;

/**
 * Items in a sentence, as the language lists them: "A, B, and C" / "A、B和C" (all of them), or
 * "A, B, or C" / "A、B或C" (any of them).
 */
export const itemNames = (
  items: readonly ItemRef[],
  lang: string,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string => new Intl.ListFormat(lang, { type }).format(items.map(itemName));
